CREATE TABLE "case_code_counters" (
	"year" smallint PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_domain_scores" (
	"case_id" uuid NOT NULL,
	"framework_key" text NOT NULL,
	"domain_key" text NOT NULL,
	"moment" text NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "case_domain_scores_case_id_domain_key_moment_pk" PRIMARY KEY("case_id","domain_key","moment"),
	CONSTRAINT "case_domain_scores_range" CHECK ("case_domain_scores"."score" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "case_team" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "case_team_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"intake_date" date NOT NULL,
	"source" text NOT NULL,
	"area" text NOT NULL,
	"framework_key" text NOT NULL,
	"summary" text NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"decided_by" text DEFAULT '' NOT NULL,
	"decided_on" date,
	"cost_cents" bigint DEFAULT 0 NOT NULL,
	"financeable_otherwise" boolean,
	"alternative_financing" text DEFAULT '' NOT NULL,
	"case_responsible" text DEFAULT '' NOT NULL,
	"outcome" text,
	"follow_up_date" date,
	"status" text DEFAULT 'aangemeld' NOT NULL,
	"aangemeld_at" timestamp with time zone DEFAULT now() NOT NULL,
	"in_behandeling_at" timestamp with time zone,
	"besloten_at" timestamp with time zone,
	"uitgevoerd_at" timestamp with time zone,
	"nazorg_at" timestamp with time zone,
	"afgesloten_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code"),
	CONSTRAINT "cases_cost" CHECK ("cases"."cost_cents" >= 0),
	CONSTRAINT "cases_closed_has_time" CHECK ("cases"."status" <> 'afgesloten' or "cases"."afgesloten_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "knelpunt_tallies" (
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"blocker_type" text NOT NULL,
	"blocker" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "knelpunt_tallies_year_kind_blocker_type_blocker_pk" PRIMARY KEY("year","kind","blocker_type","blocker")
);
--> statement-breakpoint
CREATE TABLE "knelpunten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"route" text NOT NULL,
	"blocker" text NOT NULL,
	"blocker_type" text NOT NULL,
	"kind" text NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_domain_frameworks" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scale_min" smallint NOT NULL,
	"scale_max" smallint NOT NULL,
	"scale_labels" jsonb NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_domains" (
	"framework_key" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" smallint NOT NULL,
	CONSTRAINT "life_domains_framework_key_key_pk" PRIMARY KEY("framework_key","key")
);
--> statement-breakpoint
CREATE TABLE "processing_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"trace_id" text NOT NULL,
	"operation_id" text NOT NULL,
	"parent_operation_id" text,
	"name" text NOT NULL,
	"activity" text NOT NULL,
	"status_code" smallint DEFAULT 1 NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone NOT NULL,
	"data_subject" text NOT NULL,
	"case_id" uuid,
	"user_id" uuid,
	"user_role" text,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "case_domain_scores" ADD CONSTRAINT "case_domain_scores_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_framework_key_life_domain_frameworks_key_fk" FOREIGN KEY ("framework_key") REFERENCES "public"."life_domain_frameworks"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knelpunten" ADD CONSTRAINT "knelpunten_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_domains" ADD CONSTRAINT "life_domains_framework_key_life_domain_frameworks_key_fk" FOREIGN KEY ("framework_key") REFERENCES "public"."life_domain_frameworks"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_team_user_idx" ON "case_team" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_closed_idx" ON "cases" USING btree ("afgesloten_at");--> statement-breakpoint
CREATE INDEX "knelpunten_case_idx" ON "knelpunten" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "knelpunten_kind_idx" ON "knelpunten" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "processing_log_subject_idx" ON "processing_log" USING btree ("data_subject","id");--> statement-breakpoint
CREATE INDEX "processing_log_start_idx" ON "processing_log" USING btree ("start_time");