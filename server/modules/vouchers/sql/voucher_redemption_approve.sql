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
    PERFORM app_refuse('REDEMPTION_NOT_FOUND', jsonb_build_object('redemptionId', p_redemption_id));
  END IF;
  IF p_actor_city_code IS NOT NULL AND p_actor_city_code <> v_redemption.issuer_city_code THEN
    PERFORM app_refuse('FORBIDDEN', jsonb_build_object('reason', 'not_the_issuing_city'));
  END IF;
  IF v_redemption.status <> 'submitted' THEN
    PERFORM app_refuse('REDEMPTION_TRANSITION_INVALID', jsonb_build_object(
      'from', v_redemption.status, 'to', 'approved'));
  END IF;
  IF v_redemption.spot_check_selected AND v_redemption.spot_check_result IS DISTINCT FROM 'passed' THEN
    PERFORM app_refuse('REDEMPTION_SPOT_CHECK_PENDING', jsonb_build_object('redemptionId', p_redemption_id));
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
