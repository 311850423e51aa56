-- The co-pay rule (splitOrder in rules.ts is the same rule; a test keeps them equal): the voucher covers at most
-- p_share_max_percent of the order, or all of it when the order is priced below p_full_coverage_below_fen; the
-- firm may ask for less; by default the voucher pays as much as the rule and its balance allow.
CREATE OR REPLACE FUNCTION voucher_order_split(
  p_amount_fen bigint, p_share_max_percent integer, p_full_coverage_below_fen bigint, p_available_fen bigint,
  p_requested_share_fen bigint
) RETURNS TABLE (share_fen bigint, refusal text) LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  v_share_max_fen bigint;
  v_share_fen bigint;
BEGIN
  v_share_max_fen := CASE WHEN p_amount_fen < p_full_coverage_below_fen THEN p_amount_fen
                          ELSE (p_amount_fen * p_share_max_percent) / 100 END;
  IF p_requested_share_fen IS NOT NULL AND p_requested_share_fen > v_share_max_fen THEN
    RETURN QUERY SELECT 0::bigint, 'VOUCHER_SHARE_OVER_LIMIT'::text;
    RETURN;
  END IF;
  v_share_fen := coalesce(p_requested_share_fen, least(v_share_max_fen, p_available_fen));
  IF p_available_fen <= 0 OR v_share_fen > p_available_fen THEN
    RETURN QUERY SELECT 0::bigint, 'VOUCHER_BALANCE_INSUFFICIENT'::text;
    RETURN;
  END IF;
  IF v_share_fen <= 0 THEN
    RETURN QUERY SELECT 0::bigint, 'VOUCHER_SHARE_ZERO'::text;
    RETURN;
  END IF;
  RETURN QUERY SELECT v_share_fen, NULL::text;
END
$$;
