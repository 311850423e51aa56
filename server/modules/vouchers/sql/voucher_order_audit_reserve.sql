-- The order's audit record, from the placed order itself.
CREATE OR REPLACE FUNCTION voucher_order_audit_reserve(p_order voucher_orders, p_transfer_id text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_append(p_order.placed_by_user_id, 'voucher_order.reserve', 'voucher_order', p_order.id,
    p_order.issuer_city_code,
    jsonb_build_object('voucherId', p_order.voucher_id, 'productId', p_order.product_id,
                       'sourceKind', p_order.source_kind, 'sourceId', p_order.source_id,
                       'quantity', p_order.quantity, 'amountFen', p_order.amount_fen,
                       'voucherShareFen', p_order.voucher_share_fen, 'firmCopayFen', p_order.firm_copay_fen,
                       'transferId', p_transfer_id));
END
$$;
