ALTER TABLE "case_conferences" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "solution_kind" text;--> statement-breakpoint
ALTER TABLE "system_signals" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;