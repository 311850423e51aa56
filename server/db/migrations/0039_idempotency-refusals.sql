ALTER TABLE "idempotency_keys" ADD COLUMN "refusal_code" text;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "refusal_details" text;--> statement-breakpoint
-- The statements that write their own Idempotency-Key answer refusals in new columns (server/**/sql files, which
-- re-create them after the migrations): a function's answer cannot change its shape in place.
DROP FUNCTION IF EXISTS idempotency_key_take(text, text, text, text, text, text);--> statement-breakpoint
DROP FUNCTION IF EXISTS voucher_order_reserve_once(text, text, text, text, text, text, text, text, text, text, integer, bigint, text);--> statement-breakpoint
DROP FUNCTION IF EXISTS instrument_booking_request_once(text, text, text, text, text, text, text, text, text, text, timestamptz, timestamptz, text, integer, text, timestamptz);
