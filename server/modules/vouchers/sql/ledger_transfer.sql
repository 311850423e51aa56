-- Moves p_amount_fen from one account to another and records the transfer. Both accounts are locked in one
-- fixed order (by id), so concurrent transfers over overlapping accounts queue instead of deadlocking. A transfer is
-- stamped now(); p_at is for records of acts that already happened (the demo seeder replays a year of them), and can
-- never date a transfer later than the moment it is written (the seven-parameter form before it is dropped by a
-- migration, 0032, so that calls without p_at find this one alone).
CREATE OR REPLACE FUNCTION ledger_transfer(
  p_transfer_id text, p_kind text, p_from_account_id text, p_to_account_id text, p_amount_fen bigint,
  p_reference text, p_actor_user_id text, p_at timestamptz DEFAULT NULL
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_from_kind text;
  v_from_balance_fen bigint;
  v_to_kind text;
  v_to_balance_fen bigint;
BEGIN
  IF p_amount_fen IS NULL OR p_amount_fen <= 0 THEN
    PERFORM app_refuse('LEDGER_AMOUNT_INVALID', jsonb_build_object('amountFen', p_amount_fen));
  END IF;
  IF p_from_account_id = p_to_account_id THEN
    RAISE EXCEPTION 'a transfer needs two different accounts (% given twice)', p_from_account_id;
  END IF;
  IF p_at > now() THEN
    RAISE EXCEPTION 'a transfer cannot be dated %, after the moment it is written', p_at;
  END IF;
  PERFORM 1 FROM ledger_accounts WHERE id IN (p_from_account_id, p_to_account_id) ORDER BY id FOR UPDATE;
  SELECT kind, balance_fen INTO v_from_kind, v_from_balance_fen FROM ledger_accounts WHERE id = p_from_account_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'ledger account % does not exist', p_from_account_id;
  END IF;
  SELECT kind, balance_fen INTO v_to_kind, v_to_balance_fen FROM ledger_accounts WHERE id = p_to_account_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'ledger account % does not exist', p_to_account_id;
  END IF;
  IF NOT ledger_transfer_route_allowed(p_kind, v_from_kind, v_to_kind) THEN
    RAISE EXCEPTION 'a % transfer cannot move money from a % account to a % account', p_kind, v_from_kind, v_to_kind;
  END IF;
  -- Only the appropriation source may go below zero, and it may never be returned more than it gave.
  IF (v_from_kind <> 'appropriation' AND v_from_balance_fen < p_amount_fen)
     OR (v_to_kind = 'appropriation' AND v_to_balance_fen + p_amount_fen > 0) THEN
    PERFORM app_refuse('LEDGER_BALANCE_INSUFFICIENT', jsonb_build_object(
      'accountId', p_from_account_id, 'accountKind', v_from_kind, 'balanceFen', v_from_balance_fen,
      'amountFen', p_amount_fen));
  END IF;
  UPDATE ledger_accounts
     SET balance_fen = balance_fen + CASE WHEN id = p_to_account_id THEN p_amount_fen ELSE -p_amount_fen END
   WHERE id IN (p_from_account_id, p_to_account_id);
  INSERT INTO ledger_transfers (id, kind, from_account_id, to_account_id, amount_fen, reference, actor_user_id,
                                created_at)
  VALUES (p_transfer_id, p_kind, p_from_account_id, p_to_account_id, p_amount_fen, p_reference, p_actor_user_id,
          coalesce(p_at, now()));
END
$$;
