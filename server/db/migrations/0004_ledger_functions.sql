-- The voucher ledger's functions: balanced transfers between locked accounts, and the order reservation that
-- checks every rule, reserves the voucher share and writes the order and its audit record in one round trip.
-- Plain PL/pgSQL that PostgreSQL 15 and PGlite (PostgreSQL 18) both run.

-- A refusal a user can cause: SQLSTATE G6001, the stable error code as the message and JSON details as the
-- DETAIL. The application turns it into a coded 4xx; any other exception raised here is a bug (500).
CREATE OR REPLACE FUNCTION voucher_refuse(p_code text, p_details jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'G6001', MESSAGE = p_code, DETAIL = coalesce(p_details, '{}'::jsonb)::text;
END
$$;
--> statement-breakpoint
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
    WHEN 'reversal' THEN (p_from_kind, p_to_kind) IN (('budget', 'appropriation'), ('voucher', 'budget'),
      ('payable', 'reservation'), ('paid', 'payable'), ('budget', 'voucher'))
    ELSE false
  END, false)
$$;
--> statement-breakpoint
-- Moves p_amount_fen from one account to another and records the transfer. Both accounts are locked in one
-- fixed order (by id), so concurrent transfers over overlapping accounts queue instead of deadlocking.
CREATE OR REPLACE FUNCTION ledger_transfer(
  p_transfer_id text, p_kind text, p_from_account_id text, p_to_account_id text, p_amount_fen bigint,
  p_reference text, p_actor_user_id text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_from_kind text;
  v_from_balance_fen bigint;
  v_to_kind text;
  v_to_balance_fen bigint;
BEGIN
  IF p_amount_fen IS NULL OR p_amount_fen <= 0 THEN
    PERFORM voucher_refuse('LEDGER_AMOUNT_INVALID', jsonb_build_object('amountFen', p_amount_fen));
  END IF;
  IF p_from_account_id = p_to_account_id THEN
    RAISE EXCEPTION 'a transfer needs two different accounts (% given twice)', p_from_account_id;
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
    PERFORM voucher_refuse('LEDGER_BALANCE_INSUFFICIENT', jsonb_build_object(
      'accountId', p_from_account_id, 'accountKind', v_from_kind, 'balanceFen', v_from_balance_fen,
      'amountFen', p_amount_fen));
  END IF;
  UPDATE ledger_accounts
     SET balance_fen = balance_fen + CASE WHEN id = p_to_account_id THEN p_amount_fen ELSE -p_amount_fen END
   WHERE id IN (p_from_account_id, p_to_account_id);
  INSERT INTO ledger_transfers (id, kind, from_account_id, to_account_id, amount_fen, reference, actor_user_id)
  VALUES (p_transfer_id, p_kind, p_from_account_id, p_to_account_id, p_amount_fen, p_reference, p_actor_user_id);
END
$$;
--> statement-breakpoint
-- Transfers are never changed or removed: a mistake is corrected by a reversal, so the history stays whole.
CREATE OR REPLACE FUNCTION ledger_transfers_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_transfers is append-only: correct a transfer with a reversal';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_transfers_append_only BEFORE UPDATE OR DELETE ON ledger_transfers
  FOR EACH ROW EXECUTE FUNCTION ledger_transfers_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transfers_no_truncate BEFORE TRUNCATE ON ledger_transfers
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_transfers_refuse_change();
--> statement-breakpoint
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
--> statement-breakpoint
-- The order hot path, one statement: checks the holder, expiry, product, provider admission, recognition and
-- category; locks the voucher's two accounts in id order; splits the order; inserts it; reserves the voucher
-- share; and appends the audit record. Any refusal raises G6001 and the statement changes nothing.
CREATE OR REPLACE FUNCTION voucher_order_reserve(
  p_order_id text, p_transfer_id text, p_voucher_id text, p_firm_id text, p_product_id text, p_quantity integer,
  p_requested_share_fen bigint, p_actor_user_id text
) RETURNS voucher_orders LANGUAGE plpgsql AS $$
DECLARE
  v_voucher vouchers%ROWTYPE;
  v_scheme voucher_schemes%ROWTYPE;
  v_product service_products%ROWTYPE;
  v_admission_status text;
  v_available_fen bigint;
  v_amount_fen bigint;
  v_share_fen bigint;
  v_refusal text;
  v_order voucher_orders%ROWTYPE;
BEGIN
  IF p_quantity IS NULL OR p_quantity < 1 THEN
    PERFORM voucher_refuse('ORDER_QUANTITY_INVALID', jsonb_build_object('quantity', p_quantity));
  END IF;
  SELECT * INTO v_voucher FROM vouchers WHERE id = p_voucher_id;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('VOUCHER_NOT_FOUND', jsonb_build_object('voucherId', p_voucher_id));
  END IF;
  -- Vouchers are real-name and not transferable: only the holder spends one.
  IF v_voucher.firm_id IS DISTINCT FROM p_firm_id THEN
    PERFORM voucher_refuse('FORBIDDEN', jsonb_build_object('reason', 'not_the_voucher_holder'));
  END IF;
  IF v_voucher.status <> 'active' OR v_voucher.expires_at <= now() THEN
    PERFORM voucher_refuse('VOUCHER_EXPIRED', jsonb_build_object(
      'voucherId', p_voucher_id, 'expiresAt', v_voucher.expires_at, 'status', v_voucher.status));
  END IF;
  SELECT * INTO v_product FROM service_products WHERE id = p_product_id;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('PRODUCT_NOT_FOUND', jsonb_build_object('productId', p_product_id));
  END IF;
  IF v_product.status <> 'published' THEN
    PERFORM voucher_refuse('PRODUCT_WITHDRAWN', jsonb_build_object('productId', p_product_id));
  END IF;
  -- The registry's admission status, read in this same statement so that a suspension stops the next order.
  SELECT admission_status INTO v_admission_status FROM providers WHERE id = v_product.provider_id;
  IF v_admission_status = 'suspended' THEN
    PERFORM voucher_refuse('PROVIDER_SUSPENDED', jsonb_build_object('providerId', v_product.provider_id));
  ELSIF v_admission_status IS DISTINCT FROM 'active' THEN
    PERFORM voucher_refuse('PROVIDER_NOT_ADMITTED', jsonb_build_object(
      'providerId', v_product.provider_id, 'admissionStatus', v_admission_status));
  END IF;
  SELECT * INTO v_scheme FROM voucher_schemes WHERE id = v_voucher.scheme_id;
  IF NOT (v_product.provider_city_code = ANY (v_scheme.recognised_city_codes)) THEN
    PERFORM voucher_refuse('PROVIDER_NOT_RECOGNISED', jsonb_build_object(
      'providerCityCode', v_product.provider_city_code, 'recognisedCityCodes', v_scheme.recognised_city_codes));
  END IF;
  IF NOT (v_product.category = ANY (v_scheme.service_categories)) THEN
    PERFORM voucher_refuse('SERVICE_CATEGORY_NOT_ALLOWED', jsonb_build_object(
      'category', v_product.category, 'serviceCategories', v_scheme.service_categories));
  END IF;
  v_amount_fen := v_product.price_fen * p_quantity;
  PERFORM 1 FROM ledger_accounts WHERE id IN (v_voucher.account_id, v_voucher.reservation_account_id)
    ORDER BY id FOR UPDATE;
  SELECT balance_fen INTO v_available_fen FROM ledger_accounts WHERE id = v_voucher.account_id;
  SELECT split.share_fen, split.refusal INTO v_share_fen, v_refusal
    FROM voucher_order_split(v_amount_fen, v_scheme.voucher_share_max_percent, v_scheme.full_coverage_below_fen,
                             v_available_fen, p_requested_share_fen) AS split;
  IF v_refusal IS NOT NULL THEN
    PERFORM voucher_refuse(v_refusal, jsonb_build_object(
      'amountFen', v_amount_fen, 'availableFen', v_available_fen, 'requestedShareFen', p_requested_share_fen,
      'voucherShareMaxPercent', v_scheme.voucher_share_max_percent,
      'fullCoverageBelowFen', v_scheme.full_coverage_below_fen));
  END IF;
  INSERT INTO voucher_orders (id, voucher_id, scheme_id, firm_id, issuer_city_code, product_id, provider_id,
                              provider_city_code, category, quantity, unit_price_fen, amount_fen, voucher_share_fen,
                              firm_copay_fen, settlement_model, status, placed_by_user_id)
  VALUES (p_order_id, v_voucher.id, v_voucher.scheme_id, v_voucher.firm_id, v_voucher.city_code, v_product.id,
          v_product.provider_id, v_product.provider_city_code, v_product.category, p_quantity, v_product.price_fen,
          v_amount_fen, v_share_fen, v_amount_fen - v_share_fen, v_scheme.settlement_model, 'reserved',
          p_actor_user_id)
  RETURNING * INTO v_order;
  PERFORM ledger_transfer(p_transfer_id, 'reserve', v_voucher.account_id, v_voucher.reservation_account_id,
                          v_share_fen, p_order_id, p_actor_user_id);
  PERFORM audit_append(p_actor_user_id, 'voucher_order.reserve', 'voucher_order', p_order_id, v_voucher.city_code,
    jsonb_build_object('voucherId', v_voucher.id, 'productId', v_product.id, 'quantity', p_quantity,
                       'amountFen', v_amount_fen, 'voucherShareFen', v_share_fen,
                       'firmCopayFen', v_amount_fen - v_share_fen, 'transferId', p_transfer_id));
  RETURN v_order;
END
$$;
