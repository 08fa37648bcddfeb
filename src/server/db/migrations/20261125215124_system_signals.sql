CREATE TABLE "system_signal_knelpunten" (
	"signal_id" uuid NOT NULL,
	"knelpunt_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_signal_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"signal_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"by_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"learning_circle" text NOT NULL,
	"change_kind" text,
	"status" text DEFAULT 'gesignaleerd' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_knelpunten" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_signals_reason" CHECK ("system_signals"."status" <> 'niet_opgelost' or length("system_signals"."status_reason") > 0)
);
--> statement-breakpoint
ALTER TABLE "system_signal_knelpunten" ADD CONSTRAINT "system_signal_knelpunten_signal_id_system_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."system_signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_signal_knelpunten" ADD CONSTRAINT "system_signal_knelpunten_knelpunt_id_knelpunten_id_fk" FOREIGN KEY ("knelpunt_id") REFERENCES "public"."knelpunten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_signal_status_changes" ADD CONSTRAINT "system_signal_status_changes_signal_id_system_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."system_signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_signal_status_changes" ADD CONSTRAINT "system_signal_status_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_signals" ADD CONSTRAINT "system_signals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "system_signal_knelpunten_signal_idx" ON "system_signal_knelpunten" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "system_signal_status_changes_signal_idx" ON "system_signal_status_changes" USING btree ("signal_id","id");--> statement-breakpoint
CREATE INDEX "system_signals_status_idx" ON "system_signals" USING btree ("status");