-- Statements that write their own Idempotency-Key (an order, a single booking) share the key's handling:
-- idempotency_key_take() inserts the key as completed, pointing at the record the statement is about to create
-- (resource_id); a refusal later in the statement rolls the key back with it. The key's unique index settles races:
-- a concurrent request with the same key waits for the first one's commit, then finds the key. A pending key
-- (left by the generic hooks of an earlier version, which claimed keys before their work) older than a minute was
-- abandoned and is taken over.
--
-- A statement that takes a key and then refuses its request marks the key refused (idempotency_key_refuse()) in
-- the same statement instead of rolling it back: a duplicate waiting on the key then gets the same refusal, never a
-- second run of the request. The answer sent for the refusal is stored on the key afterwards and replayed from then.
--
-- One row: outcome is 'take' (the key is now this request's: create p_resource_id), 'refused' (an earlier request
-- with the same key and request was refused by its statement and its answer is not stored yet: refusal_code and
-- refusal_details), 'replayed' (an earlier request
-- with the same key and request created earlier_resource_id), 'answered' (an earlier one was refused: its stored
-- answer), 'reused' (the key was used for another request) or 'in_progress' (a pending key of another request).
CREATE OR REPLACE FUNCTION idempotency_key_take(
  p_principal_key text, p_key text, p_method text, p_path text, p_request_hash text, p_resource_id text
) RETURNS TABLE (outcome text, stored_status integer, stored_body text, stored_content_type text,
                 earlier_resource_id text, refusal_code text, refusal_details text) LANGUAGE plpgsql AS $$
DECLARE
  v_key idempotency_keys%ROWTYPE;
BEGIN
  INSERT INTO idempotency_keys AS k (principal_key, key, method, path, request_hash, state, response_status,
                                     resource_id, completed_at)
  VALUES (p_principal_key, p_key, p_method, p_path, p_request_hash, 'completed', 201, p_resource_id, now())
  ON CONFLICT (principal_key, key) DO UPDATE
     SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, state = 'completed',
         response_status = 201, response_body = NULL, response_content_type = NULL, refusal_code = NULL,
         refusal_details = NULL,
         resource_id = EXCLUDED.resource_id, created_at = now(), completed_at = now()
   WHERE k.state = 'pending' AND k.created_at < now() - make_interval(secs => 60);
  IF FOUND THEN
    outcome := 'take';
    RETURN NEXT;
    RETURN;
  END IF;
  -- The key is taken. In READ COMMITTED this read sees the row the conflict waited for.
  SELECT * INTO v_key FROM idempotency_keys k WHERE k.principal_key = p_principal_key AND k.key = p_key;
  IF NOT FOUND THEN
    -- purged by housekeeping in between: the caller may try again
    outcome := 'in_progress';
  ELSIF v_key.request_hash <> p_request_hash THEN
    outcome := 'reused';
  ELSIF v_key.state <> 'completed' THEN
    outcome := 'in_progress';
  ELSIF v_key.refusal_code IS NOT NULL AND v_key.response_status IS NULL THEN
    outcome := 'refused';
    refusal_code := v_key.refusal_code;
    refusal_details := v_key.refusal_details;
  ELSIF v_key.resource_id IS NULL THEN
    outcome := 'answered';
    stored_status := v_key.response_status;
    stored_body := v_key.response_body;
    stored_content_type := v_key.response_content_type;
  ELSE
    outcome := 'replayed';
    stored_status := v_key.response_status;
    earlier_resource_id := v_key.resource_id;
  END IF;
  RETURN NEXT;
END
$$;
