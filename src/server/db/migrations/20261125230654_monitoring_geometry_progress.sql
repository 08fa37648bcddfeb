ALTER TABLE "areas" ADD COLUMN "geometry" jsonb;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "geometry_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD COLUMN "bytes_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD COLUMN "bytes_read" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD COLUMN "period" text;