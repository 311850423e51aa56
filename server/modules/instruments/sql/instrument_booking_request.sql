-- A single booking with its audit record, in one statement: instrument_booking_place() then
-- instrument_booking_audit_request().
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
