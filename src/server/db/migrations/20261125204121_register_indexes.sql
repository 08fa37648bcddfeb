DROP INDEX "change_log_entity_idx";--> statement-breakpoint
CREATE INDEX "effort_fields_open_idx" ON "effort_fields" USING btree ("effort_id","state") WHERE state <> 'filled';--> statement-breakpoint
CREATE INDEX "change_log_entity_idx" ON "change_log" USING btree ("entity_type","entity_id","id");