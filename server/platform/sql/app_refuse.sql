-- A refusal a user can cause, from any module's function: SQLSTATE G6001, the stable code as the message and JSON
-- details as the DETAIL (the application answers it as that code's 4xx).
CREATE OR REPLACE FUNCTION app_refuse(p_code text, p_details jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'G6001', MESSAGE = p_code, DETAIL = coalesce(p_details, '{}'::jsonb)::text;
END
$$;
