-- Bookings gathered from many requests into one statement and one commit (group commit), each answered on its own,
-- as orders are in migration 0017. The booking hot path is split so that a batch can write its audit records last:
--   instrument_booking_place() checks every rule and inserts the booking under the exclusion constraint;
--   instrument_booking_audit_request() appends the booking's audit record;
--   instrument_booking_request() does both, as before, for a single booking (and each of a recurring series);
--   instrument_booking_request_batch() places many, each in its own subtransaction, then appends their audit records.
-- Appending last keeps the order every audited write follows: rows (and the quota's advisory lock) first, the chain
-- last (see 0017).
CREATE OR REPLACE FUNCTION instrument_booking_place(
  p_booking_id text, p_instrument_id text, p_booker_user_id text, p_booker_organisation_id text,
  p_booker_city_code text, p_starts_at timestamptz, p_ends_at timestamptz, p_purpose text, p_sample_count integer,
  p_recurrence_id text, p_now timestamptz
) RETURNS instrument_bookings LANGUAGE plpgsql AS $$
DECLARE
  v_instrument instruments%ROWTYPE;
  v_minutes integer;
  v_limit integer;
  v_window_months integer;
  v_violations integer;
  v_month_start timestamptz;
  v_booked_minutes bigint;
  v_user_class text;
  v_price_fen bigint;
  v_amount_fen bigint;
  v_booking instrument_bookings%ROWTYPE;
BEGIN
  SELECT * INTO v_instrument FROM instruments WHERE id = p_instrument_id;
  IF NOT FOUND THEN
    PERFORM app_refuse('INSTRUMENT_NOT_FOUND', jsonb_build_object('instrumentId', p_instrument_id));
  END IF;
  IF v_instrument.status <> 'available' THEN
    PERFORM app_refuse('INSTRUMENT_UNAVAILABLE', jsonb_build_object('status', v_instrument.status));
  END IF;
  IF p_ends_at <= p_starts_at THEN
    PERFORM app_refuse('BOOKING_TIME_INVALID', jsonb_build_object('startsAt', p_starts_at, 'endsAt', p_ends_at));
  END IF;
  IF p_starts_at < p_now THEN
    PERFORM app_refuse('BOOKING_IN_PAST', jsonb_build_object('startsAt', p_starts_at));
  END IF;
  IF p_starts_at < p_now + make_interval(hours => v_instrument.lead_time_hours) THEN
    PERFORM app_refuse('BOOKING_LEAD_TIME', jsonb_build_object(
      'leadTimeHours', v_instrument.lead_time_hours, 'earliestStartAt', p_now + make_interval(hours => v_instrument.lead_time_hours)));
  END IF;
  v_minutes := (extract(epoch FROM p_ends_at - p_starts_at) / 60)::integer;
  IF v_minutes < v_instrument.min_duration_minutes OR v_minutes > v_instrument.max_duration_minutes THEN
    PERFORM app_refuse('BOOKING_DURATION_OUT_OF_RANGE', jsonb_build_object('minutes', v_minutes,
      'minDurationMinutes', v_instrument.min_duration_minutes, 'maxDurationMinutes', v_instrument.max_duration_minutes));
  END IF;
  IF v_instrument.price_unit = 'per_sample' AND p_sample_count IS NULL THEN
    PERFORM app_refuse('BOOKING_SAMPLES_REQUIRED', jsonb_build_object('instrumentId', p_instrument_id));
  END IF;
  SELECT coalesce(p.violation_limit, 3), coalesce(p.violation_window_months, 12) INTO v_limit, v_window_months
    FROM (SELECT 1) AS one LEFT JOIN instrument_owner_policies p ON p.provider_id = v_instrument.provider_id;
  SELECT count(*) INTO v_violations FROM instrument_violations
   WHERE user_id = p_booker_user_id AND occurred_at > p_now - make_interval(months => v_window_months);
  IF v_violations > v_limit THEN
    PERFORM app_refuse('BOOKER_BLACKLISTED', jsonb_build_object(
      'violations', v_violations, 'violationLimit', v_limit, 'windowMonths', v_window_months));
  END IF;
  IF v_instrument.monthly_quota_hours > 0 THEN
    -- one request per organisation and instrument at a time, so that two cannot both fit under the quota
    PERFORM pg_advisory_xact_lock(60070, hashtext(p_instrument_id || ':' || p_booker_organisation_id));
    v_month_start := date_trunc('month', p_starts_at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai';
    SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at) / 60), 0) INTO v_booked_minutes
      FROM instrument_bookings
     WHERE instrument_id = p_instrument_id AND booker_organisation_id = p_booker_organisation_id
       AND status IN ('requested', 'approved', 'checked_in', 'completed')
       AND starts_at >= v_month_start AND starts_at < v_month_start + interval '1 month';
    IF v_booked_minutes + v_minutes > v_instrument.monthly_quota_hours * 60 THEN
      PERFORM app_refuse('BOOKING_QUOTA_EXCEEDED', jsonb_build_object('monthlyQuotaHours',
        v_instrument.monthly_quota_hours, 'bookedMinutes', v_booked_minutes, 'requestedMinutes', v_minutes));
    END IF;
  END IF;
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
  RETURN v_booking;
END
$$;
--> statement-breakpoint
-- The booking's audit record, from the booking itself (the same details as before the split).
CREATE OR REPLACE FUNCTION instrument_booking_audit_request(p_booking instrument_bookings)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_append(p_booking.booker_user_id, 'instrument_booking.request', 'instrument_booking', p_booking.id,
    p_booking.city_code, jsonb_build_object('instrumentId', p_booking.instrument_id, 'startsAt', p_booking.starts_at,
      'endsAt', p_booking.ends_at, 'amountFen', p_booking.amount_fen, 'userClass', p_booking.user_class,
      'status', p_booking.status));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION instrument_booking_request(
  p_booking_id text, p_instrument_id text, p_booker_user_id text, p_booker_organisation_id text,
  p_booker_city_code text, p_starts_at timestamptz, p_ends_at timestamptz, p_purpose text, p_sample_count integer,
  p_recurrence_id text, p_now timestamptz
) RETURNS instrument_bookings LANGUAGE plpgsql AS $$
DECLARE
  v_booking instrument_bookings%ROWTYPE;
BEGIN
  v_booking := instrument_booking_place(p_booking_id, p_instrument_id, p_booker_user_id, p_booker_organisation_id,
    p_booker_city_code, p_starts_at, p_ends_at, p_purpose, p_sample_count, p_recurrence_id, p_now);
  PERFORM instrument_booking_audit_request(v_booking);
  RETURN v_booking;
END
$$;
--> statement-breakpoint
-- Many single bookings in one statement (POST /api/bookings under load). p_requests is a JSON array of objects with
-- position, bookingId, instrumentId, bookerUserId, bookerOrganisationId, bookerCityCode, startsAt, endsAt (ISO 8601),
-- purpose, sampleCount, now and, for a request with an Idempotency-Key, principalKey, key, method, path and
-- requestHash (key null: no key). Each request runs in its own subtransaction: a refusal (SQLSTATE G6001) rolls back
-- that request alone, its key included, and is answered in its row; any other exception fails the whole statement.
-- Requests are taken in the order of instrument and booking organisation, so two batches take the slots' and the
-- quotas' locks in one global order; the audit records of the bookings made are appended last, in the same order.
-- One row per request: request_position, then what instrument_booking_request_once() answers.
CREATE OR REPLACE FUNCTION instrument_booking_request_batch(p_requests jsonb)
RETURNS TABLE (request_position integer, idempotency_outcome text, stored_status integer, stored_body text,
               stored_content_type text, refusal_code text, refusal_details text, placed instrument_bookings)
LANGUAGE plpgsql AS $$
DECLARE
  v_request record;
  v_taken record;
  v_placed_bookings instrument_bookings[] := ARRAY[]::instrument_bookings[];
  v_index integer;
BEGIN
  IF jsonb_typeof(p_requests) IS DISTINCT FROM 'array' OR jsonb_array_length(p_requests) > 1000 THEN
    RAISE EXCEPTION 'instrument_booking_request_batch takes an array of at most 1000 requests';
  END IF;
  FOR v_request IN
    SELECT * FROM jsonb_to_recordset(p_requests) AS r(
      "position" integer, "principalKey" text, "key" text, "method" text, "path" text, "requestHash" text,
      "bookingId" text, "instrumentId" text, "bookerUserId" text, "bookerOrganisationId" text,
      "bookerCityCode" text, "startsAt" timestamptz, "endsAt" timestamptz, "purpose" text, "sampleCount" integer,
      "now" timestamptz)
    ORDER BY r."instrumentId", r."bookerOrganisationId", r."position"
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
          v_request."method", v_request."path", v_request."requestHash", v_request."bookingId");
        idempotency_outcome := CASE WHEN v_taken.outcome = 'take' THEN 'done' ELSE v_taken.outcome END;
        stored_status := v_taken.stored_status;
        stored_body := v_taken.stored_body;
        stored_content_type := v_taken.stored_content_type;
        IF v_taken.outcome = 'replayed' THEN
          SELECT * INTO placed FROM instrument_bookings b WHERE b.id = v_taken.earlier_resource_id;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'idempotency key % of % names booking %, which does not exist', v_request."key",
              v_request."principalKey", v_taken.earlier_resource_id;
          END IF;
        END IF;
      END IF;
      IF idempotency_outcome = 'done' THEN
        placed := instrument_booking_place(v_request."bookingId", v_request."instrumentId", v_request."bookerUserId",
          v_request."bookerOrganisationId", v_request."bookerCityCode", v_request."startsAt", v_request."endsAt",
          v_request."purpose", v_request."sampleCount", NULL, v_request."now");
        v_placed_bookings := v_placed_bookings || placed;
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
  FOR v_index IN 1 .. coalesce(array_length(v_placed_bookings, 1), 0) LOOP
    PERFORM instrument_booking_audit_request(v_placed_bookings[v_index]);
  END LOOP;
END
$$;
