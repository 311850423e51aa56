-- Which account kinds each transfer kind moves money between (transferRoutes and reversalRoutes in
-- vouchers.reference.ts hold the same table; a test keeps them equal).
CREATE OR REPLACE FUNCTION ledger_transfer_route_allowed(p_kind text, p_from_kind text, p_to_kind text)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(CASE p_kind
    WHEN 'appropriation' THEN p_from_kind = 'appropriation' AND p_to_kind = 'budget'
    WHEN 'issue' THEN p_from_kind = 'budget' AND p_to_kind = 'voucher'
    WHEN 'reserve' THEN p_from_kind = 'voucher' AND p_to_kind = 'reservation'
    WHEN 'release' THEN p_from_kind = 'reservation' AND p_to_kind = 'voucher'
    WHEN 'redeem' THEN p_from_kind = 'reservation' AND p_to_kind = 'payable'
    WHEN 'pay' THEN p_from_kind = 'payable' AND p_to_kind = 'paid'
    WHEN 'lapse' THEN p_from_kind = 'voucher' AND p_to_kind = 'budget'
    WHEN 'policy_appropriation' THEN p_from_kind = 'appropriation' AND p_to_kind = 'policy_budget'
    WHEN 'award' THEN p_from_kind = 'policy_budget' AND p_to_kind = 'award'
    WHEN 'reversal' THEN (p_from_kind, p_to_kind) IN (('budget', 'appropriation'), ('voucher', 'budget'),
      ('payable', 'reservation'), ('paid', 'payable'), ('budget', 'voucher'))
    ELSE false
  END, false)
$$;
