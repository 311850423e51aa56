-- An approved redemption's money, in one statement: the voucher's reservation becomes the scheme's payable and the
-- order is redeemed. The caller has locked the claim and checked the move (the redemption workflow): who decides, the
-- claim's state and its spot check; this holds what must hold in one statement, the ledger with the records it pays.
CREATE OR REPLACE FUNCTION voucher_redemption_pay(
  p_redemption_id text, p_transfer_id text, p_actor_user_id text
) RETURNS redemptions LANGUAGE plpgsql AS $$
DECLARE
  v_redemption redemptions%ROWTYPE;
  v_reservation_account_id text;
  v_payable_account_id text;
BEGIN
  SELECT * INTO v_redemption FROM redemptions WHERE id = p_redemption_id FOR UPDATE;
  IF NOT FOUND OR v_redemption.status <> 'submitted' THEN
    RAISE EXCEPTION 'redemption % is not a submitted claim', p_redemption_id;
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
  RETURN v_redemption;
END
$$;
