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
