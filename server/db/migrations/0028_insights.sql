CREATE TABLE "fund_backers" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"city_code" text,
	"committed_fen" bigint NOT NULL,
	"called_fen" bigint DEFAULT 0 NOT NULL,
	"committed_on" date NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_backers_called_check" CHECK ("fund_backers"."called_fen" BETWEEN 0 AND "fund_backers"."committed_fen"),
	CONSTRAINT "fund_backers_committed_check" CHECK ("fund_backers"."committed_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_capital_calls" (
	"investment_id" text NOT NULL,
	"backer_code" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_capital_calls_investment_id_backer_code_pk" PRIMARY KEY("investment_id","backer_code"),
	CONSTRAINT "fund_capital_calls_amount_check" CHECK ("fund_capital_calls"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_investments" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"firm_id" text NOT NULL,
	"city_code" text NOT NULL,
	"industry" text NOT NULL,
	"stage" text NOT NULL,
	"round" text NOT NULL,
	"follows_investment_id" text,
	"amount_fen" bigint NOT NULL,
	"invested_on" date NOT NULL,
	"referral_id" text,
	"exit_kind" text,
	"exited_on" date,
	"exit_proceeds_fen" bigint,
	"created_by_user_id" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_investments_number_unique" UNIQUE("number"),
	CONSTRAINT "fund_investments_referral_id_unique" UNIQUE("referral_id"),
	CONSTRAINT "fund_investments_industry_check" CHECK ("fund_investments"."industry" IN ('integrated_circuits', 'biomedicine', 'artificial_intelligence', 'high_end_equipment', 'new_materials', 'new_energy', 'new_energy_vehicles')),
	CONSTRAINT "fund_investments_stage_check" CHECK ("fund_investments"."stage" IN ('seed', 'early', 'growth', 'late')),
	CONSTRAINT "fund_investments_round_check" CHECK ("fund_investments"."round" IN ('initial', 'follow_on')),
	CONSTRAINT "fund_investments_amount_check" CHECK ("fund_investments"."amount_fen" > 0),
	CONSTRAINT "fund_investments_follow_check" CHECK (("fund_investments"."round" = 'follow_on') = ("fund_investments"."follows_investment_id" IS NOT NULL)),
	CONSTRAINT "fund_investments_exit_check" CHECK (("fund_investments"."exit_kind" IS NULL) = ("fund_investments"."exited_on" IS NULL)
        AND ("fund_investments"."exit_kind" IS NULL) = ("fund_investments"."exit_proceeds_fen" IS NULL)
        AND ("fund_investments"."exit_kind" IS NULL OR "fund_investments"."exit_kind" IN ('ipo', 'trade_sale', 'buyback', 'write_off'))
        AND ("fund_investments"."exit_proceeds_fen" IS NULL OR "fund_investments"."exit_proceeds_fen" >= 0)
        AND ("fund_investments"."exited_on" IS NULL OR "fund_investments"."exited_on" >= "fund_investments"."invested_on"))
);
--> statement-breakpoint
CREATE TABLE "insights_flow_cells" (
	"kind" text NOT NULL,
	"month" date NOT NULL,
	"from_city_code" text NOT NULL,
	"to_city_code" text NOT NULL,
	"value" bigint NOT NULL,
	"records" integer NOT NULL,
	CONSTRAINT "insights_flow_cells_kind_month_from_city_code_to_city_code_pk" PRIMARY KEY("kind","month","from_city_code","to_city_code"),
	CONSTRAINT "insights_flow_cells_kind_check" CHECK ("insights_flow_cells"."kind" IN ('voucher', 'instrument', 'case', 'credit', 'award')),
	CONSTRAINT "insights_flow_cells_month_check" CHECK (extract(day FROM "insights_flow_cells"."month") = 1),
	CONSTRAINT "insights_flow_cells_records_check" CHECK ("insights_flow_cells"."records" > 0 AND "insights_flow_cells"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insights_index_values" (
	"scope" text NOT NULL,
	"month" date NOT NULL,
	"weights_id" text NOT NULL,
	"index_value" double precision,
	"shares" jsonb NOT NULL,
	"base_shares" jsonb NOT NULL,
	"contributions" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "insights_index_values_scope_month_pk" PRIMARY KEY("scope","month")
);
--> statement-breakpoint
CREATE TABLE "insights_index_weights" (
	"id" text PRIMARY KEY NOT NULL,
	"effective_from" date NOT NULL,
	"base_month" date NOT NULL,
	"weights" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_index_weights_effective_from_unique" UNIQUE("effective_from"),
	CONSTRAINT "insights_index_weights_month_check" CHECK (extract(day FROM "insights_index_weights"."effective_from") = 1),
	CONSTRAINT "insights_index_weights_base_check" CHECK (extract(day FROM "insights_index_weights"."base_month") = 1)
);
--> statement-breakpoint
CREATE TABLE "insights_indicator_values" (
	"id" text PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"scope" text NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric(24, 6) NOT NULL,
	"source" text NOT NULL,
	"published_on" date NOT NULL,
	"entered_by_user_id" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_indicator_values_source_check" CHECK (length(btrim("insights_indicator_values"."source")) > 0),
	CONSTRAINT "insights_indicator_values_published_check" CHECK ("insights_indicator_values"."published_on" >= "insights_indicator_values"."period_end" - 366)
);
--> statement-breakpoint
CREATE TABLE "insights_indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text NOT NULL,
	"description_en" text NOT NULL,
	"unit_zh" text NOT NULL,
	"unit_en" text NOT NULL,
	"decimals" smallint NOT NULL,
	"target" numeric(24, 6),
	"target_year" integer,
	"direction" text NOT NULL,
	"scope" text NOT NULL,
	"source" text NOT NULL,
	"measure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_indicators_direction_check" CHECK ("insights_indicators"."direction" IN ('higher_is_better', 'lower_is_better')),
	CONSTRAINT "insights_indicators_scope_check" CHECK ("insights_indicators"."scope" IN ('corridor', 'city')),
	CONSTRAINT "insights_indicators_measure_check" CHECK ("insights_indicators"."measure" IS NULL OR "insights_indicators"."measure" IN ('cross_city_voucher_value', 'on_time_case_share')),
	CONSTRAINT "insights_indicators_decimals_check" CHECK ("insights_indicators"."decimals" BETWEEN 0 AND 6)
);
--> statement-breakpoint
CREATE TABLE "insights_refreshes" (
	"id" text PRIMARY KEY NOT NULL,
	"from_month" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"cells_written" integer NOT NULL,
	"index_values_written" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fund_backers" ADD CONSTRAINT "fund_backers_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_capital_calls" ADD CONSTRAINT "fund_capital_calls_investment_id_fund_investments_id_fk" FOREIGN KEY ("investment_id") REFERENCES "public"."fund_investments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_capital_calls" ADD CONSTRAINT "fund_capital_calls_backer_code_fund_backers_code_fk" FOREIGN KEY ("backer_code") REFERENCES "public"."fund_backers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_investments" ADD CONSTRAINT "fund_investments_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_investments" ADD CONSTRAINT "fund_investments_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights_flow_cells" ADD CONSTRAINT "insights_flow_cells_from_city_code_cities_code_fk" FOREIGN KEY ("from_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights_flow_cells" ADD CONSTRAINT "insights_flow_cells_to_city_code_cities_code_fk" FOREIGN KEY ("to_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights_index_values" ADD CONSTRAINT "insights_index_values_weights_id_insights_index_weights_id_fk" FOREIGN KEY ("weights_id") REFERENCES "public"."insights_index_weights"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights_indicator_values" ADD CONSTRAINT "insights_indicator_values_indicator_code_insights_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."insights_indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_investments_firm_idx" ON "fund_investments" USING btree ("firm_id","invested_on");--> statement-breakpoint
CREATE INDEX "fund_investments_industry_city_idx" ON "fund_investments" USING btree ("industry","city_code");--> statement-breakpoint
CREATE UNIQUE INDEX "insights_indicator_values_period_idx" ON "insights_indicator_values" USING btree ("indicator_code","scope","period_end");--> statement-breakpoint
CREATE VIEW "public"."registry_institution_places" AS (select "id", "name_zh", "name_en", "kind", "city_code" from "institutions");--> statement-breakpoint
CREATE VIEW "public"."voucher_city_flows" AS (SELECT id AS record_id, 'voucher'::text AS kind, created_at AS occurred_at,
        issuer_city_code AS from_city_code, provider_city_code AS to_city_code, voucher_share_fen AS value,
        firm_id AS party_id, provider_id AS counterparty_id
      FROM voucher_orders WHERE status <> 'cancelled');--> statement-breakpoint
CREATE VIEW "public"."instrument_city_flows" AS (SELECT id AS record_id, 'instrument'::text AS kind, starts_at AS occurred_at,
        booker_city_code AS from_city_code, city_code AS to_city_code, used_minutes::bigint AS value,
        booker_organisation_id AS party_id, provider_id AS counterparty_id
      FROM instrument_bookings WHERE status = 'completed' AND used_minutes IS NOT NULL);--> statement-breakpoint
CREATE VIEW "public"."instrument_open_catalogue" AS (select "id", "name_zh", "name_en", "provider_id", "city_code", "model", "maker", "category", "original_value_fen", "external_price_fen", "price_unit", "status" from "instruments");--> statement-breakpoint
CREATE VIEW "public"."finance_city_flows" AS (SELECT r.id AS record_id, 'credit'::text AS kind, r.drawn_at AS occurred_at,
        i.city_code AS from_city_code, r.firm_city_code AS to_city_code, r.drawn_amount_fen AS value,
        r.firm_id AS party_id, r.institution_id AS counterparty_id
      FROM finance_referrals r JOIN registry_institution_places i ON i.id = r.institution_id
      WHERE r.status = 'drawn');--> statement-breakpoint
CREATE VIEW "public"."finance_equity_referrals" AS (select "id", "firm_id", "firm_city_code", "institution_id", "status", "approved_amount_fen", "decided_at" from "finance_referrals" where ("finance_referrals"."product_type" = 'equity_investment' and "finance_referrals"."status" in ('approved', 'drawn')));--> statement-breakpoint
CREATE VIEW "public"."service_case_timeliness" AS (select "id", "window_city_code", "competent_city_code", "decided_at", "due_on", ("decided_at" AT TIME ZONE 'Asia/Shanghai')::date <= "due_on" as "on_time" from "service_cases" where "service_cases"."decided_at" IS NOT NULL AND "service_cases"."due_on" IS NOT NULL);--> statement-breakpoint
CREATE VIEW "public"."service_city_flows" AS (SELECT id AS record_id, 'case'::text AS kind, accepted_at AS occurred_at,
        window_city_code AS from_city_code, competent_city_code AS to_city_code, 1::bigint AS value,
        firm_id AS party_id, NULL::text AS counterparty_id
      FROM service_cases WHERE accepted_at IS NOT NULL);--> statement-breakpoint
CREATE VIEW "public"."service_open_catalogue" AS (select "code", "name_zh", "name_en", "category", "competent_city_code", "department_code", "mode", "statutory_days", "promised_days", "fee_fen", "licence_name_zh", "licence_name_en" from "service_items" where "service_items"."is_active" = true);--> statement-breakpoint
CREATE VIEW "public"."policy_city_flows" AS (SELECT a.id AS record_id, 'award'::text AS kind, a.paid_at AS occurred_at,
        b.city_code AS from_city_code, f.city_code AS to_city_code, a.amount_fen AS value,
        a.firm_id AS party_id, NULL::text AS counterparty_id
      FROM policy_awards a
      JOIN policy_items i ON i.id = a.item_id
      JOIN ledger_account_balances b ON b.id = i.budget_account_id
      JOIN registry_firm_facts f ON f.id = a.firm_id
      WHERE a.status = 'paid');--> statement-breakpoint
CREATE VIEW "public"."policy_open_items" AS (select "policy_items"."code", "policies"."code" as "policy_code", "policies"."document_number", "policy_items"."issuer_code", "policy_items"."city_code", "policy_items"."title_zh", "policy_items"."title_en", "policy_items"."category", "policy_items"."payout_mode", "policy_items"."promise_working_days", "policy_items"."budget_fen", "policy_items"."valid_from", "policy_items"."valid_until" from "policy_items" inner join "policies" on "policies"."id" = "policy_items"."policy_id");--> statement-breakpoint
CREATE VIEW "public"."insights_flow_records" AS (SELECT * FROM voucher_city_flows
      UNION ALL SELECT * FROM instrument_city_flows
      UNION ALL SELECT * FROM service_city_flows
      UNION ALL SELECT * FROM finance_city_flows
      UNION ALL SELECT * FROM policy_city_flows);