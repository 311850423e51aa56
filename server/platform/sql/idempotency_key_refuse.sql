-- Marks a key this statement took (idempotency_key_take() answered 'take') as refused, with the refusal's code and
-- JSON details as app_refuse() raised them; the record the key pointed at was never made.
CREATE OR REPLACE FUNCTION idempotency_key_refuse(
  p_principal_key text, p_key text, p_refusal_code text, p_refusal_details text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE idempotency_keys
     SET resource_id = NULL, response_status = NULL, refusal_code = p_refusal_code,
         refusal_details = p_refusal_details
   WHERE principal_key = p_principal_key AND key = p_key;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'idempotency key % of % was not taken by this statement', p_key, p_principal_key;
  END IF;
END
$$;
