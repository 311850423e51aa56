-- An id in the application's format (server/platform/ids.ts): prefix, 10 characters of millisecond time and 12
-- random characters of Crockford base32. Used where a statement creates a variable number of rows.
CREATE OR REPLACE FUNCTION platform_new_id(p_prefix text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_alphabet constant text := '0123456789abcdefghjkmnpqrstvwxyz';
  v_time_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
  v_encoded text := '';
BEGIN
  FOR position IN 1..10 LOOP
    v_encoded := substr(v_alphabet, (v_time_ms % 32)::integer + 1, 1) || v_encoded;
    v_time_ms := v_time_ms / 32;
  END LOOP;
  FOR position IN 1..12 LOOP
    v_encoded := v_encoded || substr(v_alphabet, floor(random() * 32)::integer + 1, 1);
  END LOOP;
  RETURN p_prefix || '_' || v_encoded;
END
$$;
