CREATE SEQUENCE "public"."voucher_claim_number_serial" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."voucher_order_number_serial" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
DROP INDEX "service_cases_window_idx";--> statement-breakpoint
DROP INDEX "service_cases_competent_idx";--> statement-breakpoint
DROP INDEX "service_cases_firm_idx";--> statement-breakpoint
DROP INDEX "service_cases_applicant_idx";--> statement-breakpoint
DROP INDEX "licences_firm_idx";--> statement-breakpoint
DROP INDEX "licences_issuer_idx";--> statement-breakpoint
DROP INDEX "policy_awards_list_idx";--> statement-breakpoint
DROP INDEX "policy_awards_firm_idx";--> statement-breakpoint
DROP INDEX "fund_investments_firm_idx";--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "alliances" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "alliances" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "cities" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "cities" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "firms" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "firms" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "industries" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "industries" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "institutions" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "institutions" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "parks" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "parks" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "providers" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "providers" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "ledger_accounts" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "ledger_transfers" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "redemptions" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "redemptions" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "service_products" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "service_products" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "settlement_runs" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_claims" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_claims" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_orders" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_orders" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_scheme_appropriations" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_schemes" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_schemes" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "vouchers" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "vouchers" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "instrument_bookings" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "instrument_bookings" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "instrument_owner_policies" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "instruments" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "instruments" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_case_notes" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_cases" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_cases" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_products" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_products" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_referrals" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "finance_referrals" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "financing_needs" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "financing_needs" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "score_parameter_sets" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licence_issuers" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licence_issuers" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licence_keys" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licence_keys" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licences" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "licences" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policies" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policies" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_award_lists" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_award_lists" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_awards" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_awards" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_items" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_items" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "policy_rule_versions" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_backers" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_backers" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_capital_calls" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_capital_calls" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_investments" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "fund_investments" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_index_weights" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_index_weights" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_indicator_values" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_indicator_values" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_indicators" ALTER COLUMN "created_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "insights_indicators" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('milliseconds', now());--> statement-breakpoint
ALTER TABLE "voucher_claims" ADD COLUMN "number" text;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD COLUMN "number" text;--> statement-breakpoint
-- Numbers for the claims and orders made before numbering, in the order they were made. platform_record_number()
-- is applied only after the migrations, so its formula is spelled out here once (MOD 37,36 as in its file).
DO $$
DECLARE
  v_alphabet constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  v_row record;
  v_body text;
  v_product integer;
  v_sum integer;
BEGIN
  FOR v_row IN
    SELECT 'voucher_claims' AS tbl, 'SQ' AS prefix, id, created_at, nextval('voucher_claim_number_serial') AS serial
      FROM (SELECT id, created_at FROM voucher_claims ORDER BY created_at, id) AS claims
    UNION ALL
    SELECT 'voucher_orders', 'DD', id, created_at, nextval('voucher_order_number_serial')
      FROM (SELECT id, created_at FROM voucher_orders ORDER BY created_at, id) AS orders
  LOOP
    v_body := v_row.prefix || extract(year FROM v_row.created_at AT TIME ZONE 'Asia/Shanghai')::integer::text
      || lpad(v_row.serial::text, greatest(6, length(v_row.serial::text)), '0');
    v_product := 36;
    FOR position IN 1..length(v_body) LOOP
      v_sum := (v_product + strpos(v_alphabet, substr(v_body, position, 1)) - 1) % 36;
      IF v_sum = 0 THEN v_sum := 36; END IF;
      v_product := (v_sum * 2) % 37;
    END LOOP;
    EXECUTE format('UPDATE %I SET number = $1 WHERE id = $2', v_row.tbl)
      USING v_row.prefix || '-' || substr(v_body, 3, 4) || '-' || substr(v_body, 7) || '-'
        || substr(v_alphabet, (37 - v_product) % 36 + 1, 1), v_row.id;
  END LOOP;
END
$$;--> statement-breakpoint
ALTER TABLE "voucher_claims" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "voucher_orders" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "instruments" ADD COLUMN "opening_hours" jsonb DEFAULT '[[[540,1050]],[[540,1050]],[[540,1050]],[[540,1050]],[[540,1050]],[],[]]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "instruments" ADD COLUMN "closed_on_holidays" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "alliance_members_joined_idx" ON "alliance_members" USING btree ("alliance_id","joined_on","member_id");--> statement-breakpoint
CREATE INDEX "firms_name_zh_idx" ON "firms" USING btree ("name_zh","id");--> statement-breakpoint
CREATE INDEX "firms_name_en_idx" ON "firms" USING btree ("name_en","id");--> statement-breakpoint
CREATE INDEX "firms_founded_idx" ON "firms" USING btree ("founded_on","id");--> statement-breakpoint
CREATE INDEX "firms_city_name_zh_idx" ON "firms" USING btree ("city_code","name_zh","id");--> statement-breakpoint
CREATE INDEX "firms_city_name_en_idx" ON "firms" USING btree ("city_code","name_en","id");--> statement-breakpoint
CREATE INDEX "firms_city_founded_idx" ON "firms" USING btree ("city_code","founded_on","id");--> statement-breakpoint
CREATE INDEX "firms_park_name_zh_idx" ON "firms" USING btree ("park_id","name_zh","id");--> statement-breakpoint
CREATE INDEX "firms_credit_code_prefix_idx" ON "firms" USING btree ("credit_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "institutions_name_zh_idx" ON "institutions" USING btree ("name_zh","id");--> statement-breakpoint
CREATE INDEX "institutions_name_en_idx" ON "institutions" USING btree ("name_en","id");--> statement-breakpoint
CREATE INDEX "institutions_joined_idx" ON "institutions" USING btree ("joined_on","id");--> statement-breakpoint
CREATE INDEX "institutions_city_name_zh_idx" ON "institutions" USING btree ("city_code","name_zh","id");--> statement-breakpoint
CREATE INDEX "parks_name_zh_idx" ON "parks" USING btree ("name_zh","id");--> statement-breakpoint
CREATE INDEX "parks_name_en_idx" ON "parks" USING btree ("name_en","id");--> statement-breakpoint
CREATE INDEX "providers_name_zh_idx" ON "providers" USING btree ("name_zh","id");--> statement-breakpoint
CREATE INDEX "providers_name_en_idx" ON "providers" USING btree ("name_en","id");--> statement-breakpoint
CREATE INDEX "providers_admission_updated_idx" ON "providers" USING btree ("admission_updated_on","id");--> statement-breakpoint
CREATE INDEX "providers_status_name_zh_idx" ON "providers" USING btree ("admission_status","name_zh","id");--> statement-breakpoint
CREATE INDEX "providers_status_updated_idx" ON "providers" USING btree ("admission_status","admission_updated_on","id");--> statement-breakpoint
CREATE INDEX "providers_credit_code_prefix_idx" ON "providers" USING btree ("credit_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_products_status_created_idx" ON "service_products" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "service_products_status_price_idx" ON "service_products" USING btree ("status","price_fen","id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_claims_number_idx" ON "voucher_claims" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_orders_number_idx" ON "voucher_orders" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "instrument_bookings_provider_queue_idx" ON "instrument_bookings" USING btree ("provider_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_provider_starts_idx" ON "instrument_bookings" USING btree ("provider_id","status","starts_at","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_provider_created_idx" ON "instrument_bookings" USING btree ("provider_id","created_at","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_organisation_created_idx" ON "instrument_bookings" USING btree ("booker_organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_booker_created_idx" ON "instrument_bookings" USING btree ("booker_user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_created_idx" ON "instrument_bookings" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "instruments_created_idx" ON "instruments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "instruments_price_idx" ON "instruments" USING btree ("external_price_fen","id");--> statement-breakpoint
CREATE INDEX "instruments_value_idx" ON "instruments" USING btree ("original_value_fen","id");--> statement-breakpoint
CREATE INDEX "instruments_city_created_idx" ON "instruments" USING btree ("city_code","created_at","id");--> statement-breakpoint
CREATE INDEX "instruments_provider_created_idx" ON "instruments" USING btree ("provider_id","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_products_institution_created_idx" ON "finance_products" USING btree ("institution_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_products_institution_amount_idx" ON "finance_products" USING btree ("institution_id","status","amount_max_fen","id");--> statement-breakpoint
CREATE INDEX "finance_products_status_created_idx" ON "finance_products" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_products_status_amount_idx" ON "finance_products" USING btree ("status","amount_max_fen","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_institution_status_created_idx" ON "finance_referrals" USING btree ("institution_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_institution_created_idx" ON "finance_referrals" USING btree ("institution_id","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_institution_amount_idx" ON "finance_referrals" USING btree ("institution_id","requested_amount_fen","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_firm_created_idx" ON "finance_referrals" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_city_created_idx" ON "finance_referrals" USING btree ("firm_city_code","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_status_created_idx" ON "finance_referrals" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "finance_referrals_created_idx" ON "finance_referrals" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "financing_needs_firm_created_idx" ON "financing_needs" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "financing_needs_firm_amount_idx" ON "financing_needs" USING btree ("firm_id","amount_fen","id");--> statement-breakpoint
CREATE INDEX "financing_needs_city_created_idx" ON "financing_needs" USING btree ("city_code","created_at","id");--> statement-breakpoint
CREATE INDEX "financing_needs_city_status_created_idx" ON "financing_needs" USING btree ("city_code","status","created_at","id");--> statement-breakpoint
CREATE INDEX "financing_needs_city_amount_idx" ON "financing_needs" USING btree ("city_code","amount_fen","id");--> statement-breakpoint
CREATE INDEX "financing_needs_status_created_idx" ON "financing_needs" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "financing_needs_created_idx" ON "financing_needs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "service_cases_competent_submitted_idx" ON "service_cases" USING btree ("competent_city_code","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_cases_submitted_idx" ON "service_cases" USING btree ("submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_cases_number_prefix_idx" ON "service_cases" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "licences_firm_until_idx" ON "licences" USING btree ("firm_id","valid_until","id");--> statement-breakpoint
CREATE INDEX "licences_issuer_until_idx" ON "licences" USING btree ("issuer_code","valid_until","id");--> statement-breakpoint
CREATE INDEX "licences_issuer_status_idx" ON "licences" USING btree ("issuer_code","status","id");--> statement-breakpoint
CREATE INDEX "licences_valid_from_idx" ON "licences" USING btree ("valid_from","id");--> statement-breakpoint
CREATE INDEX "licences_case_number_prefix_idx" ON "licences" USING btree ("case_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "policy_awards_issuer_created_idx" ON "policy_awards" USING btree ("issuer_code","created_at","id");--> statement-breakpoint
CREATE INDEX "policy_awards_issuer_amount_idx" ON "policy_awards" USING btree ("issuer_code","amount_fen","id");--> statement-breakpoint
CREATE INDEX "policy_awards_created_idx" ON "policy_awards" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "fund_investments_invested_idx" ON "fund_investments" USING btree ("invested_on","id");--> statement-breakpoint
CREATE INDEX "fund_investments_amount_idx" ON "fund_investments" USING btree ("amount_fen","id");--> statement-breakpoint
CREATE INDEX "service_cases_window_idx" ON "service_cases" USING btree ("window_city_code","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_cases_competent_idx" ON "service_cases" USING btree ("competent_city_code","status","due_on","id");--> statement-breakpoint
CREATE INDEX "service_cases_firm_idx" ON "service_cases" USING btree ("firm_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_cases_applicant_idx" ON "service_cases" USING btree ("applicant_user_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "licences_firm_idx" ON "licences" USING btree ("firm_id","valid_from","id");--> statement-breakpoint
CREATE INDEX "licences_issuer_idx" ON "licences" USING btree ("issuer_code","valid_from","id");--> statement-breakpoint
CREATE INDEX "policy_awards_list_idx" ON "policy_awards" USING btree ("list_id","created_at","id");--> statement-breakpoint
CREATE INDEX "policy_awards_firm_idx" ON "policy_awards" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "fund_investments_firm_idx" ON "fund_investments" USING btree ("firm_id","invested_on","id");--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_opening_hours_check" CHECK (jsonb_typeof("instruments"."opening_hours") = 'array' AND jsonb_array_length("instruments"."opening_hours") = 7);