CREATE TABLE "search_generations" (
	"table_name" text PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Firm search keeps a picture of the firms in memory (server/modules/registry/firm-search.index.ts). Every statement
-- that writes firms raises this counter in its own transaction, so a process sees with one small read whether its
-- picture misses another process's committed write. Firms are written rarely; the counter row is a lock only
-- between two concurrent firm writes.
INSERT INTO "search_generations" ("table_name", "generation") VALUES ('firms', 0);--> statement-breakpoint
CREATE FUNCTION firms_generation_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_generations SET generation = generation + 1 WHERE table_name = 'firms';
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER firms_generation_raise AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON firms
  FOR EACH STATEMENT EXECUTE FUNCTION firms_generation_raise();
