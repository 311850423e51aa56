-- A single booking requested with an Idempotency-Key (POST /api/bookings without a recurrence) writes its key in its
-- own statement, as a voucher order does (voucher_order_reserve_once(), migration 0014): the key row is inserted as
-- completed, pointing at the booking (resource_id), and the booking is made by the unchanged
-- instrument_booking_request(); a refusal rolls both back. When the booking is paid partly with a voucher, the
-- voucher order follows in the same transaction, so the key commits with the booking and its order or not at all.
-- The key's unique index settles races: a concurrent request with the same key waits for the first one's commit,
-- then finds the key and answers with the first one's booking. A pending key (claimed by the generic idempotency
-- hooks) older than a minute was abandoned and is taken over, as claimKey() does.
--
-- One row: idempotency_outcome is 'done' (this call made p_booking_id), 'replayed' (an earlier request with the key
-- made the booking returned), 'answered' (an earlier request with the key was refused: its stored answer), 'reused'
-- (the key was used for another request) or 'in_progress' (a pending key of another request); placed is the booking.
CREATE OR REPLACE FUNCTION instrument_booking_request_once(
  p_principal_key text, p_key text, p_method text, p_path text, p_request_hash text,
  p_booking_id text, p_instrument_id text, p_booker_user_id text, p_booker_organisation_id text,
  p_booker_city_code text, p_starts_at timestamptz, p_ends_at timestamptz, p_purpose text, p_sample_count integer,
  p_recurrence_id text, p_now timestamptz
) RETURNS TABLE (idempotency_outcome text, stored_status integer, stored_body text, stored_content_type text,
                 placed instrument_bookings) LANGUAGE plpgsql AS $$
DECLARE
  v_key idempotency_keys%ROWTYPE;
BEGIN
  INSERT INTO idempotency_keys AS k (principal_key, key, method, path, request_hash, state, response_status,
                                     resource_id, completed_at)
  VALUES (p_principal_key, p_key, p_method, p_path, p_request_hash, 'completed', 201, p_booking_id, now())
  ON CONFLICT (principal_key, key) DO UPDATE
     SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, state = 'completed',
         response_status = 201, response_body = NULL, response_content_type = NULL,
         resource_id = EXCLUDED.resource_id, created_at = now(), completed_at = now()
   WHERE k.state = 'pending' AND k.created_at < now() - make_interval(secs => 60);
  IF FOUND THEN
    idempotency_outcome := 'done';
    placed := instrument_booking_request(p_booking_id, p_instrument_id, p_booker_user_id, p_booker_organisation_id,
                                         p_booker_city_code, p_starts_at, p_ends_at, p_purpose, p_sample_count,
                                         p_recurrence_id, p_now);
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
    SELECT * INTO placed FROM instrument_bookings b WHERE b.id = v_key.resource_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idempotency key % of % names booking %, which does not exist', p_key, p_principal_key,
        v_key.resource_id;
    END IF;
  END IF;
  RETURN NEXT;
END
$$;
