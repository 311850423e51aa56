CREATE TABLE "redemption_deliverables" (
	"redemption_id" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"voucher_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"firm_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"issuer_city_code" text NOT NULL,
	"provider_city_code" text NOT NULL,
	"settlement_model" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"contract_number" text NOT NULL,
	"invoice_number" text NOT NULL,
	"deliverable_file_name" text NOT NULL,
	"deliverable_content_type" text NOT NULL,
	"deliverable_size_bytes" integer NOT NULL,
	"deliverable_sha256" text NOT NULL,
	"status" text DEFAULT 'awaiting_confirmation' NOT NULL,
	"claimed_by_user_id" text NOT NULL,
	"firm_rating" integer,
	"firm_comment" text,
	"confirmed_by_user_id" text,
	"confirmed_at" timestamp with time zone,
	"spot_check_draw" double precision,
	"spot_check_selected" boolean DEFAULT false NOT NULL,
	"spot_check_result" text,
	"spot_check_note" text,
	"spot_checked_by_user_id" text,
	"spot_checked_at" timestamp with time zone,
	"decision_reason" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"payable_transfer_id" text,
	"settlement_run_id" text,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redemptions_status_check" CHECK ("redemptions"."status" IN ('awaiting_confirmation', 'submitted', 'approved', 'rejected')),
	CONSTRAINT "redemptions_settlement_check" CHECK ("redemptions"."settlement_model" IN ('provider_paid', 'firm_reimbursed')),
	CONSTRAINT "redemptions_spot_check_result_check" CHECK ("redemptions"."spot_check_result" IS NULL OR "redemptions"."spot_check_result" IN ('passed', 'failed')),
	CONSTRAINT "redemptions_amount_check" CHECK ("redemptions"."amount_fen" > 0 AND "redemptions"."deliverable_size_bytes" > 0 AND "redemptions"."deliverable_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "redemptions_rating_check" CHECK ("redemptions"."firm_rating" IS NULL OR "redemptions"."firm_rating" BETWEEN 1 AND 5),
	CONSTRAINT "redemptions_state_check" CHECK (("redemptions"."status" = 'awaiting_confirmation' AND "redemptions"."confirmed_at" IS NULL AND "redemptions"."decided_at" IS NULL)
        OR ("redemptions"."status" = 'submitted' AND "redemptions"."confirmed_at" IS NOT NULL AND "redemptions"."firm_rating" IS NOT NULL
            AND "redemptions"."decided_at" IS NULL)
        OR ("redemptions"."status" = 'approved' AND "redemptions"."confirmed_at" IS NOT NULL AND "redemptions"."decided_at" IS NOT NULL
            AND "redemptions"."payable_transfer_id" IS NOT NULL
            AND (NOT "redemptions"."spot_check_selected" OR "redemptions"."spot_check_result" = 'passed'))
        OR ("redemptions"."status" = 'rejected' AND "redemptions"."decision_reason" IS NOT NULL AND "redemptions"."decided_at" IS NOT NULL
            AND "redemptions"."payable_transfer_id" IS NULL)),
	CONSTRAINT "redemptions_settled_check" CHECK ("redemptions"."settlement_run_id" IS NULL OR "redemptions"."status" = 'approved')
);
--> statement-breakpoint
CREATE TABLE "settlement_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"settlement_run_id" text NOT NULL,
	"payee_kind" text NOT NULL,
	"payee_id" text NOT NULL,
	"payee_name_zh" text NOT NULL,
	"payee_credit_code" text NOT NULL,
	"payee_city_code" text NOT NULL,
	"redemption_count" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "settlement_payments_payee_check" CHECK ("settlement_payments"."payee_kind" IN ('provider', 'firm')),
	CONSTRAINT "settlement_payments_amount_check" CHECK ("settlement_payments"."amount_fen" > 0 AND "settlement_payments"."redemption_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "settlement_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"city_code" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"cutoff_at" timestamp with time zone NOT NULL,
	"redemption_count" integer NOT NULL,
	"payment_count" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"created_by_user_id" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlement_runs_period_check" CHECK ("settlement_runs"."period_start" <= "settlement_runs"."period_end"),
	CONSTRAINT "settlement_runs_totals_check" CHECK ("settlement_runs"."redemption_count" >= 0 AND "settlement_runs"."payment_count" >= 0 AND "settlement_runs"."total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_status_check";--> statement-breakpoint
ALTER TABLE "voucher_schemes" DROP CONSTRAINT "voucher_schemes_rules_check";--> statement-breakpoint
ALTER TABLE "voucher_schemes" ADD COLUMN "spot_check_percent" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "redemption_deliverables" ADD CONSTRAINT "redemption_deliverables_redemption_id_redemptions_id_fk" FOREIGN KEY ("redemption_id") REFERENCES "public"."redemptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_order_id_voucher_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."voucher_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_scheme_id_voucher_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."voucher_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_issuer_city_code_cities_code_fk" FOREIGN KEY ("issuer_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_provider_city_code_cities_code_fk" FOREIGN KEY ("provider_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_payable_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("payable_transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_settlement_run_id_settlement_runs_id_fk" FOREIGN KEY ("settlement_run_id") REFERENCES "public"."settlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_payments" ADD CONSTRAINT "settlement_payments_settlement_run_id_settlement_runs_id_fk" FOREIGN KEY ("settlement_run_id") REFERENCES "public"."settlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_payments" ADD CONSTRAINT "settlement_payments_payee_city_code_cities_code_fk" FOREIGN KEY ("payee_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_runs" ADD CONSTRAINT "settlement_runs_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_order_live_idx" ON "redemptions" USING btree ("order_id") WHERE "redemptions"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_invoice_live_idx" ON "redemptions" USING btree ("invoice_number") WHERE "redemptions"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "redemptions_issuer_idx" ON "redemptions" USING btree ("issuer_city_code","status","id");--> statement-breakpoint
CREATE INDEX "redemptions_provider_idx" ON "redemptions" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "redemptions_firm_idx" ON "redemptions" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "redemptions_unsettled_idx" ON "redemptions" USING btree ("issuer_city_code","decided_at") WHERE "redemptions"."status" = 'approved' AND "redemptions"."settlement_run_id" IS NULL;--> statement-breakpoint
CREATE INDEX "redemptions_settlement_idx" ON "redemptions" USING btree ("settlement_run_id");--> statement-breakpoint
CREATE INDEX "redemptions_decided_idx" ON "redemptions" USING btree ("decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_payments_payee_idx" ON "settlement_payments" USING btree ("settlement_run_id","payee_kind","payee_id");--> statement-breakpoint
CREATE INDEX "settlement_runs_city_idx" ON "settlement_runs" USING btree ("city_code","id");--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_status_check" CHECK ("voucher_orders"."status" IN ('reserved', 'cancelled', 'delivered', 'redeemed'));--> statement-breakpoint
ALTER TABLE "voucher_schemes" ADD CONSTRAINT "voucher_schemes_rules_check" CHECK ("voucher_schemes"."voucher_share_max_percent" BETWEEN 1 AND 100 AND "voucher_schemes"."full_coverage_below_fen" >= 0
        AND "voucher_schemes"."validity_days" BETWEEN 1 AND 3660 AND "voucher_schemes"."utilisation_gate_percent" BETWEEN 0 AND 99
        AND "voucher_schemes"."spot_check_percent" BETWEEN 0 AND 100);