CREATE TABLE "conversation_round_reach" (
	"round_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"age_band" text NOT NULL,
	"reached" integer NOT NULL,
	CONSTRAINT "conversation_round_reach_round_id_area_id_age_band_pk" PRIMARY KEY("round_id","area_id","age_band"),
	CONSTRAINT "conversation_round_reach_nonnegative" CHECK ("conversation_round_reach"."reached" >= 0)
);
--> statement-breakpoint
CREATE TABLE "conversation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"method" text NOT NULL,
	"conducted_by" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_rounds_period" CHECK ("conversation_rounds"."period_to" >= "conversation_rounds"."period_from")
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"round_id" uuid,
	"area_id" uuid,
	"age_band" text,
	"household_type" text,
	"consent" boolean NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_theme_links" (
	"story_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "story_theme_links_story_id_theme_id_pk" PRIMARY KEY("story_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "story_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"theme" text,
	"is_standard" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "indicator_id" uuid;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "indicator_area_id" uuid;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "indicator_baseline_period" text;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "indicator_target" numeric;--> statement-breakpoint
ALTER TABLE "conversation_round_reach" ADD CONSTRAINT "conversation_round_reach_round_id_conversation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."conversation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_round_reach" ADD CONSTRAINT "conversation_round_reach_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_rounds" ADD CONSTRAINT "conversation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_round_id_conversation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."conversation_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_theme_links" ADD CONSTRAINT "story_theme_links_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_theme_links" ADD CONSTRAINT "story_theme_links_theme_id_story_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."story_themes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stories_round_idx" ON "stories" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "stories_area_idx" ON "stories" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "story_theme_links_theme_idx" ON "story_theme_links" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "story_themes_key_uq" ON "story_themes" USING btree ("key");--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_indicator_area_id_areas_id_fk" FOREIGN KEY ("indicator_area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "results_indicator_idx" ON "results" USING btree ("indicator_id");--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_indicator_link_complete" CHECK (("results"."indicator_id" is null and "results"."indicator_area_id" is null and "results"."indicator_baseline_period" is null and "results"."indicator_target" is null) or ("results"."indicator_id" is not null and "results"."indicator_area_id" is not null and "results"."indicator_baseline_period" is not null and "results"."indicator_target" is not null));