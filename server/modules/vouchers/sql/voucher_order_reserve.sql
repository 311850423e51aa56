-- A single order of a published product with its audit record, in one statement (POST /api/voucher-orders alone):
-- voucher_order_place() then voucher_order_audit_reserve().
CREATE OR REPLACE FUNCTION voucher_order_reserve(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_order voucher_orders%ROWTYPE;
BEGIN
  v_order := voucher_order_place(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, p_product_id, p_quantity,
                                 p_requested_share_fen, p_actor_user_id);
  PERFORM voucher_order_audit_reserve(v_order, p_transfer_id);
  RETURN v_order;
END
$$;
