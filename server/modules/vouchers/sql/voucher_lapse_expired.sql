-- The expiry lapse: each expired voucher's unreserved balance goes back to its scheme's budget, at most p_limit
-- vouchers a call. It appends its audit records after all its transfers, as every batch does: rows first, the
-- chain last. Appending after each voucher held the audit chain's lock (taken by the first audit_append() of a
-- transaction, held until commit) while the lapse went on to lock the next voucher's accounts; a claim approval
-- holding that scheme's budget account and waiting for the chain then deadlocked with it.
CREATE OR REPLACE FUNCTION voucher_lapse_expired(p_limit integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_voucher record;
  v_lapsed_ids text[] := ARRAY[]::text[];
  v_city_codes text[] := ARRAY[]::text[];
  v_lapsed_fen bigint[] := ARRAY[]::bigint[];
  v_index integer;
BEGIN
  FOR v_voucher IN
    SELECT v.id, v.city_code, v.account_id, v.status, s.budget_account_id, a.balance_fen
      FROM vouchers v
      JOIN ledger_accounts a ON a.id = v.account_id
      JOIN voucher_schemes s ON s.id = v.scheme_id
     WHERE v.expires_at <= now() AND (v.status = 'active' OR a.balance_fen > 0)
     ORDER BY v.id
     LIMIT p_limit
       FOR UPDATE OF v SKIP LOCKED
  LOOP
    IF v_voucher.balance_fen > 0 THEN
      PERFORM ledger_transfer(platform_new_id('ltrf'), 'lapse', v_voucher.account_id, v_voucher.budget_account_id,
                              v_voucher.balance_fen, v_voucher.id, NULL);
    END IF;
    UPDATE vouchers SET status = 'lapsed', updated_at = now() WHERE id = v_voucher.id AND status = 'active';
    v_lapsed_ids := v_lapsed_ids || v_voucher.id;
    v_city_codes := v_city_codes || v_voucher.city_code;
    v_lapsed_fen := v_lapsed_fen || v_voucher.balance_fen;
  END LOOP;
  FOR v_index IN 1 .. coalesce(array_length(v_lapsed_ids, 1), 0) LOOP
    PERFORM audit_append(NULL, 'voucher.lapse', 'voucher', v_lapsed_ids[v_index], v_city_codes[v_index],
      jsonb_build_object('lapsedFen', v_lapsed_fen[v_index]));
  END LOOP;
  RETURN coalesce(array_length(v_lapsed_ids, 1), 0);
END
$$;
