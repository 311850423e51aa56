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
    PERFORM app_refuse('SETTLEMENT_PERIOD_INVALID', jsonb_build_object(
      'periodStart', p_period_start, 'periodEnd', p_period_end));
  END IF;
  IF p_period_end > v_today THEN
    PERFORM app_refuse('SETTLEMENT_PERIOD_NOT_ENDED', jsonb_build_object(
      'periodEnd', p_period_end, 'today', v_today));
  END IF;
  -- One run of a city at a time; runs of different cities touch different rows and go in parallel.
  PERFORM pg_advisory_xact_lock(60061, hashtext(p_city_code));
  IF EXISTS (SELECT 1 FROM settlement_runs WHERE city_code = p_city_code
              AND daterange(period_start, period_end, '[]') && daterange(p_period_start, p_period_end, '[]')) THEN
    PERFORM app_refuse('SETTLEMENT_PERIOD_OVERLAPS', jsonb_build_object(
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
    PERFORM app_refuse('SETTLEMENT_NOTHING_TO_SETTLE', jsonb_build_object(
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
        FROM redemptions r JOIN registry_provider_standing p ON p.id = r.provider_id
       WHERE r.settlement_run_id = p_run_id AND r.settlement_model = 'provider_paid'
       GROUP BY p.id, p.name_zh, p.credit_code, p.city_code
      UNION ALL
      SELECT 'firm', f.id, f.name_zh, f.credit_code, f.city_code, count(*)::integer, sum(r.amount_fen)::bigint
        FROM redemptions r JOIN registry_firm_facts f ON f.id = r.firm_id
       WHERE r.settlement_run_id = p_run_id AND r.settlement_model = 'firm_reimbursed'
       GROUP BY f.id, f.name_zh, f.credit_code, f.city_code
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
