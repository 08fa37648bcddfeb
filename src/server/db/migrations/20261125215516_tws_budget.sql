CREATE TABLE "tws_budgets" (
	"year" smallint PRIMARY KEY NOT NULL,
	"amount_cents" bigint NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tws_budgets_amount" CHECK ("tws_budgets"."amount_cents" >= 0),
	CONSTRAINT "tws_budgets_year" CHECK ("tws_budgets"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "tws_budgets" ADD CONSTRAINT "tws_budgets_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;