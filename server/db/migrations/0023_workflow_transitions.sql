CREATE TABLE "workflow_transitions" (
	"id" text PRIMARY KEY NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_user_id" text,
	"city_code" text,
	"due_on" date,
	"note" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "workflow_transitions_record_idx" ON "workflow_transitions" USING btree ("record_type","record_id","occurred_at");