CREATE TABLE "finance_case_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"author_user_id" text NOT NULL,
	"stage" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"city_code" text NOT NULL,
	"firm_id" text NOT NULL,
	"officer_user_id" text NOT NULL,
	"stage" text DEFAULT 'visit' NOT NULL,
	"due_on" date,
	"referral_id" text,
	"summary" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_cases_stage_check" CHECK ("finance_cases"."stage" IN ('visit', 'assessment', 'referral', 'decision', 'drawdown', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "finance_products" (
	"id" text PRIMARY KEY NOT NULL,
	"institution_id" text NOT NULL,
	"city_code" text NOT NULL,
	"product_type" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text NOT NULL,
	"amount_min_fen" bigint NOT NULL,
	"amount_max_fen" bigint NOT NULL,
	"rate_cap_bps" integer,
	"term_min_months" integer NOT NULL,
	"term_max_months" integer NOT NULL,
	"cities_served" text[] NOT NULL,
	"industries" text[] NOT NULL,
	"stages" text[] NOT NULL,
	"min_score_tenths" integer DEFAULT 0 NOT NULL,
	"requires_high_tech" boolean DEFAULT false NOT NULL,
	"requires_tech_sme" boolean DEFAULT false NOT NULL,
	"risk_share_percent" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_products_type_check" CHECK ("finance_products"."product_type" IN ('credit_loan', 'ip_pledge_loan', 'guarantee', 'equity_investment', 'listing_guidance', 'insurance', 'legal_service', 'accounting_service', 'ip_service', 'hr_service')),
	CONSTRAINT "finance_products_status_check" CHECK ("finance_products"."status" IN ('active', 'withdrawn')),
	CONSTRAINT "finance_products_ranges_check" CHECK ("finance_products"."amount_min_fen" > 0 AND "finance_products"."amount_max_fen" >= "finance_products"."amount_min_fen"
        AND "finance_products"."term_min_months" >= 1 AND "finance_products"."term_max_months" >= "finance_products"."term_min_months"
        AND ("finance_products"."rate_cap_bps" IS NULL OR "finance_products"."rate_cap_bps" BETWEEN 0 AND 2000)
        AND "finance_products"."min_score_tenths" BETWEEN 0 AND 1000
        AND ("finance_products"."risk_share_percent" IS NULL OR "finance_products"."risk_share_percent" BETWEEN 1 AND 100)
        AND cardinality("finance_products"."cities_served") > 0)
);
--> statement-breakpoint
CREATE TABLE "finance_referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"need_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"firm_city_code" text NOT NULL,
	"product_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"product_type" text NOT NULL,
	"requested_amount_fen" bigint NOT NULL,
	"status" text DEFAULT 'referred' NOT NULL,
	"consent_granted_at" timestamp with time zone NOT NULL,
	"consent_granted_by_user_id" text NOT NULL,
	"consent_revoked_at" timestamp with time zone,
	"approved_amount_fen" bigint,
	"rate_bps" integer,
	"term_months" integer,
	"decline_reason" text,
	"decided_at" timestamp with time zone,
	"drawn_amount_fen" bigint,
	"drawn_at" timestamp with time zone,
	"is_first_loan" boolean DEFAULT false NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_referrals_status_check" CHECK ("finance_referrals"."status" IN ('referred', 'approved', 'declined', 'drawn', 'withdrawn')),
	CONSTRAINT "finance_referrals_decision_check" CHECK (("finance_referrals"."status" IN ('approved', 'drawn')) = ("finance_referrals"."approved_amount_fen" IS NOT NULL)
        AND ("finance_referrals"."status" = 'declined') = ("finance_referrals"."decline_reason" IS NOT NULL)
        AND ("finance_referrals"."status" = 'drawn') = ("finance_referrals"."drawn_amount_fen" IS NOT NULL)
        AND ("finance_referrals"."drawn_amount_fen" IS NULL OR "finance_referrals"."drawn_amount_fen" BETWEEN 1 AND "finance_referrals"."approved_amount_fen"))
);
--> statement-breakpoint
CREATE TABLE "financing_needs" (
	"id" text PRIMARY KEY NOT NULL,
	"firm_id" text NOT NULL,
	"city_code" text NOT NULL,
	"product_type" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer NOT NULL,
	"purpose" text NOT NULL,
	"urgency" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financing_needs_type_check" CHECK ("financing_needs"."product_type" IN ('credit_loan', 'ip_pledge_loan', 'guarantee', 'equity_investment', 'listing_guidance', 'insurance', 'legal_service', 'accounting_service', 'ip_service', 'hr_service')),
	CONSTRAINT "financing_needs_urgency_check" CHECK ("financing_needs"."urgency" IN ('normal', 'urgent', 'very_urgent')),
	CONSTRAINT "financing_needs_status_check" CHECK ("financing_needs"."status" IN ('open', 'referred', 'closed')),
	CONSTRAINT "financing_needs_amount_check" CHECK ("financing_needs"."amount_fen" > 0 AND "financing_needs"."term_months" BETWEEN 1 AND 360)
);
--> statement-breakpoint
CREATE TABLE "firm_indicator_values" (
	"id" text PRIMARY KEY NOT NULL,
	"firm_id" text NOT NULL,
	"indicator_code" text NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "firm_indicator_values_code_check" CHECK ("firm_indicator_values"."indicator_code" IN ('rd_spend', 'rd_growth', 'rd_intensity', 'st_staff_share', 'invention_patents', 'pct_applications', 'tech_contract_turnover', 'high_tech_revenue', 'revenue', 'revenue_growth', 'postgraduate_share', 'rd_super_deduction', 'return_on_net_assets', 'graduates_hired', 'rd_platforms', 'st_awards', 'talent_titles', 'standards_led')),
	CONSTRAINT "firm_indicator_values_source_check" CHECK ("firm_indicator_values"."source" IN ('tax_bureau', 'statistics_bureau', 'ip_office', 'audited_report', 'self_reported'))
);
--> statement-breakpoint
CREATE TABLE "firm_scores" (
	"firm_id" text PRIMARY KEY NOT NULL,
	"parameter_set_id" text NOT NULL,
	"stage" text NOT NULL,
	"total_tenths" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "firm_scores_stage_check" CHECK ("firm_scores"."stage" IN ('start_up', 'growth', 'mature')),
	CONSTRAINT "firm_scores_total_check" CHECK ("firm_scores"."total_tenths" BETWEEN 0 AND 1000)
);
--> statement-breakpoint
CREATE TABLE "score_parameter_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"effective_from" date NOT NULL,
	"weights" jsonb NOT NULL,
	"full_marks" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance_case_notes" ADD CONSTRAINT "finance_case_notes_case_id_finance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."finance_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_cases" ADD CONSTRAINT "finance_cases_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_cases" ADD CONSTRAINT "finance_cases_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_cases" ADD CONSTRAINT "finance_cases_referral_id_finance_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."finance_referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_products" ADD CONSTRAINT "finance_products_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_products" ADD CONSTRAINT "finance_products_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_referrals" ADD CONSTRAINT "finance_referrals_need_id_financing_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."financing_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_referrals" ADD CONSTRAINT "finance_referrals_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_referrals" ADD CONSTRAINT "finance_referrals_firm_city_code_cities_code_fk" FOREIGN KEY ("firm_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_referrals" ADD CONSTRAINT "finance_referrals_product_id_finance_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."finance_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_referrals" ADD CONSTRAINT "finance_referrals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_needs" ADD CONSTRAINT "financing_needs_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_needs" ADD CONSTRAINT "financing_needs_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_indicator_values" ADD CONSTRAINT "firm_indicator_values_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_scores" ADD CONSTRAINT "firm_scores_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_scores" ADD CONSTRAINT "firm_scores_parameter_set_id_score_parameter_sets_id_fk" FOREIGN KEY ("parameter_set_id") REFERENCES "public"."score_parameter_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finance_case_notes_case_idx" ON "finance_case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "finance_cases_city_idx" ON "finance_cases" USING btree ("city_code","stage","id");--> statement-breakpoint
CREATE INDEX "finance_products_type_idx" ON "finance_products" USING btree ("product_type","status");--> statement-breakpoint
CREATE INDEX "finance_products_institution_idx" ON "finance_products" USING btree ("institution_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "finance_referrals_need_product_idx" ON "finance_referrals" USING btree ("need_id","product_id");--> statement-breakpoint
CREATE INDEX "finance_referrals_institution_idx" ON "finance_referrals" USING btree ("institution_id","status","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_firm_idx" ON "finance_referrals" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_city_idx" ON "finance_referrals" USING btree ("firm_city_code","decided_at");--> statement-breakpoint
CREATE INDEX "financing_needs_firm_idx" ON "financing_needs" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "financing_needs_city_idx" ON "financing_needs" USING btree ("city_code","status","id");--> statement-breakpoint
CREATE INDEX "firm_indicator_values_firm_idx" ON "firm_indicator_values" USING btree ("firm_id","indicator_code","as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "score_parameter_sets_effective_idx" ON "score_parameter_sets" USING btree ("effective_from");