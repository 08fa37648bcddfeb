CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"import_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" numeric NOT NULL,
	"source" text NOT NULL,
	"retrieved_on" date NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_period_format" CHECK ("indicator_values"."period" ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$')
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"source" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text,
	"theme" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_valid" integer DEFAULT 0 NOT NULL,
	"rows_invalid" integer DEFAULT 0 NOT NULL,
	"values_count" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pending" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programme_area_members" (
	"programme_area_id" uuid NOT NULL,
	"buurt_id" uuid NOT NULL,
	CONSTRAINT "programme_area_members_programme_area_id_buurt_id_pk" PRIMARY KEY("programme_area_id","buurt_id")
);
--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_id_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_area_members" ADD CONSTRAINT "programme_area_members_programme_area_id_areas_id_fk" FOREIGN KEY ("programme_area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_area_members" ADD CONSTRAINT "programme_area_members_buurt_id_areas_id_fk" FOREIGN KEY ("buurt_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "areas_code_uq" ON "areas" USING btree ("code");--> statement-breakpoint
CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_uq" ON "indicator_values" USING btree ("indicator_id","area_id","period");--> statement-breakpoint
CREATE INDEX "indicator_values_area_idx" ON "indicator_values" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "indicator_values_import_idx" ON "indicator_values" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_key_uq" ON "indicators" USING btree ("key");--> statement-breakpoint
CREATE INDEX "programme_area_members_buurt_idx" ON "programme_area_members" USING btree ("buurt_id");