-- Bookings gathered from many requests into one statement and one commit (group commit), each answered on its own,
-- as orders are (voucher_order_place_for.sql). The booking hot path is split so that a batch can write its audit records last:
--   instrument_booking_place() checks every rule (instrument_booking_refusal()) and inserts the booking under the
--   exclusion constraint;
--   instrument_booking_audit_request() appends the booking's audit record;
--   instrument_booking_request() does both for a single booking (and each of a recurring series);
--   instrument_booking_request_batch() places many, each in its own subtransaction, then appends their audit records.
-- Appending last keeps the order every audited write follows: rows (and the quota's advisory lock) first, the chain
-- last.
CREATE OR REPLACE FUNCTION instrument_booking_place(
  p_booking_id text, p_instrument_id text, p_booker_user_id text, p_booker_organisation_id text,
  p_booker_city_code text, p_starts_at timestamptz, p_ends_at timestamptz, p_purpose text, p_sample_count integer,
  p_recurrence_id text, p_now timestamptz
) RETURNS instrument_bookings LANGUAGE plpgsql AS $$
DECLARE
  v_instrument instruments%ROWTYPE;
  v_minutes integer;
  v_refusal jsonb;
  v_user_class text;
  v_price_fen bigint;
  v_amount_fen bigint;
  v_booking instrument_bookings%ROWTYPE;
BEGIN
  SELECT * INTO v_instrument FROM instruments WHERE id = p_instrument_id;
  IF NOT FOUND THEN
    PERFORM app_refuse('INSTRUMENT_NOT_FOUND', jsonb_build_object('instrumentId', p_instrument_id));
  END IF;
  IF v_instrument.monthly_quota_hours > 0 THEN
    -- one request per organisation and instrument at a time, so that two cannot both fit under the quota
    PERFORM pg_advisory_xact_lock(60070, hashtext(p_instrument_id || ':' || p_booker_organisation_id));
  END IF;
  -- every rule, in one place: the calendar's availability asks the same function
  v_refusal := instrument_booking_refusal(v_instrument, p_booker_user_id, p_booker_organisation_id, p_starts_at,
    p_ends_at, p_sample_count, p_now);
  IF v_refusal IS NOT NULL THEN
    PERFORM app_refuse(v_refusal ->> 'code', v_refusal -> 'details');
  END IF;
  v_minutes := (extract(epoch FROM p_ends_at - p_starts_at) / 60)::integer;
  v_user_class := CASE WHEN p_booker_organisation_id = v_instrument.provider_id THEN 'internal' ELSE 'external' END;
  v_price_fen := CASE WHEN v_user_class = 'internal' THEN v_instrument.internal_price_fen
                      ELSE v_instrument.external_price_fen END;
  -- per hour: the price of the minutes booked, rounded half up to the fen; per sample: price × samples
  v_amount_fen := CASE WHEN v_instrument.price_unit = 'per_hour' THEN (v_price_fen * v_minutes + 30) / 60
                       ELSE v_price_fen * p_sample_count END;
  BEGIN
    INSERT INTO instrument_bookings (id, instrument_id, provider_id, city_code, booker_user_id,
      booker_organisation_id, booker_city_code, user_class, starts_at, ends_at, held_during, purpose, sample_count,
      amount_fen, status, recurrence_id)
    VALUES (p_booking_id, p_instrument_id, v_instrument.provider_id, v_instrument.city_code, p_booker_user_id,
      p_booker_organisation_id, p_booker_city_code, v_user_class, p_starts_at, p_ends_at,
      tstzrange(p_starts_at, p_ends_at + make_interval(mins => v_instrument.buffer_minutes), '[)'), p_purpose,
      p_sample_count, v_amount_fen, CASE WHEN v_instrument.requires_approval THEN 'requested' ELSE 'approved' END,
      p_recurrence_id)
    RETURNING * INTO v_booking;
  EXCEPTION WHEN exclusion_violation THEN
    PERFORM app_refuse('BOOKING_SLOT_TAKEN', jsonb_build_object(
      'startsAt', p_starts_at, 'endsAt', p_ends_at, 'bufferMinutes', v_instrument.buffer_minutes));
  END;
  -- a request waits for the owner: its task in the owner's inbox, written with the booking
  IF v_booking.status = 'requested' THEN
    PERFORM notification_add('task', 'instrument_booking.waiting', NULL, 'provider', NULL, v_instrument.provider_id,
      'instrument_booking', v_booking.id, '新的仪器预约待审批', 'A booking request waits for approval',
      v_instrument.name_zh || '，' || to_char(p_starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 起',
      v_instrument.name_en || ', from ' || to_char(p_starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
      '/instruments/queue');
  END IF;
  RETURN v_booking;
END
$$;
