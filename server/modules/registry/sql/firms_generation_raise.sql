CREATE OR REPLACE FUNCTION firms_generation_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_generations SET generation = generation + 1 WHERE table_name = 'firms';
  RETURN NULL;
END $$;
