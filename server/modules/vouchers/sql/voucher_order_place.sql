-- A product's order: the product must exist and be published; its provider, category and price are the order's.
CREATE OR REPLACE FUNCTION voucher_order_place(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_product service_products%ROWTYPE;
BEGIN
  SELECT * INTO v_product FROM service_products WHERE id = p_product_id;
  IF NOT FOUND THEN
    PERFORM app_refuse('PRODUCT_NOT_FOUND', jsonb_build_object('productId', p_product_id));
  END IF;
  IF v_product.status <> 'published' THEN
    PERFORM app_refuse('PRODUCT_WITHDRAWN', jsonb_build_object('productId', p_product_id));
  END IF;
  RETURN voucher_order_place_for(p_order_id, p_transfer_id, p_voucher_id, p_firm_id, v_product.provider_id,
    v_product.category, v_product.id, NULL, NULL, p_quantity, v_product.price_fen, p_requested_share_fen,
    p_actor_user_id);
END
$$;
