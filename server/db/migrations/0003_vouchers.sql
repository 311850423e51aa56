CREATE TABLE "ledger_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"owner_id" text NOT NULL,
	"city_code" text NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_kind_check" CHECK ("ledger_accounts"."kind" IN ('appropriation', 'budget', 'voucher', 'reservation', 'payable', 'paid')),
	CONSTRAINT "ledger_accounts_balance_check" CHECK (("ledger_accounts"."kind" = 'appropriation' AND "ledger_accounts"."balance_fen" <= 0)
        OR ("ledger_accounts"."kind" <> 'appropriation' AND "ledger_accounts"."balance_fen" >= 0))
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"from_account_id" text NOT NULL,
	"to_account_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reference" text NOT NULL,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_transfers_kind_check" CHECK ("ledger_transfers"."kind" IN ('appropriation', 'issue', 'reserve', 'release', 'redeem', 'pay', 'lapse', 'reversal')),
	CONSTRAINT "ledger_transfers_amount_check" CHECK ("ledger_transfers"."amount_fen" > 0),
	CONSTRAINT "ledger_transfers_accounts_check" CHECK ("ledger_transfers"."from_account_id" <> "ledger_transfers"."to_account_id")
);
--> statement-breakpoint
CREATE TABLE "service_products" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"provider_city_code" text NOT NULL,
	"category" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text NOT NULL,
	"description_en" text NOT NULL,
	"price_fen" bigint NOT NULL,
	"price_unit" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_products_category_check" CHECK ("service_products"."category" IN ('testing', 'rd_design', 'consulting', 'instrument_time')),
	CONSTRAINT "service_products_unit_check" CHECK ("service_products"."price_unit" IN ('per_service', 'per_hour', 'per_sample', 'per_day')),
	CONSTRAINT "service_products_status_check" CHECK ("service_products"."status" IN ('published', 'withdrawn')),
	CONSTRAINT "service_products_price_check" CHECK ("service_products"."price_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "voucher_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"scheme_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"city_code" text NOT NULL,
	"requested_amount_fen" bigint NOT NULL,
	"approved_amount_fen" bigint,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decision_reason" text,
	"submitted_by_user_id" text NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_claims_status_check" CHECK ("voucher_claims"."status" IN ('submitted', 'approved', 'rejected')),
	CONSTRAINT "voucher_claims_requested_check" CHECK ("voucher_claims"."requested_amount_fen" > 0),
	CONSTRAINT "voucher_claims_decision_check" CHECK (("voucher_claims"."status" = 'submitted' AND "voucher_claims"."approved_amount_fen" IS NULL AND "voucher_claims"."decided_at" IS NULL)
        OR ("voucher_claims"."status" = 'approved' AND "voucher_claims"."approved_amount_fen" > 0
            AND "voucher_claims"."approved_amount_fen" <= "voucher_claims"."requested_amount_fen" AND "voucher_claims"."decided_at" IS NOT NULL)
        OR ("voucher_claims"."status" = 'rejected' AND "voucher_claims"."approved_amount_fen" IS NULL
            AND "voucher_claims"."decision_reason" IS NOT NULL AND "voucher_claims"."decided_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "voucher_number_counters" (
	"city_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "voucher_number_counters_city_code_year_pk" PRIMARY KEY("city_code","year")
);
--> statement-breakpoint
CREATE TABLE "voucher_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"voucher_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"issuer_city_code" text NOT NULL,
	"product_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"provider_city_code" text NOT NULL,
	"category" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"voucher_share_fen" bigint NOT NULL,
	"firm_copay_fen" bigint NOT NULL,
	"settlement_model" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"cancel_reason" text,
	"placed_by_user_id" text NOT NULL,
	"cancelled_by_user_id" text,
	"cancelled_at" timestamp with time zone,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_orders_status_check" CHECK ("voucher_orders"."status" IN ('reserved', 'cancelled', 'delivered')),
	CONSTRAINT "voucher_orders_category_check" CHECK ("voucher_orders"."category" IN ('testing', 'rd_design', 'consulting', 'instrument_time')),
	CONSTRAINT "voucher_orders_settlement_check" CHECK ("voucher_orders"."settlement_model" IN ('provider_paid', 'firm_reimbursed')),
	CONSTRAINT "voucher_orders_amounts_check" CHECK ("voucher_orders"."quantity" >= 1 AND "voucher_orders"."unit_price_fen" > 0
        AND "voucher_orders"."amount_fen" = "voucher_orders"."unit_price_fen" * "voucher_orders"."quantity"
        AND "voucher_orders"."voucher_share_fen" > 0 AND "voucher_orders"."firm_copay_fen" >= 0
        AND "voucher_orders"."amount_fen" = "voucher_orders"."voucher_share_fen" + "voucher_orders"."firm_copay_fen")
);
--> statement-breakpoint
CREATE TABLE "voucher_scheme_appropriations" (
	"id" text PRIMARY KEY NOT NULL,
	"scheme_id" text NOT NULL,
	"city_code" text NOT NULL,
	"budget_year" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	"document_reference" text NOT NULL,
	"transfer_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_scheme_appropriations_amount_check" CHECK ("voucher_scheme_appropriations"."amount_fen" > 0),
	CONSTRAINT "voucher_scheme_appropriations_year_check" CHECK ("voucher_scheme_appropriations"."budget_year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "voucher_schemes" (
	"id" text PRIMARY KEY NOT NULL,
	"city_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"voucher_type" text NOT NULL,
	"eligible_firms" text[] NOT NULL,
	"annual_budget_fen" bigint NOT NULL,
	"claim_cap_fen" bigint NOT NULL,
	"firm_year_cap_fen" bigint NOT NULL,
	"firm_total_cap_fen" bigint NOT NULL,
	"voucher_share_max_percent" integer NOT NULL,
	"full_coverage_below_fen" bigint DEFAULT 0 NOT NULL,
	"validity_days" integer NOT NULL,
	"service_categories" text[] NOT NULL,
	"settlement_model" text NOT NULL,
	"utilisation_gate_percent" integer DEFAULT 0 NOT NULL,
	"recognised_city_codes" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"budget_account_id" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_schemes_type_check" CHECK ("voucher_schemes"."voucher_type" IN ('general', 'special_purpose')),
	CONSTRAINT "voucher_schemes_settlement_check" CHECK ("voucher_schemes"."settlement_model" IN ('provider_paid', 'firm_reimbursed')),
	CONSTRAINT "voucher_schemes_status_check" CHECK ("voucher_schemes"."status" IN ('open', 'closed')),
	CONSTRAINT "voucher_schemes_eligible_check" CHECK (cardinality("voucher_schemes"."eligible_firms") > 0 AND "voucher_schemes"."eligible_firms" <@ ARRAY['any_firm', 'tech_sme', 'high_tech', 'park_resident']::text[]),
	CONSTRAINT "voucher_schemes_categories_check" CHECK (cardinality("voucher_schemes"."service_categories") > 0 AND "voucher_schemes"."service_categories" <@ ARRAY['testing', 'rd_design', 'consulting', 'instrument_time']::text[]),
	CONSTRAINT "voucher_schemes_recognised_check" CHECK (cardinality("voucher_schemes"."recognised_city_codes") > 0),
	CONSTRAINT "voucher_schemes_caps_check" CHECK ("voucher_schemes"."annual_budget_fen" > 0 AND "voucher_schemes"."claim_cap_fen" > 0
        AND "voucher_schemes"."claim_cap_fen" <= "voucher_schemes"."firm_year_cap_fen" AND "voucher_schemes"."firm_year_cap_fen" <= "voucher_schemes"."firm_total_cap_fen"),
	CONSTRAINT "voucher_schemes_rules_check" CHECK ("voucher_schemes"."voucher_share_max_percent" BETWEEN 1 AND 100 AND "voucher_schemes"."full_coverage_below_fen" >= 0
        AND "voucher_schemes"."validity_days" BETWEEN 1 AND 3660 AND "voucher_schemes"."utilisation_gate_percent" BETWEEN 0 AND 99)
);
--> statement-breakpoint
CREATE TABLE "vouchers" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"scheme_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"holder_name_zh" text NOT NULL,
	"holder_credit_code" text NOT NULL,
	"city_code" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"account_id" text NOT NULL,
	"reservation_account_id" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vouchers_number_unique" UNIQUE("number"),
	CONSTRAINT "vouchers_claim_id_unique" UNIQUE("claim_id"),
	CONSTRAINT "vouchers_status_check" CHECK ("vouchers"."status" IN ('active', 'lapsed')),
	CONSTRAINT "vouchers_amount_check" CHECK ("vouchers"."amount_fen" > 0),
	CONSTRAINT "vouchers_validity_check" CHECK ("vouchers"."expires_at" > "vouchers"."issued_at")
);
--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_from_account_id_ledger_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_to_account_id_ledger_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_products" ADD CONSTRAINT "service_products_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_products" ADD CONSTRAINT "service_products_provider_city_code_cities_code_fk" FOREIGN KEY ("provider_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_claims" ADD CONSTRAINT "voucher_claims_scheme_id_voucher_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."voucher_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_claims" ADD CONSTRAINT "voucher_claims_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_claims" ADD CONSTRAINT "voucher_claims_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_number_counters" ADD CONSTRAINT "voucher_number_counters_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_scheme_id_voucher_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."voucher_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_issuer_city_code_cities_code_fk" FOREIGN KEY ("issuer_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_product_id_service_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."service_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_provider_city_code_cities_code_fk" FOREIGN KEY ("provider_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_scheme_appropriations" ADD CONSTRAINT "voucher_scheme_appropriations_scheme_id_voucher_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."voucher_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_scheme_appropriations" ADD CONSTRAINT "voucher_scheme_appropriations_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_scheme_appropriations" ADD CONSTRAINT "voucher_scheme_appropriations_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_schemes" ADD CONSTRAINT "voucher_schemes_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_schemes" ADD CONSTRAINT "voucher_schemes_budget_account_id_ledger_accounts_id_fk" FOREIGN KEY ("budget_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_scheme_id_voucher_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."voucher_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_claim_id_voucher_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."voucher_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_reservation_account_id_ledger_accounts_id_fk" FOREIGN KEY ("reservation_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_owner_idx" ON "ledger_accounts" USING btree ("kind","owner_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_from_idx" ON "ledger_transfers" USING btree ("from_account_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_to_idx" ON "ledger_transfers" USING btree ("to_account_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_reference_idx" ON "ledger_transfers" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "service_products_provider_idx" ON "service_products" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "service_products_city_idx" ON "service_products" USING btree ("provider_city_code","category","id");--> statement-breakpoint
CREATE INDEX "service_products_search_idx" ON "service_products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_claims_pending_idx" ON "voucher_claims" USING btree ("scheme_id","firm_id") WHERE "voucher_claims"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "voucher_claims_city_idx" ON "voucher_claims" USING btree ("city_code","id");--> statement-breakpoint
CREATE INDEX "voucher_claims_firm_idx" ON "voucher_claims" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "voucher_claims_scheme_firm_idx" ON "voucher_claims" USING btree ("scheme_id","firm_id","status");--> statement-breakpoint
CREATE INDEX "voucher_orders_voucher_idx" ON "voucher_orders" USING btree ("voucher_id","status");--> statement-breakpoint
CREATE INDEX "voucher_orders_firm_idx" ON "voucher_orders" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "voucher_orders_provider_idx" ON "voucher_orders" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "voucher_orders_issuer_idx" ON "voucher_orders" USING btree ("issuer_city_code","id");--> statement-breakpoint
CREATE INDEX "voucher_scheme_appropriations_scheme_idx" ON "voucher_scheme_appropriations" USING btree ("scheme_id","budget_year");--> statement-breakpoint
CREATE INDEX "voucher_schemes_city_idx" ON "voucher_schemes" USING btree ("city_code","id");--> statement-breakpoint
CREATE INDEX "vouchers_firm_idx" ON "vouchers" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "vouchers_city_idx" ON "vouchers" USING btree ("city_code","id");--> statement-breakpoint
CREATE INDEX "vouchers_scheme_firm_idx" ON "vouchers" USING btree ("scheme_id","firm_id");