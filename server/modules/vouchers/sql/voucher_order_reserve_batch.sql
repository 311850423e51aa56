-- Many orders in one statement (POST /api/voucher-orders under load). p_requests is a JSON array of objects with
-- position, orderId, transferId, voucherId, firmId, productId, quantity, requestedShareFen, actorUserId and, for a
-- request with an Idempotency-Key, principalKey, key, method, path and requestHash (key null: no key).
-- Each request runs in its own subtransaction: a refusal (SQLSTATE G6001) rolls back that request alone, marks its
-- key refused (kept taken, so a duplicate waiting on it gets the same refusal), and is answered in its row (refusal_code and refusal_details, as app_refuse() raised them); any
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
    -- The key is taken outside the request's subtransaction, so that a refusal keeps it taken (marked refused)
    -- rather than releasing it to a duplicate waiting on it.
    IF v_request."key" IS NULL THEN
      idempotency_outcome := 'done';
    ELSE
      SELECT * INTO v_taken FROM idempotency_key_take(v_request."principalKey", v_request."key",
        v_request."method", v_request."path", v_request."requestHash", v_request."orderId");
      idempotency_outcome := CASE WHEN v_taken.outcome = 'take' THEN 'done' ELSE v_taken.outcome END;
      stored_status := v_taken.stored_status;
      stored_body := v_taken.stored_body;
      stored_content_type := v_taken.stored_content_type;
      refusal_code := v_taken.refusal_code;
      refusal_details := v_taken.refusal_details;
      IF v_taken.outcome = 'replayed' THEN
        SELECT * INTO placed FROM voucher_orders x WHERE x.id = v_taken.earlier_resource_id;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'idempotency key % of % names order %, which does not exist', v_request."key",
            v_request."principalKey", v_taken.earlier_resource_id;
        END IF;
      END IF;
    END IF;
    IF idempotency_outcome = 'done' THEN
      BEGIN
        placed := voucher_order_place(v_request."orderId", v_request."transferId", v_request."voucherId",
          v_request."firmId", v_request."productId", v_request."quantity", v_request."requestedShareFen",
          v_request."actorUserId");
        v_placed_orders := v_placed_orders || placed;
        v_transfer_ids := v_transfer_ids || v_request."transferId";
      EXCEPTION WHEN SQLSTATE 'G6001' THEN
        idempotency_outcome := 'refused';
        placed := NULL;
        GET STACKED DIAGNOSTICS refusal_code = MESSAGE_TEXT, refusal_details = PG_EXCEPTION_DETAIL;
        IF v_request."key" IS NOT NULL THEN
          PERFORM idempotency_key_refuse(v_request."principalKey", v_request."key", refusal_code, refusal_details);
        END IF;
      END;
    END IF;
    RETURN NEXT;
  END LOOP;
  FOR v_index IN 1 .. coalesce(array_length(v_placed_orders, 1), 0) LOOP
    PERFORM voucher_order_audit_reserve(v_placed_orders[v_index], v_transfer_ids[v_index]);
  END LOOP;
END
$$;
