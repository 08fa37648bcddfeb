CREATE TABLE "case_conference_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"case_id" uuid,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_conference_cases" (
	"conference_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"responsibility_confirmed" boolean DEFAULT false NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "case_conference_cases_conference_id_case_id_pk" PRIMARY KEY("conference_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "case_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"organisations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_conference_actions" ADD CONSTRAINT "case_conference_actions_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_actions" ADD CONSTRAINT "case_conference_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_cases" ADD CONSTRAINT "case_conference_cases_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_cases" ADD CONSTRAINT "case_conference_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_conference_actions_conference_idx" ON "case_conference_actions" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "case_conference_actions_case_idx" ON "case_conference_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_conference_cases_case_idx" ON "case_conference_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_conferences_date_idx" ON "case_conferences" USING btree ("date");