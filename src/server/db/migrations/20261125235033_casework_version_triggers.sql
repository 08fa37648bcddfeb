-- The version of the casework data behind the kept aggregates (domains/cases/aggregates.ts): one row,
-- bumped once per statement that inserts, updates or deletes case data. No case data is stored here.
INSERT INTO "casework_version" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION casework_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "casework_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "cases_version" AFTER INSERT OR UPDATE OR DELETE ON "cases" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "knelpunten_version" AFTER INSERT OR UPDATE OR DELETE ON "knelpunten" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "case_domain_scores_version" AFTER INSERT OR UPDATE OR DELETE ON "case_domain_scores" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "knelpunt_tallies_version" AFTER INSERT OR UPDATE OR DELETE ON "knelpunt_tallies" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "system_signals_version" AFTER INSERT OR UPDATE OR DELETE ON "system_signals" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();--> statement-breakpoint
CREATE TRIGGER "system_signal_knelpunten_version" AFTER INSERT OR UPDATE OR DELETE ON "system_signal_knelpunten" FOR EACH STATEMENT EXECUTE FUNCTION casework_version_bump();
