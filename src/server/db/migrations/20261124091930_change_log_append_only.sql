-- The change log is append-only: history can be read and added to, never rewritten.
CREATE OR REPLACE FUNCTION koers_change_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'change_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION koers_change_log_append_only();
--> statement-breakpoint
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION koers_change_log_append_only();
