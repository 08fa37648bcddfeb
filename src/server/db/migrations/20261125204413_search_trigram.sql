-- Trigram indexes so that search (ILIKE '%term%') over all project forms does not scan every
-- field's text. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
-- Kept out of the Drizzle schema on purpose (operator classes and extensions live here).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "effort_fields_value_trgm_idx" ON "effort_fields" USING gin ("value" gin_trgm_ops) WHERE state = 'filled';
