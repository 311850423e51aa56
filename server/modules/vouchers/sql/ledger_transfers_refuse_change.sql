-- Transfers are never changed or removed: a mistake is corrected by a reversal, so the history stays whole.
CREATE OR REPLACE FUNCTION ledger_transfers_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_transfers is append-only: correct a transfer with a reversal';
END
$$;
