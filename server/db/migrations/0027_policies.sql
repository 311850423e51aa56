CREATE TABLE "policies" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"issuer_code" text NOT NULL,
	"document_number" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	"published_on" date NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "policy_award_lists" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"city_code" text NOT NULL,
	"issuer_code" text NOT NULL,
	"status" text NOT NULL,
	"approved_by_user_id" text,
	"approved_at" timestamp with time zone,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_award_lists_status_check" CHECK ("policy_award_lists"."status" IN ('open', 'approved')),
	CONSTRAINT "policy_award_lists_approval_check" CHECK (("policy_award_lists"."status" = 'approved') = ("policy_award_lists"."approved_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "policy_awards" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"decision_id" text NOT NULL,
	"list_id" text,
	"issuer_code" text NOT NULL,
	"city_code" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"confirmed_at" timestamp with time zone,
	"due_on" date,
	"escalated_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"transfer_id" text,
	"paid_by_user_id" text,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_awards_status_check" CHECK ("policy_awards"."status" IN ('listed', 'offered', 'confirmed', 'paid', 'removed', 'lapsed')),
	CONSTRAINT "policy_awards_amount_check" CHECK ("policy_awards"."amount_fen" > 0),
	CONSTRAINT "policy_awards_paid_check" CHECK (("policy_awards"."status" = 'paid') = ("policy_awards"."paid_at" IS NOT NULL AND "policy_awards"."transfer_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "policy_current_decisions" (
	"item_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"decision_id" text NOT NULL,
	"rule_version_id" text NOT NULL,
	"outcome" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"city_code" text NOT NULL,
	CONSTRAINT "policy_current_decisions_item_id_firm_id_pk" PRIMARY KEY("item_id","firm_id"),
	CONSTRAINT "policy_current_decisions_outcome_check" CHECK ("policy_current_decisions"."outcome" IN ('qualified', 'near', 'not_qualified'))
);
--> statement-breakpoint
CREATE TABLE "policy_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"rule_version_id" text NOT NULL,
	"run_id" text,
	"as_of" date NOT NULL,
	"outcome" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"trace" jsonb NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "policy_decisions_outcome_check" CHECK ("policy_decisions"."outcome" IN ('qualified', 'near', 'not_qualified')),
	CONSTRAINT "policy_decisions_amount_check" CHECK ("policy_decisions"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "policy_items" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"policy_id" text NOT NULL,
	"issuer_code" text NOT NULL,
	"city_code" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"category" text NOT NULL,
	"payout_mode" text NOT NULL,
	"promise_working_days" integer,
	"budget_fen" bigint NOT NULL,
	"budget_account_id" text,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"guide_zh" text NOT NULL,
	"guide_en" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_items_code_unique" UNIQUE("code"),
	CONSTRAINT "policy_items_category_check" CHECK ("policy_items"."category" IN ('exemption', 'award', 'entitlement', 'qualification')),
	CONSTRAINT "policy_items_payout_mode_check" CHECK ("policy_items"."payout_mode" IN ('auto', 'fast_apply', 'standard')),
	CONSTRAINT "policy_items_promise_check" CHECK (("policy_items"."payout_mode" = 'fast_apply') = ("policy_items"."promise_working_days" IS NOT NULL)
        AND ("policy_items"."promise_working_days" IS NULL OR "policy_items"."promise_working_days" BETWEEN 1 AND 120)),
	CONSTRAINT "policy_items_budget_check" CHECK ("policy_items"."budget_fen" >= 0 AND ("policy_items"."budget_fen" = 0) = ("policy_items"."budget_account_id" IS NULL)),
	CONSTRAINT "policy_items_validity_check" CHECK ("policy_items"."valid_until" >= "policy_items"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "policy_rule_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"conditions" jsonb NOT NULL,
	"award_expression" text NOT NULL,
	"facts" text[] NOT NULL,
	"note" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_rule_versions_version_check" CHECK ("policy_rule_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "policy_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"status" text NOT NULL,
	"cursor_firm_id" text,
	"firms_done" integer DEFAULT 0 NOT NULL,
	"decisions_written" integer DEFAULT 0 NOT NULL,
	"newly_qualified" integer DEFAULT 0 NOT NULL,
	"requested_by_user_id" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "policy_runs_status_check" CHECK ("policy_runs"."status" IN ('running', 'finished'))
);
--> statement-breakpoint
ALTER TABLE "ledger_accounts" DROP CONSTRAINT "ledger_accounts_kind_check";--> statement-breakpoint
ALTER TABLE "ledger_transfers" DROP CONSTRAINT "ledger_transfers_kind_check";--> statement-breakpoint
ALTER TABLE "policy_award_lists" ADD CONSTRAINT "policy_award_lists_item_id_policy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_award_lists" ADD CONSTRAINT "policy_award_lists_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_awards" ADD CONSTRAINT "policy_awards_item_id_policy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_awards" ADD CONSTRAINT "policy_awards_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_awards" ADD CONSTRAINT "policy_awards_decision_id_policy_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."policy_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_awards" ADD CONSTRAINT "policy_awards_list_id_policy_award_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."policy_award_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_awards" ADD CONSTRAINT "policy_awards_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_current_decisions" ADD CONSTRAINT "policy_current_decisions_item_id_policy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_current_decisions" ADD CONSTRAINT "policy_current_decisions_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_current_decisions" ADD CONSTRAINT "policy_current_decisions_decision_id_policy_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."policy_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_decisions" ADD CONSTRAINT "policy_decisions_item_id_policy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_decisions" ADD CONSTRAINT "policy_decisions_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_decisions" ADD CONSTRAINT "policy_decisions_rule_version_id_policy_rule_versions_id_fk" FOREIGN KEY ("rule_version_id") REFERENCES "public"."policy_rule_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_decisions" ADD CONSTRAINT "policy_decisions_run_id_policy_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."policy_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_items" ADD CONSTRAINT "policy_items_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_items" ADD CONSTRAINT "policy_items_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_items" ADD CONSTRAINT "policy_items_budget_account_id_ledger_accounts_id_fk" FOREIGN KEY ("budget_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rule_versions" ADD CONSTRAINT "policy_rule_versions_item_id_policy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policies_issuer_idx" ON "policies" USING btree ("issuer_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_award_lists_open_idx" ON "policy_award_lists" USING btree ("item_id") WHERE "policy_award_lists"."status" = 'open';--> statement-breakpoint
CREATE INDEX "policy_award_lists_issuer_idx" ON "policy_award_lists" USING btree ("issuer_code","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_awards_item_firm_idx" ON "policy_awards" USING btree ("item_id","firm_id");--> statement-breakpoint
CREATE INDEX "policy_awards_list_idx" ON "policy_awards" USING btree ("list_id","id");--> statement-breakpoint
CREATE INDEX "policy_awards_firm_idx" ON "policy_awards" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "policy_awards_issuer_idx" ON "policy_awards" USING btree ("issuer_code","status","id");--> statement-breakpoint
CREATE INDEX "policy_current_decisions_firm_idx" ON "policy_current_decisions" USING btree ("firm_id","outcome");--> statement-breakpoint
CREATE INDEX "policy_decisions_firm_idx" ON "policy_decisions" USING btree ("firm_id","item_id","decided_at");--> statement-breakpoint
CREATE INDEX "policy_decisions_item_idx" ON "policy_decisions" USING btree ("item_id","decided_at");--> statement-breakpoint
CREATE INDEX "policy_items_policy_idx" ON "policy_items" USING btree ("policy_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rule_versions_item_version_idx" ON "policy_rule_versions" USING btree ("item_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rule_versions_item_from_idx" ON "policy_rule_versions" USING btree ("item_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_runs_running_idx" ON "policy_runs" USING btree ("status") WHERE "policy_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "policy_runs_started_idx" ON "policy_runs" USING btree ("started_at");--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_kind_check" CHECK ("ledger_accounts"."kind" IN ('appropriation', 'budget', 'voucher', 'reservation', 'payable', 'paid', 'policy_budget', 'award'));--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_kind_check" CHECK ("ledger_transfers"."kind" IN ('appropriation', 'issue', 'reserve', 'release', 'redeem', 'pay', 'lapse', 'reversal', 'policy_appropriation', 'award'));--> statement-breakpoint
CREATE VIEW "public"."registry_alliance_memberships" AS (select "alliance_members"."member_id", "alliance_members"."member_kind", "alliances"."id", "alliances"."tier", "alliances"."industry_code", "alliance_members"."joined_on" from "alliance_members" inner join "alliances" on "alliances"."id" = "alliance_members"."alliance_id");--> statement-breakpoint
CREATE VIEW "public"."ledger_account_balances" AS (select "id", "kind", "owner_id", "city_code", "balance_fen" from "ledger_accounts");--> statement-breakpoint
CREATE VIEW "public"."voucher_firm_orders" AS (select "id", "firm_id", "issuer_city_code", "provider_city_code", "voucher_share_fen", "status", "created_at" from "voucher_orders");--> statement-breakpoint
CREATE VIEW "public"."instrument_organisation_bookings" AS (select "id", "booker_organisation_id", "city_code", "booker_city_code", "amount_fen", "used_minutes", "status", "starts_at", "completed_at" from "instrument_bookings");--> statement-breakpoint
CREATE VIEW "public"."finance_firm_scores" AS (select "firm_id", "total_tenths", "computed_at" from "firm_scores");--> statement-breakpoint
CREATE VIEW "public"."finance_first_loans" AS (select "firm_id", "drawn_amount_fen", "drawn_at" from "finance_referrals" where ("finance_referrals"."is_first_loan" = true and "finance_referrals"."status" = 'drawn'));--> statement-breakpoint
CREATE VIEW "public"."finance_latest_indicators" AS (select distinct on ("firm_indicator_values"."firm_id", "firm_indicator_values"."indicator_code") "firm_id", "indicator_code", "value", "source", "as_of" from "firm_indicator_values" order by "firm_indicator_values"."firm_id", "firm_indicator_values"."indicator_code", "firm_indicator_values"."as_of" DESC, "firm_indicator_values"."recorded_at" DESC);--> statement-breakpoint
CREATE VIEW "public"."licence_holdings" AS (select "id", "firm_id", "issuer_code", "licence_type", "status", "valid_from", "valid_until" from "licences");