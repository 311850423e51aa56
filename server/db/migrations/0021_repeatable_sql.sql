CREATE TABLE "repeatable_sql" (
	"name" text PRIMARY KEY NOT NULL,
	"folder" text NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- From here on every SQL function lives in one file (server/platform/sql, server/modules/<module>/sql), applied after
-- these migrations as a repeatable migration (server/db/repeatables.ts). app_refuse() is the one refusal function:
-- the voucher functions' own copy of it goes.
DROP FUNCTION IF EXISTS voucher_refuse(text, jsonb);
