-- A single order for another module's record (an instrument booking paid by voucher) with its audit record:
-- voucher_order_place_for() then voucher_order_audit_reserve().
CREATE OR REPLACE FUNCTION voucher_order_reserve_for(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_provider_id text, p_category text,
  p_product_id text, p_source_kind text, p_source_id text, p_quantity integer, p_unit_price_fen bigint,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_order voucher_orders%ROWTYPE;
BEGIN
  v_order := voucher_order_place_for(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_provider_id, p_category,
    p_product_id, p_source_kind, p_source_id, p_quantity, p_unit_price_fen, p_requested_share_fen, p_actor_user_id);
  PERFORM voucher_order_audit_reserve(v_order, p_transfer_id);
  RETURN v_order;
END
$$;
