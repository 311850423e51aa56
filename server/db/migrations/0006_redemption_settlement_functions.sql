-- Redemption approval, settlement runs and the expiry lapse: each one statement that locks what it changes in a
-- fixed order, moves the money through ledger_transfer() and appends its audit record in the same transaction.

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
--> statement-breakpoint
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
--> statement-breakpoint
-- The redemption approval hot path, one statement. p_actor_city_code is the officer's city (NULL for the corridor
-- office): only the issuing city decides. The claim row is locked first, so two officers approving at once take
-- turns and the second finds it no longer submitted: one payable, never two.
CREATE OR REPLACE FUNCTION voucher_redemption_approve(
  p_redemption_id text, p_transfer_id text, p_actor_user_id text, p_actor_city_code text
) RETURNS redemptions LANGUAGE plpgsql AS $$
DECLARE
  v_redemption redemptions%ROWTYPE;
  v_reservation_account_id text;
  v_payable_account_id text;
BEGIN
  SELECT * INTO v_redemption FROM redemptions WHERE id = p_redemption_id FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('REDEMPTION_NOT_FOUND', jsonb_build_object('redemptionId', p_redemption_id));
  END IF;
  IF p_actor_city_code IS NOT NULL AND p_actor_city_code <> v_redemption.issuer_city_code THEN
    PERFORM voucher_refuse('FORBIDDEN', jsonb_build_object('reason', 'not_the_issuing_city'));
  END IF;
  IF v_redemption.status <> 'submitted' THEN
    PERFORM voucher_refuse('REDEMPTION_TRANSITION_INVALID', jsonb_build_object(
      'from', v_redemption.status, 'to', 'approved'));
  END IF;
  IF v_redemption.spot_check_selected AND v_redemption.spot_check_result IS DISTINCT FROM 'passed' THEN
    PERFORM voucher_refuse('REDEMPTION_SPOT_CHECK_PENDING', jsonb_build_object('redemptionId', p_redemption_id));
  END IF;
  SELECT reservation_account_id INTO v_reservation_account_id FROM vouchers WHERE id = v_redemption.voucher_id;
  v_payable_account_id := ledger_account_ensure('payable', v_redemption.scheme_id, v_redemption.issuer_city_code);
  PERFORM ledger_transfer(p_transfer_id, 'redeem', v_reservation_account_id, v_payable_account_id,
                          v_redemption.amount_fen, p_redemption_id, p_actor_user_id);
  UPDATE redemptions
     SET status = 'approved', decided_by_user_id = p_actor_user_id, decided_at = now(),
         payable_transfer_id = p_transfer_id, updated_at = now()
   WHERE id = p_redemption_id
  RETURNING * INTO v_redemption;
  UPDATE voucher_orders SET status = 'redeemed', updated_at = now()
   WHERE id = v_redemption.order_id AND status = 'delivered';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'order % of redemption % is not delivered', v_redemption.order_id, p_redemption_id;
  END IF;
  PERFORM audit_append(p_actor_user_id, 'redemption.approve', 'redemption', p_redemption_id,
    v_redemption.issuer_city_code, jsonb_build_object(
      'orderId', v_redemption.order_id, 'amountFen', v_redemption.amount_fen, 'transferId', p_transfer_id));
  RETURN v_redemption;
END
$$;
--> statement-breakpoint
-- Settlement runs of one city never cover the same day twice.
ALTER TABLE settlement_runs ADD CONSTRAINT settlement_runs_no_overlap
  EXCLUDE USING gist (city_code WITH =, daterange(period_start, period_end, '[]') WITH &&);
--> statement-breakpoint
-- A settlement run, one statement: takes every approved, unsettled redemption of the city approved before the
-- period's end (or now, for a period ending today), pays each scheme's share from payable to paid, and writes one
-- payment line per payee. Redemptions approved by a transaction that commits after this statement's snapshot are
-- not taken: they stay unsettled and go to the next period's run.
CREATE OR REPLACE FUNCTION voucher_settlement_run(
  p_run_id text, p_city_code text, p_period_start date, p_period_end date, p_actor_user_id text
) RETURNS settlement_runs LANGUAGE plpgsql AS $$
DECLARE
  v_today date := (now() AT TIME ZONE 'Asia/Shanghai')::date;
  v_cutoff_at timestamptz;
  v_scheme record;
  v_run settlement_runs%ROWTYPE;
BEGIN
  IF p_period_start > p_period_end THEN
    PERFORM voucher_refuse('SETTLEMENT_PERIOD_INVALID', jsonb_build_object(
      'periodStart', p_period_start, 'periodEnd', p_period_end));
  END IF;
  IF p_period_end > v_today THEN
    PERFORM voucher_refuse('SETTLEMENT_PERIOD_NOT_ENDED', jsonb_build_object(
      'periodEnd', p_period_end, 'today', v_today));
  END IF;
  -- One run of a city at a time; runs of different cities touch different rows and go in parallel.
  PERFORM pg_advisory_xact_lock(60061, hashtext(p_city_code));
  IF EXISTS (SELECT 1 FROM settlement_runs WHERE city_code = p_city_code
              AND daterange(period_start, period_end, '[]') && daterange(p_period_start, p_period_end, '[]')) THEN
    PERFORM voucher_refuse('SETTLEMENT_PERIOD_OVERLAPS', jsonb_build_object(
      'periodStart', p_period_start, 'periodEnd', p_period_end));
  END IF;
  v_cutoff_at := least(((p_period_end + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'), now());
  INSERT INTO settlement_runs (id, city_code, period_start, period_end, cutoff_at, redemption_count, payment_count,
                               total_fen, created_by_user_id)
  VALUES (p_run_id, p_city_code, p_period_start, p_period_end, v_cutoff_at, 0, 0, 0, p_actor_user_id);
  UPDATE redemptions SET settlement_run_id = p_run_id, updated_at = now()
   WHERE issuer_city_code = p_city_code AND status = 'approved' AND settlement_run_id IS NULL
     AND decided_at < v_cutoff_at;
  IF NOT EXISTS (SELECT 1 FROM redemptions WHERE settlement_run_id = p_run_id) THEN
    PERFORM voucher_refuse('SETTLEMENT_NOTHING_TO_SETTLE', jsonb_build_object(
      'cityCode', p_city_code, 'periodStart', p_period_start, 'periodEnd', p_period_end));
  END IF;
  -- Schemes in id order, so that concurrent runs (of other cities) and approvals lock accounts the same way.
  FOR v_scheme IN
    SELECT scheme_id, sum(amount_fen)::bigint AS amount_fen FROM redemptions
     WHERE settlement_run_id = p_run_id GROUP BY scheme_id ORDER BY scheme_id
  LOOP
    PERFORM ledger_transfer(platform_new_id('ltrf'), 'pay',
      ledger_account_ensure('payable', v_scheme.scheme_id, p_city_code),
      ledger_account_ensure('paid', v_scheme.scheme_id, p_city_code),
      v_scheme.amount_fen, p_run_id, p_actor_user_id);
  END LOOP;
  INSERT INTO settlement_payments (id, settlement_run_id, payee_kind, payee_id, payee_name_zh, payee_credit_code,
                                   payee_city_code, redemption_count, amount_fen)
  SELECT platform_new_id('spay'), p_run_id, payee.kind, payee.id, payee.name_zh, payee.credit_code, payee.city_code,
         payee.redemption_count, payee.amount_fen
    FROM (
      SELECT 'provider' AS kind, p.id, p.name_zh, p.credit_code, p.city_code, count(*)::integer AS redemption_count,
             sum(r.amount_fen)::bigint AS amount_fen
        FROM redemptions r JOIN providers p ON p.id = r.provider_id
       WHERE r.settlement_run_id = p_run_id AND r.settlement_model = 'provider_paid'
       GROUP BY p.id
      UNION ALL
      SELECT 'firm', f.id, f.name_zh, f.credit_code, f.city_code, count(*)::integer, sum(r.amount_fen)::bigint
        FROM redemptions r JOIN firms f ON f.id = r.firm_id
       WHERE r.settlement_run_id = p_run_id AND r.settlement_model = 'firm_reimbursed'
       GROUP BY f.id
    ) AS payee;
  UPDATE settlement_runs SET
    redemption_count = (SELECT count(*) FROM redemptions WHERE settlement_run_id = p_run_id),
    payment_count = (SELECT count(*) FROM settlement_payments WHERE settlement_run_id = p_run_id),
    total_fen = (SELECT coalesce(sum(amount_fen), 0) FROM redemptions WHERE settlement_run_id = p_run_id)
   WHERE id = p_run_id
  RETURNING * INTO v_run;
  PERFORM audit_append(p_actor_user_id, 'settlement.run', 'settlement_run', p_run_id, p_city_code,
    jsonb_build_object('periodStart', p_period_start, 'periodEnd', p_period_end, 'cutoffAt', v_cutoff_at,
                       'redemptionCount', v_run.redemption_count, 'totalFen', v_run.total_fen));
  RETURN v_run;
END
$$;
--> statement-breakpoint
-- The expiry lapse, at most p_limit vouchers a call: the unreserved balance of each expired voucher goes back to
-- its scheme's budget and the voucher is marked lapsed. A lapsed voucher that gets money back later (an order on
-- it cancelled after expiry) is swept again by the next call. Vouchers another caller holds are skipped.
CREATE OR REPLACE FUNCTION voucher_lapse_expired(p_limit integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_voucher record;
  v_count integer := 0;
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
    PERFORM audit_append(NULL, 'voucher.lapse', 'voucher', v_voucher.id, v_voucher.city_code,
      jsonb_build_object('lapsedFen', v_voucher.balance_fen));
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;
