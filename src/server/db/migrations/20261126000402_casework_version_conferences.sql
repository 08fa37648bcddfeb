-- "Wat vraagt aandacht" (domains/cases/attention.ts) is kept under the casework version too: it also
-- depends on case teams and case conferences (agenda, actions).
CREATE TRIGGER "case_team_version" AFTER INSERT OR UPDATE OR DELETE ON "case_team" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "case_conferences_version" AFTER INSERT OR UPDATE OR DELETE ON "case_conferences" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "case_conference_cases_version" AFTER INSERT OR UPDATE OR DELETE ON "case_conference_cases" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "case_conference_actions_version" AFTER INSERT OR UPDATE OR DELETE ON "case_conference_actions" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();
