-- Both PostgreSQL 15 and PGlite (which must list them when it is created) provide these.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
