DROP INDEX "knelpunten_kind_idx";--> statement-breakpoint
ALTER TABLE "knelpunten" ADD COLUMN "blocker_key" text GENERATED ALWAYS AS (lower(btrim(blocker))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "case_domain_scores_domain_idx" ON "case_domain_scores" USING btree ("framework_key","domain_key","case_id");--> statement-breakpoint
CREATE INDEX "cases_intake_idx" ON "cases" USING btree ("intake_date" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "knelpunten_blocker_key_idx" ON "knelpunten" USING btree ("blocker_key","case_id");--> statement-breakpoint
CREATE INDEX "knelpunten_kind_idx" ON "knelpunten" USING btree ("kind","case_id");