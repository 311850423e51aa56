-- The audit chain: each record's hash covers its content and the previous record's hash.
CREATE OR REPLACE FUNCTION audit_hash(
  p_sequence bigint, p_previous_hash text, p_occurred_at timestamptz, p_actor_user_id text, p_action text,
  p_entity_type text, p_entity_id text, p_city_code text, p_details jsonb
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    p_sequence::text, p_previous_hash,
    to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(p_actor_user_id, ''), p_action, p_entity_type, p_entity_id, coalesce(p_city_code, ''),
    p_details::text), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
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
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
