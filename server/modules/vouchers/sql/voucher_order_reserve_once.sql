-- An order placed with an Idempotency-Key (POST /api/voucher-orders): the key is taken, then the order is placed by
-- voucher_order_reserve(). One row: idempotency_outcome is 'done' (this call placed p_order_id), 'refused' (the
-- rules refused it: refusal_code and refusal_details, stored with the key, which stays taken) or
-- the key's outcome ('replayed' with the earlier order as placed, 'answered', 'reused', 'in_progress').
CREATE OR REPLACE FUNCTION voucher_order_reserve_once(
  p_principal_key text, p_key text, p_method text, p_path text, p_request_hash text,
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS TABLE (idempotency_outcome text, stored_status integer, stored_body text, stored_content_type text,
                 refusal_code text, refusal_details text, placed voucher_orders) LANGUAGE plpgsql AS $$
DECLARE
  v_taken record;
BEGIN
  SELECT * INTO v_taken
    FROM idempotency_key_take(p_principal_key, p_key, p_method, p_path, p_request_hash, p_order_id);
  stored_status := v_taken.stored_status;
  stored_body := v_taken.stored_body;
  stored_content_type := v_taken.stored_content_type;
  refusal_code := v_taken.refusal_code;
  refusal_details := v_taken.refusal_details;
  IF v_taken.outcome = 'take' THEN
    idempotency_outcome := 'done';
    BEGIN
      placed := voucher_order_reserve(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_product_id, p_quantity,
                                      p_requested_share_fen, p_actor_user_id);
    EXCEPTION WHEN SQLSTATE 'G6001' THEN
      -- the order is rolled back, the key stays taken and says why, for any duplicate waiting on it
      idempotency_outcome := 'refused';
      GET STACKED DIAGNOSTICS refusal_code = MESSAGE_TEXT, refusal_details = PG_EXCEPTION_DETAIL;
      PERFORM idempotency_key_refuse(p_principal_key, p_key, refusal_code, refusal_details);
    END;
  ELSE
    idempotency_outcome := v_taken.outcome;
    IF v_taken.outcome = 'replayed' THEN
      SELECT * INTO placed FROM voucher_orders o WHERE o.id = v_taken.earlier_resource_id;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'idempotency key % of % names order %, which does not exist', p_key, p_principal_key,
          v_taken.earlier_resource_id;
      END IF;
    END IF;
  END IF;
  RETURN NEXT;
END
$$;
