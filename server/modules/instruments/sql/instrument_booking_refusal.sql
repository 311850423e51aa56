-- Why a booker may not book a slot of an instrument, or NULL when they may: every rule of a booking request in the
-- order instrument_booking_place() enforces them (status, times, lead time, duration, opening hours through
-- instrument_opening_refusal(), samples, the owner's blacklist, the organisation's monthly quota, the slot held by
-- another booking). instrument_booking_place() refuses with its answer; the availability of a calendar asks it for
-- each slot, so the two can never disagree. Reads only: the quota's advisory lock is the caller's to take, and the
-- exclusion constraint still guards the insert against a booking made in between.
CREATE OR REPLACE FUNCTION instrument_booking_refusal(
  p_instrument instruments, p_booker_user_id text, p_booker_organisation_id text, p_starts_at timestamptz,
  p_ends_at timestamptz, p_sample_count integer, p_now timestamptz
) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_minutes integer;
  v_limit integer;
  v_window_months integer;
  v_violations integer;
  v_month_start timestamptz;
  v_booked_minutes bigint;
  v_opening jsonb;
BEGIN
  IF p_instrument.status <> 'available' THEN
    RETURN jsonb_build_object('code', 'INSTRUMENT_UNAVAILABLE', 'details',
      jsonb_build_object('status', p_instrument.status));
  END IF;
  IF p_ends_at <= p_starts_at THEN
    RETURN jsonb_build_object('code', 'BOOKING_TIME_INVALID', 'details',
      jsonb_build_object('startsAt', p_starts_at, 'endsAt', p_ends_at));
  END IF;
  IF p_starts_at < p_now THEN
    RETURN jsonb_build_object('code', 'BOOKING_IN_PAST', 'details', jsonb_build_object('startsAt', p_starts_at));
  END IF;
  IF p_starts_at < p_now + make_interval(hours => p_instrument.lead_time_hours) THEN
    RETURN jsonb_build_object('code', 'BOOKING_LEAD_TIME', 'details', jsonb_build_object(
      'leadTimeHours', p_instrument.lead_time_hours,
      'earliestStartAt', p_now + make_interval(hours => p_instrument.lead_time_hours)));
  END IF;
  v_minutes := (extract(epoch FROM p_ends_at - p_starts_at) / 60)::integer;
  IF v_minutes < p_instrument.min_duration_minutes OR v_minutes > p_instrument.max_duration_minutes THEN
    RETURN jsonb_build_object('code', 'BOOKING_DURATION_OUT_OF_RANGE', 'details', jsonb_build_object(
      'minutes', v_minutes, 'minDurationMinutes', p_instrument.min_duration_minutes,
      'maxDurationMinutes', p_instrument.max_duration_minutes));
  END IF;
  v_opening := instrument_opening_refusal(p_instrument, p_starts_at, p_ends_at);
  IF v_opening IS NOT NULL THEN
    RETURN v_opening;
  END IF;
  IF p_instrument.price_unit = 'per_sample' AND p_sample_count IS NULL THEN
    RETURN jsonb_build_object('code', 'BOOKING_SAMPLES_REQUIRED', 'details',
      jsonb_build_object('instrumentId', p_instrument.id));
  END IF;
  SELECT coalesce(p.violation_limit, 3), coalesce(p.violation_window_months, 12) INTO v_limit, v_window_months
    FROM (SELECT 1) AS one LEFT JOIN instrument_owner_policies p ON p.provider_id = p_instrument.provider_id;
  SELECT count(*) INTO v_violations FROM instrument_violations
   WHERE user_id = p_booker_user_id AND occurred_at > p_now - make_interval(months => v_window_months);
  IF v_violations > v_limit THEN
    RETURN jsonb_build_object('code', 'BOOKER_BLACKLISTED', 'details', jsonb_build_object(
      'violations', v_violations, 'violationLimit', v_limit, 'windowMonths', v_window_months));
  END IF;
  IF p_instrument.monthly_quota_hours > 0 THEN
    v_month_start := date_trunc('month', p_starts_at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai';
    SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at) / 60), 0) INTO v_booked_minutes
      FROM instrument_bookings
     WHERE instrument_id = p_instrument.id AND booker_organisation_id = p_booker_organisation_id
       AND status IN ('requested', 'approved', 'checked_in', 'completed')
       AND starts_at >= v_month_start AND starts_at < v_month_start + interval '1 month';
    IF v_booked_minutes + v_minutes > p_instrument.monthly_quota_hours * 60 THEN
      RETURN jsonb_build_object('code', 'BOOKING_QUOTA_EXCEEDED', 'details', jsonb_build_object(
        'monthlyQuotaHours', p_instrument.monthly_quota_hours, 'bookedMinutes', v_booked_minutes,
        'requestedMinutes', v_minutes));
    END IF;
  END IF;
  -- the held slots the exclusion constraint instrument_bookings_no_overlap compares with
  IF EXISTS (SELECT 1 FROM instrument_bookings
              WHERE instrument_id = p_instrument.id AND status IN ('requested', 'approved', 'checked_in')
                AND held_during && tstzrange(p_starts_at,
                  p_ends_at + make_interval(mins => p_instrument.buffer_minutes), '[)')) THEN
    RETURN jsonb_build_object('code', 'BOOKING_SLOT_TAKEN', 'details', jsonb_build_object(
      'startsAt', p_starts_at, 'endsAt', p_ends_at, 'bufferMinutes', p_instrument.buffer_minutes));
  END IF;
  RETURN NULL;
END
$$;
