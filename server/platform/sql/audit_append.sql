CREATE OR REPLACE FUNCTION audit_append(
  p_actor_user_id text, p_action text, p_entity_type text, p_entity_id text, p_city_code text, p_details jsonb
) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_previous_sequence bigint;
  v_previous_hash text;
  v_sequence bigint;
  v_occurred_at timestamptz := date_trunc('microseconds', clock_timestamp());
BEGIN
  -- One writer at a time extends the chain; the lock is held until the caller's transaction ends.
  PERFORM pg_advisory_xact_lock(60060);
  SELECT sequence, hash INTO v_previous_sequence, v_previous_hash FROM audit_log ORDER BY sequence DESC LIMIT 1;
  v_sequence := coalesce(v_previous_sequence, 0) + 1;
  v_previous_hash := coalesce(v_previous_hash, repeat('0', 64));
  INSERT INTO audit_log (sequence, occurred_at, actor_user_id, action, entity_type, entity_id, city_code, details,
                         previous_hash, hash)
  VALUES (v_sequence, v_occurred_at, p_actor_user_id, p_action, p_entity_type, p_entity_id, p_city_code, p_details,
          v_previous_hash,
          audit_hash(v_sequence, v_previous_hash, v_occurred_at, p_actor_user_id, p_action, p_entity_type,
                     p_entity_id, p_city_code, p_details));
  RETURN v_sequence;
END
$$;
