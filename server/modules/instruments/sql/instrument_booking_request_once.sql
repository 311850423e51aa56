-- A single booking requested with an Idempotency-Key (POST /api/bookings without a recurrence) writes its key in its
-- own statement, as a voucher order does: idempotency_key_take() takes the key, pointing at the booking, and
-- the booking is made by instrument_booking_request(); a refusal rolls the booking back and marks the key refused. When
-- the booking is paid partly with a voucher, the voucher order follows in the same transaction, so the key commits
-- with the booking and its order or not at all. One row: idempotency_outcome is 'done' (this call made
-- p_booking_id) or the key's outcome ('replayed' with the earlier booking, 'answered', 'reused', 'in_progress').
CREATE OR REPLACE FUNCTION instrument_booking_request_once(
  p_principal_key text, p_key text, p_method text, p_path text, p_request_hash text,
  p_booking_id text, p_instrument_id text, p_booker_user_id text, p_booker_organisation_id text,
  p_booker_city_code text, p_starts_at timestamptz, p_ends_at timestamptz, p_purpose text, p_sample_count integer,
  p_recurrence_id text, p_now timestamptz
) RETURNS TABLE (idempotency_outcome text, stored_status integer, stored_body text, stored_content_type text,
                 refusal_code text, refusal_details text, placed instrument_bookings) LANGUAGE plpgsql AS $$
DECLARE
  v_taken record;
BEGIN
  SELECT * INTO v_taken
    FROM idempotency_key_take(p_principal_key, p_key, p_method, p_path, p_request_hash, p_booking_id);
  stored_status := v_taken.stored_status;
  stored_body := v_taken.stored_body;
  stored_content_type := v_taken.stored_content_type;
  refusal_code := v_taken.refusal_code;
  refusal_details := v_taken.refusal_details;
  IF v_taken.outcome = 'take' THEN
    idempotency_outcome := 'done';
    BEGIN
      placed := instrument_booking_request(p_booking_id, p_instrument_id, p_booker_user_id, p_booker_organisation_id,
                                           p_booker_city_code, p_starts_at, p_ends_at, p_purpose, p_sample_count,
                                           p_recurrence_id, p_now);
    EXCEPTION WHEN SQLSTATE 'G6001' THEN
      -- the booking is rolled back, the key stays taken and says why, for any duplicate waiting on it
      idempotency_outcome := 'refused';
      GET STACKED DIAGNOSTICS refusal_code = MESSAGE_TEXT, refusal_details = PG_EXCEPTION_DETAIL;
      PERFORM idempotency_key_refuse(p_principal_key, p_key, refusal_code, refusal_details);
    END;
  ELSE
    idempotency_outcome := v_taken.outcome;
    IF v_taken.outcome = 'replayed' THEN
      SELECT * INTO placed FROM instrument_bookings b WHERE b.id = v_taken.earlier_resource_id;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'idempotency key % of % names booking %, which does not exist', p_key, p_principal_key,
          v_taken.earlier_resource_id;
      END IF;
    END IF;
  END IF;
  RETURN NEXT;
END
$$;
