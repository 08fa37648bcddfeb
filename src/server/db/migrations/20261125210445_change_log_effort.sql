ALTER TABLE "change_log" ADD COLUMN "effort_id" uuid;--> statement-breakpoint
CREATE INDEX "change_log_effort_idx" ON "change_log" USING btree ("effort_id","id");