-- The booking's audit record, from the booking itself.
CREATE OR REPLACE FUNCTION instrument_booking_audit_request(p_booking instrument_bookings)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_append(p_booking.booker_user_id, 'instrument_booking.request', 'instrument_booking', p_booking.id,
    p_booking.city_code, jsonb_build_object('instrumentId', p_booking.instrument_id, 'startsAt', p_booking.starts_at,
      'endsAt', p_booking.ends_at, 'amountFen', p_booking.amount_fen, 'userClass', p_booking.user_class,
      'status', p_booking.status));
END
$$;
