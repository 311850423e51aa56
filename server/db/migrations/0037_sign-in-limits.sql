DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
CREATE TABLE "sign_in_account_delays" (
	"username" text PRIMARY KEY NOT NULL,
	"failures_in_row" integer DEFAULT 0 NOT NULL,
	"next_check_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checking_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_in_address_budgets" (
	"address" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_account_delays_next_idx" ON "sign_in_account_delays" USING btree ("next_check_at");--> statement-breakpoint
CREATE INDEX "sign_in_address_budgets_window_idx" ON "sign_in_address_budgets" USING btree ("window_started_at");