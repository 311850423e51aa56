-- The redemption approval's checks (who decides, the claim's state, its spot check) moved to the redemption workflow
-- in TypeScript; its money moves in voucher_redemption_pay() (server/modules/vouchers/sql). The old function goes.
DROP FUNCTION IF EXISTS voucher_redemption_approve(text, text, text, text);
