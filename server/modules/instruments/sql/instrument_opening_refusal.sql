-- Why a booking of [p_starts_at, p_ends_at) is not wholly inside an instrument's opening hours, or NULL when it is.
-- Each Shanghai day the booking touches must hold its part of the booking in one opening period of that weekday
-- (stored periods are sorted and touching ones merged, so one period suffices; a day open until 24:00 and the next
-- open from 00:00 carry a booking across midnight), and an instrument closed on holidays refuses any day the
-- working calendar (calendar_days, the platform's) marks a public holiday. Make-up working days keep their own
-- weekday's hours. The booking's length is bounded by the duration rule checked before, so the days are few.
CREATE OR REPLACE FUNCTION instrument_opening_refusal(
  p_instrument instruments, p_starts_at timestamptz, p_ends_at timestamptz
) RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH bounds AS (
    SELECT (p_starts_at AT TIME ZONE 'Asia/Shanghai')::date AS first_day,
           ((p_ends_at - interval '1 microsecond') AT TIME ZONE 'Asia/Shanghai')::date AS last_day
  ), parts AS (
    SELECT day, extract(isodow FROM day)::integer AS weekday,
           extract(epoch FROM greatest(p_starts_at, day_start) - day_start) / 60 AS from_minute,
           extract(epoch FROM least(p_ends_at, day_start + interval '1 day') - day_start) / 60 AS to_minute
      FROM bounds, generate_series(0, bounds.last_day - bounds.first_day) AS k,
           LATERAL (SELECT bounds.first_day + k AS day) AS d,
           LATERAL (SELECT d.day::timestamp AT TIME ZONE 'Asia/Shanghai' AS day_start) AS s
  )
  SELECT jsonb_build_object('code', 'BOOKING_OUTSIDE_OPENING_HOURS', 'details', jsonb_build_object(
           'day', p.day, 'weekday', p.weekday, 'startsAt', p_starts_at, 'endsAt', p_ends_at,
           'holidayNameZh', holiday.name_zh, 'holidayNameEn', holiday.name_en))
    FROM parts p
    LEFT JOIN calendar_days holiday
      ON holiday.day = p.day AND holiday.kind = 'holiday' AND p_instrument.closed_on_holidays
   WHERE holiday.day IS NOT NULL
      OR NOT EXISTS (
           SELECT 1 FROM jsonb_array_elements(p_instrument.opening_hours -> (p.weekday - 1)) AS o(period)
            WHERE (o.period ->> 0)::integer <= p.from_minute AND (o.period ->> 1)::integer >= p.to_minute)
   ORDER BY p.day
   LIMIT 1
$$;
