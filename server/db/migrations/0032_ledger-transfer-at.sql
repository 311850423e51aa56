-- ledger_transfer() takes the moment of the act as an optional last parameter (its file, applied after the
-- migrations, defines the new form); the old seven-parameter form goes, so that a call without it is not ambiguous.
DROP FUNCTION IF EXISTS ledger_transfer(text, text, text, text, bigint, text, text);
