-- Orders gathered from many requests into one statement and one commit (group commit), each still answered on its
-- own. The order hot path is split so that a batch can write its audit records last:
--   voucher_order_place_for() and voucher_order_place() check, split, insert the order and reserve the share;
--   voucher_order_audit_reserve() appends the order's audit record;
--   voucher_order_reserve_for() and voucher_order_reserve() do both for a single order;
--   voucher_order_reserve_batch() places many, each in its own subtransaction, then appends their audit records.
-- The audit chain's lock is taken by the first audit_append() of a transaction and held until commit. A batch that
-- appended after each order would hold it while it locks the next voucher's accounts, and another transaction
-- holding those accounts and waiting for the chain would deadlock with it. Appending last keeps the order every
-- audited write follows: rows first, the chain last.
CREATE OR REPLACE FUNCTION voucher_order_place_for(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_provider_id text, p_category text,
  p_product_id text, p_source_kind text, p_source_id text, p_quantity integer, p_unit_price_fen bigint,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_voucher vouchers%ROWTYPE;
  v_scheme voucher_schemes%ROWTYPE;
  v_admission_status text;
  v_provider_city_code text;
  v_available_fen bigint;
  v_amount_fen bigint;
  v_share_fen bigint;
  v_refusal text;
  v_order voucher_orders%ROWTYPE;
BEGIN
  IF p_quantity IS NULL OR p_quantity < 1 THEN
    PERFORM app_refuse('ORDER_QUANTITY_INVALID', jsonb_build_object('quantity', p_quantity));
  END IF;
  SELECT * INTO v_voucher FROM vouchers WHERE id = p_voucher_id;
  IF NOT FOUND THEN
    PERFORM app_refuse('VOUCHER_NOT_FOUND', jsonb_build_object('voucherId', p_voucher_id));
  END IF;
  -- Vouchers are real-name and not transferable: only the holder spends one.
  IF v_voucher.firm_id IS DISTINCT FROM p_firm_id THEN
    PERFORM app_refuse('FORBIDDEN', jsonb_build_object('reason', 'not_the_voucher_holder'));
  END IF;
  IF v_voucher.status <> 'active' OR v_voucher.expires_at <= now() THEN
    PERFORM app_refuse('VOUCHER_EXPIRED', jsonb_build_object(
      'voucherId', p_voucher_id, 'expiresAt', v_voucher.expires_at, 'status', v_voucher.status));
  END IF;
  -- The registry's admission status, read in this same statement so that a suspension stops the next order.
  SELECT admission_status, city_code INTO v_admission_status, v_provider_city_code FROM registry_provider_standing
   WHERE id = p_provider_id;
  IF v_admission_status = 'suspended' THEN
    PERFORM app_refuse('PROVIDER_SUSPENDED', jsonb_build_object('providerId', p_provider_id));
  ELSIF v_admission_status IS DISTINCT FROM 'active' THEN
    PERFORM app_refuse('PROVIDER_NOT_ADMITTED', jsonb_build_object(
      'providerId', p_provider_id, 'admissionStatus', v_admission_status));
  END IF;
  SELECT * INTO v_scheme FROM voucher_schemes WHERE id = v_voucher.scheme_id;
  IF NOT (v_provider_city_code = ANY (v_scheme.recognised_city_codes)) THEN
    PERFORM app_refuse('PROVIDER_NOT_RECOGNISED', jsonb_build_object(
      'providerCityCode', v_provider_city_code, 'recognisedCityCodes', v_scheme.recognised_city_codes));
  END IF;
  IF NOT (p_category = ANY (v_scheme.service_categories)) THEN
    PERFORM app_refuse('SERVICE_CATEGORY_NOT_ALLOWED', jsonb_build_object(
      'category', p_category, 'serviceCategories', v_scheme.service_categories));
  END IF;
  v_amount_fen := p_unit_price_fen * p_quantity;
  PERFORM 1 FROM ledger_accounts WHERE id IN (v_voucher.account_id, v_voucher.reservation_account_id)
    ORDER BY id FOR UPDATE;
  SELECT balance_fen INTO v_available_fen FROM ledger_accounts WHERE id = v_voucher.account_id;
  SELECT split.share_fen, split.refusal INTO v_share_fen, v_refusal
    FROM voucher_order_split(v_amount_fen, v_scheme.voucher_share_max_percent, v_scheme.full_coverage_below_fen,
                             v_available_fen, p_requested_share_fen) AS split;
  IF v_refusal IS NOT NULL THEN
    PERFORM app_refuse(v_refusal, jsonb_build_object(
      'amountFen', v_amount_fen, 'availableFen', v_available_fen, 'requestedShareFen', p_requested_share_fen,
      'voucherShareMaxPercent', v_scheme.voucher_share_max_percent,
      'fullCoverageBelowFen', v_scheme.full_coverage_below_fen));
  END IF;
  -- the order's number from a sequence: no lock beyond those above (vouchers.tables.ts, voucherOrderNumberSerial)
  INSERT INTO voucher_orders (id, number, voucher_id, scheme_id, firm_id, issuer_city_code, product_id, source_kind,
                              source_id, provider_id, provider_city_code, category, quantity, unit_price_fen,
                              amount_fen, voucher_share_fen, firm_copay_fen, settlement_model, status,
                              placed_by_user_id)
  VALUES (p_order_id, platform_record_number('DD', now(), nextval('voucher_order_number_serial')), v_voucher.id,
          v_voucher.scheme_id, v_voucher.firm_id, v_voucher.city_code, p_product_id, p_source_kind, p_source_id,
          p_provider_id, v_provider_city_code, p_category, p_quantity, p_unit_price_fen, v_amount_fen, v_share_fen,
          v_amount_fen - v_share_fen, v_scheme.settlement_model, 'reserved', p_actor_user_id)
  RETURNING * INTO v_order;
  PERFORM ledger_transfer(p_transfer_id, 'reserve', v_voucher.account_id, v_voucher.reservation_account_id,
                          v_share_fen, p_order_id, p_actor_user_id);
  RETURN v_order;
END
$$;
