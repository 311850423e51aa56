-- A scheme's payable or paid account, created on first use; the unique (kind, owner_id) index makes concurrent
-- first uses meet on one row.
CREATE OR REPLACE FUNCTION ledger_account_ensure(p_kind text, p_owner_id text, p_city_code text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_account_id text;
BEGIN
  SELECT id INTO v_account_id FROM ledger_accounts WHERE kind = p_kind AND owner_id = p_owner_id;
  IF FOUND THEN
    RETURN v_account_id;
  END IF;
  INSERT INTO ledger_accounts (id, kind, owner_id, city_code)
  VALUES (platform_new_id('lacc'), p_kind, p_owner_id, p_city_code)
  ON CONFLICT (kind, owner_id) DO NOTHING;
  SELECT id INTO v_account_id FROM ledger_accounts WHERE kind = p_kind AND owner_id = p_owner_id;
  RETURN v_account_id;
END
$$;
