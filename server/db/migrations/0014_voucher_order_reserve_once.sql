-- An order placed with an Idempotency-Key (POST /api/voucher-orders) writes its key in its own statement: the key row
-- is inserted as completed, pointing at the order (resource_id), and the order is placed by voucher_order_reserve();
-- a refusal rolls both back. The key's unique index settles races: a concurrent request with the same key waits
-- for the first one's commit, then finds the key and answers with the first one's order. A pending key (claimed by
-- the generic idempotency hooks) older than a minute was abandoned and is taken over, as claimKey() does.
--
-- One row: idempotency_outcome is 'done' (this call placed p_order_id), 'replayed' (an earlier request with the key
-- placed the order returned), 'answered' (an earlier request with the key was refused: its stored answer), 'reused'
-- (the key was used for another request) or 'in_progress' (a pending key of another request); placed is the order.
CREATE OR REPLACE FUNCTION voucher_order_reserve_once(
  p_principal_key text, p_key text, p_method text, p_path text, p_request_hash text,
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS TABLE (idempotency_outcome text, stored_status integer, stored_body text, stored_content_type text,
                 placed voucher_orders) LANGUAGE plpgsql AS $$
DECLARE
  v_key idempotency_keys%ROWTYPE;
BEGIN
  INSERT INTO idempotency_keys AS k (principal_key, key, method, path, request_hash, state, response_status,
                                     resource_id, completed_at)
  VALUES (p_principal_key, p_key, p_method, p_path, p_request_hash, 'completed', 201, p_order_id, now())
  ON CONFLICT (principal_key, key) DO UPDATE
     SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, state = 'completed',
         response_status = 201, response_body = NULL, response_content_type = NULL,
         resource_id = EXCLUDED.resource_id, created_at = now(), completed_at = now()
   WHERE k.state = 'pending' AND k.created_at < now() - make_interval(secs => 60);
  IF FOUND THEN
    idempotency_outcome := 'done';
    placed := voucher_order_reserve(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_product_id, p_quantity,
                                    p_requested_share_fen, p_actor_user_id);
    RETURN NEXT;
    RETURN;
  END IF;
  -- The key is taken. In READ COMMITTED this read sees the row the conflict waited for.
  SELECT * INTO v_key FROM idempotency_keys k WHERE k.principal_key = p_principal_key AND k.key = p_key;
  IF NOT FOUND THEN
    -- purged by housekeeping in between: the caller may try again
    idempotency_outcome := 'in_progress';
  ELSIF v_key.request_hash <> p_request_hash THEN
    idempotency_outcome := 'reused';
  ELSIF v_key.state <> 'completed' THEN
    idempotency_outcome := 'in_progress';
  ELSIF v_key.resource_id IS NULL THEN
    idempotency_outcome := 'answered';
    stored_status := v_key.response_status;
    stored_body := v_key.response_body;
    stored_content_type := v_key.response_content_type;
  ELSE
    idempotency_outcome := 'replayed';
    stored_status := v_key.response_status;
    SELECT * INTO placed FROM voucher_orders o WHERE o.id = v_key.resource_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idempotency key % of % names order %, which does not exist', p_key, p_principal_key,
        v_key.resource_id;
    END IF;
  END IF;
  RETURN NEXT;
END
$$;
