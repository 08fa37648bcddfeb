CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"funding_source_id" uuid,
	"year" smallint NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"planned_cents" bigint DEFAULT 0 NOT NULL,
	"committed_cents" bigint DEFAULT 0 NOT NULL,
	"realised_cents" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_amounts" CHECK ("budget_lines"."planned_cents" >= 0 and "budget_lines"."committed_cents" >= 0 and "budget_lines"."realised_cents" >= 0),
	CONSTRAINT "budget_lines_year" CHECK ("budget_lines"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "dependencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"depends_on_effort_id" uuid,
	"external_factor" text,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dependencies_target" CHECK (("dependencies"."depends_on_effort_id" is not null) <> ("dependencies"."external_factor" is not null))
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_date" date NOT NULL,
	"criteria" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'gepland' NOT NULL,
	"decision" text,
	"reasons" text DEFAULT '' NOT NULL,
	"decided_by" text,
	"decided_on" date,
	"line_owner" text,
	"recorded_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_sources_key_unique" UNIQUE("key"),
	CONSTRAINT "funding_sources_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"status" text DEFAULT 'gepland' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_goals" (
	"result_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "result_goals_result_id_goal_id_pk" PRIMARY KEY("result_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"description" text NOT NULL,
	"measure" text DEFAULT '' NOT NULL,
	"baseline" text DEFAULT '' NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"target_kind" text DEFAULT 'qualitative' NOT NULL,
	"start_date" date,
	"deadline" date,
	"status" text DEFAULT 'niet_gestart' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_deadline_after_start" CHECK ("results"."deadline" >= "results"."start_date")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effort_id" uuid NOT NULL,
	"description" text NOT NULL,
	"likelihood" smallint,
	"impact" smallint,
	"mitigation" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"review_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_likelihood_range" CHECK ("risks"."likelihood" between 1 and 5),
	CONSTRAINT "risks_impact_range" CHECK ("risks"."impact" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "efforts" ADD COLUMN "lifecycle" text;--> statement-breakpoint
ALTER TABLE "efforts" ADD COLUMN "planned_start" date;--> statement-breakpoint
ALTER TABLE "efforts" ADD COLUMN "planned_end" date;--> statement-breakpoint
ALTER TABLE "efforts" ADD COLUMN "line_owner" text;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_funding_source_id_funding_sources_id_fk" FOREIGN KEY ("funding_source_id") REFERENCES "public"."funding_sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_depends_on_effort_id_efforts_id_fk" FOREIGN KEY ("depends_on_effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_goals" ADD CONSTRAINT "result_goals_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_goals" ADD CONSTRAINT "result_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_lines_effort_idx" ON "budget_lines" USING btree ("effort_id");--> statement-breakpoint
CREATE INDEX "budget_lines_source_idx" ON "budget_lines" USING btree ("funding_source_id");--> statement-breakpoint
CREATE INDEX "dependencies_effort_idx" ON "dependencies" USING btree ("effort_id");--> statement-breakpoint
CREATE INDEX "dependencies_on_idx" ON "dependencies" USING btree ("depends_on_effort_id");--> statement-breakpoint
CREATE INDEX "evaluations_effort_idx" ON "evaluations" USING btree ("effort_id");--> statement-breakpoint
CREATE INDEX "evaluations_date_idx" ON "evaluations" USING btree ("planned_date");--> statement-breakpoint
CREATE INDEX "milestones_effort_idx" ON "milestones" USING btree ("effort_id");--> statement-breakpoint
CREATE INDEX "milestones_date_idx" ON "milestones" USING btree ("date");--> statement-breakpoint
CREATE INDEX "results_effort_idx" ON "results" USING btree ("effort_id");--> statement-breakpoint
CREATE INDEX "risks_effort_idx" ON "risks" USING btree ("effort_id");--> statement-breakpoint
ALTER TABLE "efforts" ADD CONSTRAINT "efforts_period" CHECK ("efforts"."planned_end" >= "efforts"."planned_start");