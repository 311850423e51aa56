-- A record's readable number, as people quote it: kind, year in Asia/Shanghai, a serial of at least six digits and
-- an ISO/IEC 7064 MOD 37,36 check character (SQ-2026-000123-K). The same scheme as voucher numbers
-- (checkCharacterOf in server/modules/vouchers/rules.ts); a test proves the two agree.
CREATE OR REPLACE FUNCTION platform_record_number(p_prefix text, p_at timestamptz, p_serial bigint)
RETURNS text LANGUAGE plpgsql STABLE STRICT AS $$
DECLARE
  v_alphabet constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  v_year text := extract(year FROM p_at AT TIME ZONE 'Asia/Shanghai')::integer::text;
  -- lpad cuts a longer text to its length: pad to six digits, never shorten
  v_serial text := lpad(p_serial::text, greatest(6, length(p_serial::text)), '0');
  v_body text;
  v_product integer := 36;
  v_sum integer;
  v_value integer;
BEGIN
  IF p_serial < 1 OR p_serial >= 1000000000 OR p_prefix !~ '^[A-Z]{2,5}$' THEN
    RAISE EXCEPTION 'bad record number parts: % %', p_prefix, p_serial;
  END IF;
  v_body := p_prefix || v_year || v_serial;
  FOR position IN 1..length(v_body) LOOP
    v_value := strpos(v_alphabet, substr(v_body, position, 1)) - 1;
    v_sum := (v_product + v_value) % 36;
    IF v_sum = 0 THEN v_sum := 36; END IF;
    v_product := (v_sum * 2) % 37;
  END LOOP;
  RETURN p_prefix || '-' || v_year || '-' || v_serial || '-' || substr(v_alphabet, (37 - v_product) % 36 + 1, 1);
END
$$;
