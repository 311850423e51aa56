-- Orders gathered from many requests into one statement and one commit (group commit), each still answered on its
-- own. The order hot path is split so that a batch can write its audit records last:
--   voucher_order_place_for() and voucher_order_place() check, split, insert the order and reserve the share;
--   voucher_order_audit_reserve() appends the order's audit record;
--   voucher_order_reserve_for() and voucher_order_reserve() do both, as before, for a single order;
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
    PERFORM voucher_refuse('ORDER_QUANTITY_INVALID', jsonb_build_object('quantity', p_quantity));
  END IF;
  SELECT * INTO v_voucher FROM vouchers WHERE id = p_voucher_id;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('VOUCHER_NOT_FOUND', jsonb_build_object('voucherId', p_voucher_id));
  END IF;
  -- Vouchers are real-name and not transferable: only the holder spends one.
  IF v_voucher.firm_id IS DISTINCT FROM p_firm_id THEN
    PERFORM voucher_refuse('FORBIDDEN', jsonb_build_object('reason', 'not_the_voucher_holder'));
  END IF;
  IF v_voucher.status <> 'active' OR v_voucher.expires_at <= now() THEN
    PERFORM voucher_refuse('VOUCHER_EXPIRED', jsonb_build_object(
      'voucherId', p_voucher_id, 'expiresAt', v_voucher.expires_at, 'status', v_voucher.status));
  END IF;
  -- The registry's admission status, read in this same statement so that a suspension stops the next order.
  SELECT admission_status, city_code INTO v_admission_status, v_provider_city_code FROM providers
   WHERE id = p_provider_id;
  IF v_admission_status = 'suspended' THEN
    PERFORM voucher_refuse('PROVIDER_SUSPENDED', jsonb_build_object('providerId', p_provider_id));
  ELSIF v_admission_status IS DISTINCT FROM 'active' THEN
    PERFORM voucher_refuse('PROVIDER_NOT_ADMITTED', jsonb_build_object(
      'providerId', p_provider_id, 'admissionStatus', v_admission_status));
  END IF;
  SELECT * INTO v_scheme FROM voucher_schemes WHERE id = v_voucher.scheme_id;
  IF NOT (v_provider_city_code = ANY (v_scheme.recognised_city_codes)) THEN
    PERFORM voucher_refuse('PROVIDER_NOT_RECOGNISED', jsonb_build_object(
      'providerCityCode', v_provider_city_code, 'recognisedCityCodes', v_scheme.recognised_city_codes));
  END IF;
  IF NOT (p_category = ANY (v_scheme.service_categories)) THEN
    PERFORM voucher_refuse('SERVICE_CATEGORY_NOT_ALLOWED', jsonb_build_object(
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
    PERFORM voucher_refuse(v_refusal, jsonb_build_object(
      'amountFen', v_amount_fen, 'availableFen', v_available_fen, 'requestedShareFen', p_requested_share_fen,
      'voucherShareMaxPercent', v_scheme.voucher_share_max_percent,
      'fullCoverageBelowFen', v_scheme.full_coverage_below_fen));
  END IF;
  INSERT INTO voucher_orders (id, voucher_id, scheme_id, firm_id, issuer_city_code, product_id, source_kind, source_id,
                              provider_id, provider_city_code, category, quantity, unit_price_fen, amount_fen,
                              voucher_share_fen, firm_copay_fen, settlement_model, status, placed_by_user_id)
  VALUES (p_order_id, v_voucher.id, v_voucher.scheme_id, v_voucher.firm_id, v_voucher.city_code, p_product_id,
          p_source_kind, p_source_id, p_provider_id, v_provider_city_code, p_category, p_quantity, p_unit_price_fen,
          v_amount_fen, v_share_fen, v_amount_fen - v_share_fen, v_scheme.settlement_model, 'reserved',
          p_actor_user_id)
  RETURNING * INTO v_order;
  PERFORM ledger_transfer(p_transfer_id, 'reserve', v_voucher.account_id, v_voucher.reservation_account_id,
                          v_share_fen, p_order_id, p_actor_user_id);
  RETURN v_order;
END
$$;
--> statement-breakpoint
-- The order's audit record, from the placed order itself (the same details as before the split).
CREATE OR REPLACE FUNCTION voucher_order_audit_reserve(p_order voucher_orders, p_transfer_id text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_append(p_order.placed_by_user_id, 'voucher_order.reserve', 'voucher_order', p_order.id,
    p_order.issuer_city_code,
    jsonb_build_object('voucherId', p_order.voucher_id, 'productId', p_order.product_id,
                       'sourceKind', p_order.source_kind, 'sourceId', p_order.source_id,
                       'quantity', p_order.quantity, 'amountFen', p_order.amount_fen,
                       'voucherShareFen', p_order.voucher_share_fen, 'firmCopayFen', p_order.firm_copay_fen,
                       'transferId', p_transfer_id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION voucher_order_reserve_for(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_provider_id text, p_category text,
  p_product_id text, p_source_kind text, p_source_id text, p_quantity integer, p_unit_price_fen bigint,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_order voucher_orders%ROWTYPE;
BEGIN
  v_order := voucher_order_place_for(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_provider_id, p_category,
    p_product_id, p_source_kind, p_source_id, p_quantity, p_unit_price_fen, p_requested_share_fen, p_actor_user_id);
  PERFORM voucher_order_audit_reserve(v_order, p_transfer_id);
  RETURN v_order;
END
$$;
--> statement-breakpoint
-- A product's order: the product must exist and be published; its provider, category and price are the order's.
CREATE OR REPLACE FUNCTION voucher_order_place(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_product service_products%ROWTYPE;
BEGIN
  SELECT * INTO v_product FROM service_products WHERE id = p_product_id;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('PRODUCT_NOT_FOUND', jsonb_build_object('productId', p_product_id));
  END IF;
  IF v_product.status <> 'published' THEN
    PERFORM voucher_refuse('PRODUCT_WITHDRAWN', jsonb_build_object('productId', p_product_id));
  END IF;
  RETURN voucher_order_place_for(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, v_product.provider_id,
    v_product.category, v_product.id, NULL, NULL, p_quantity, v_product.price_fen, p_requested_share_fen,
    p_actor_user_id);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION voucher_order_reserve(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_order voucher_orders%ROWTYPE;
BEGIN
  v_order := voucher_order_place(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_product_id, p_quantity,
                                 p_requested_share_fen, p_actor_user_id);
  PERFORM voucher_order_audit_reserve(v_order, p_transfer_id);
  RETURN v_order;
END
$$;
--> statement-breakpoint
-- Many orders in one statement (POST /api/voucher-orders under load). p_requests is a JSON array of objects with
-- position, orderId, transferId, voucherId, firmId, productId, quantity, requestedShareFen, actorUserId and, for a
-- request with an Idempotency-Key, principalKey, key, method, path and requestHash (key null: no key).
-- Each request runs in its own subtransaction: a refusal (SQLSTATE G6001) rolls back that request alone, its key
-- included, and is answered in its row (refusal_code and refusal_details, as voucher_refuse() raised them); any
-- other exception fails the whole statement. Requests are taken in voucher order, so two batches lock vouchers'
-- accounts in one global order; the audit records of the placed orders are appended last, in the same order.
-- One row per request, in that order: request_position, then what voucher_order_reserve_once() answers.
CREATE OR REPLACE FUNCTION voucher_order_reserve_batch(p_requests jsonb)
RETURNS TABLE (request_position integer, idempotency_outcome text, stored_status integer, stored_body text,
               stored_content_type text, refusal_code text, refusal_details text, placed voucher_orders)
LANGUAGE plpgsql AS $$
DECLARE
  v_request record;
  v_taken record;
  v_placed_orders voucher_orders[] := ARRAY[]::voucher_orders[];
  v_transfer_ids text[] := ARRAY[]::text[];
  v_index integer;
BEGIN
  IF jsonb_typeof(p_requests) IS DISTINCT FROM 'array' OR jsonb_array_length(p_requests) > 1000 THEN
    RAISE EXCEPTION 'voucher_order_reserve_batch takes an array of at most 1000 requests';
  END IF;
  FOR v_request IN
    SELECT * FROM jsonb_to_recordset(p_requests) AS r(
      "position" integer, "principalKey" text, "key" text, "method" text, "path" text, "requestHash" text,
      "orderId" text, "transferId" text, "voucherId" text, "firmId" text, "productId" text, "quantity" integer,
      "requestedShareFen" bigint, "actorUserId" text)
    ORDER BY r."voucherId", r."position"
  LOOP
    request_position := v_request."position";
    stored_status := NULL;
    stored_body := NULL;
    stored_content_type := NULL;
    refusal_code := NULL;
    refusal_details := NULL;
    placed := NULL;
    BEGIN
      IF v_request."key" IS NULL THEN
        idempotency_outcome := 'done';
      ELSE
        SELECT * INTO v_taken FROM idempotency_key_take(v_request."principalKey", v_request."key",
          v_request."method", v_request."path", v_request."requestHash", v_request."orderId");
        idempotency_outcome := CASE WHEN v_taken.outcome = 'take' THEN 'done' ELSE v_taken.outcome END;
        stored_status := v_taken.stored_status;
        stored_body := v_taken.stored_body;
        stored_content_type := v_taken.stored_content_type;
        IF v_taken.outcome = 'replayed' THEN
          SELECT * INTO placed FROM voucher_orders o WHERE o.id = v_taken.earlier_resource_id;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'idempotency key % of % names order %, which does not exist', v_request."key",
              v_request."principalKey", v_taken.earlier_resource_id;
          END IF;
        END IF;
      END IF;
      IF idempotency_outcome = 'done' THEN
        placed := voucher_order_place(v_request."orderId", v_request."transferId", v_request."voucherId",
          v_request."firmId", v_request."productId", v_request."quantity", v_request."requestedShareFen",
          v_request."actorUserId");
        v_placed_orders := v_placed_orders || placed;
        v_transfer_ids := v_transfer_ids || v_request."transferId";
      END IF;
    EXCEPTION WHEN SQLSTATE 'G6001' THEN
      idempotency_outcome := 'refused';
      stored_status := NULL;
      stored_body := NULL;
      stored_content_type := NULL;
      placed := NULL;
      GET STACKED DIAGNOSTICS refusal_code = MESSAGE_TEXT, refusal_details = PG_EXCEPTION_DETAIL;
    END;
    RETURN NEXT;
  END LOOP;
  FOR v_index IN 1 .. coalesce(array_length(v_placed_orders, 1), 0) LOOP
    PERFORM voucher_order_audit_reserve(v_placed_orders[v_index], v_transfer_ids[v_index]);
  END LOOP;
END
$$;
