CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"is_provisional" boolean DEFAULT false NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"notification_id" text NOT NULL,
	"user_id" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_notification_id_user_id_pk" PRIMARY KEY("notification_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"audience_user_id" text,
	"audience_role" text,
	"audience_city_code" text,
	"audience_organisation_id" text,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"body_zh" text NOT NULL,
	"body_en" text NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" IN ('task', 'update')),
	CONSTRAINT "notifications_audience_check" CHECK ("notifications"."audience_user_id" IS NOT NULL OR "notifications"."audience_role" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "service_case_counters" (
	"city_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "service_case_counters_city_code_year_pk" PRIMARY KEY("city_code","year")
);
--> statement-breakpoint
CREATE TABLE "service_case_events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"details" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_case_events_kind_check" CHECK ("service_case_events"."kind" IN ('clock_started', 'clock_paused', 'clock_resumed', 'due_date_changed', 'due_soon_warned', 'escalated', 'materials_added', 'rated'))
);
--> statement-breakpoint
CREATE TABLE "service_case_files" (
	"material_id" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_case_materials" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"material_code" text NOT NULL,
	"source" text NOT NULL,
	"reference_id" text,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"sha256" text,
	"added_by_user_id" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_case_materials_source_check" CHECK ("service_case_materials"."source" IN ('upload', 'registry', 'licence')),
	CONSTRAINT "service_case_materials_file_check" CHECK (("service_case_materials"."source" = 'upload') = ("service_case_materials"."sha256" IS NOT NULL AND "service_case_materials"."size_bytes" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "service_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"item_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"item_name_zh" text NOT NULL,
	"item_name_en" text NOT NULL,
	"promised_days" integer NOT NULL,
	"licence_type" text,
	"applicant_kind" text NOT NULL,
	"firm_id" text,
	"applicant_user_id" text NOT NULL,
	"applicant_name_zh" text NOT NULL,
	"applicant_name_en" text NOT NULL,
	"window_city_code" text NOT NULL,
	"competent_city_code" text NOT NULL,
	"department_code" text NOT NULL,
	"status" text NOT NULL,
	"purpose" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decision" text,
	"reason" text,
	"conditions" text,
	"clock_state" text NOT NULL,
	"clock_anchor_on" date,
	"clock_working_days" integer,
	"due_on" date,
	"paused_on" date,
	"warned_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"rating" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_cases_number_unique" UNIQUE("number"),
	CONSTRAINT "service_cases_status_check" CHECK ("service_cases"."status" IN ('submitted', 'intake_incomplete', 'in_review', 'review_paused', 'approved', 'refused', 'not_accepted', 'withdrawn')),
	CONSTRAINT "service_cases_clock_state_check" CHECK ("service_cases"."clock_state" IN ('not_started', 'running', 'paused', 'stopped')),
	CONSTRAINT "service_cases_applicant_kind_check" CHECK ("service_cases"."applicant_kind" IN ('firm', 'professional')),
	CONSTRAINT "service_cases_firm_check" CHECK (("service_cases"."applicant_kind" = 'firm') = ("service_cases"."firm_id" IS NOT NULL)),
	CONSTRAINT "service_cases_decision_check" CHECK ("service_cases"."decision" IS NULL OR "service_cases"."decision" IN ('approved', 'approved_with_conditions', 'refused')),
	CONSTRAINT "service_cases_clock_check" CHECK (("service_cases"."clock_state" = 'not_started') = ("service_cases"."due_on" IS NULL)
        AND ("service_cases"."clock_state" = 'paused') = ("service_cases"."paused_on" IS NOT NULL)),
	CONSTRAINT "service_cases_promised_days_check" CHECK ("service_cases"."promised_days" BETWEEN 1 AND 60),
	CONSTRAINT "service_cases_rating_check" CHECK ("service_cases"."rating" IS NULL OR "service_cases"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "service_departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_item_versions" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by_user_id" text,
	"change_note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_item_versions_code_version_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"code" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"category" text NOT NULL,
	"talent_area" text,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text NOT NULL,
	"description_en" text NOT NULL,
	"competent_city_code" text NOT NULL,
	"department_code" text NOT NULL,
	"mode" text NOT NULL,
	"statutory_days" integer NOT NULL,
	"promised_days" integer NOT NULL,
	"fee_fen" integer NOT NULL,
	"licence_type" text,
	"licence_name_zh" text,
	"licence_name_en" text,
	"licence_valid_years" integer,
	"materials" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_items_category_check" CHECK ("service_items"."category" IN ('enterprise', 'talent')),
	CONSTRAINT "service_items_mode_check" CHECK ("service_items"."mode" IN ('online', 'proxy', 'joint')),
	CONSTRAINT "service_items_talent_area_check" CHECK (("service_items"."category" = 'talent') = ("service_items"."talent_area" IS NOT NULL) AND ("service_items"."talent_area" IS NULL OR "service_items"."talent_area" IN ('healthcare', 'schooling', 'housing', 'transport', 'food', 'talent_card'))),
	CONSTRAINT "service_items_days_check" CHECK ("service_items"."promised_days" >= 1 AND "service_items"."promised_days" <= "service_items"."statutory_days" AND "service_items"."statutory_days" <= 60),
	CONSTRAINT "service_items_fee_check" CHECK ("service_items"."fee_fen" >= 0),
	CONSTRAINT "service_items_licence_check" CHECK (("service_items"."licence_type" IS NULL) = ("service_items"."licence_name_zh" IS NULL)
        AND ("service_items"."licence_type" IS NULL) = ("service_items"."licence_valid_years" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "service_materials" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kinds" text[] NOT NULL,
	"reuse" text
);
--> statement-breakpoint
CREATE TABLE "talent_cards" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"user_id" text NOT NULL,
	"case_id" text NOT NULL,
	"holder_name_zh" text NOT NULL,
	"holder_name_en" text NOT NULL,
	"city_code" text NOT NULL,
	"entitlements" text[] NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "talent_cards_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_counters" ADD CONSTRAINT "service_case_counters_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_events" ADD CONSTRAINT "service_case_events_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_files" ADD CONSTRAINT "service_case_files_material_id_service_case_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."service_case_materials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_materials" ADD CONSTRAINT "service_case_materials_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_window_city_code_cities_code_fk" FOREIGN KEY ("window_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_competent_city_code_cities_code_fk" FOREIGN KEY ("competent_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_item_code_item_version_service_item_versions_code_version_fk" FOREIGN KEY ("item_code","item_version") REFERENCES "public"."service_item_versions"("code","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_code_service_items_code_fk" FOREIGN KEY ("code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_competent_city_code_cities_code_fk" FOREIGN KEY ("competent_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_department_code_service_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."service_departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_cards" ADD CONSTRAINT "talent_cards_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_cards" ADD CONSTRAINT "talent_cards_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("audience_user_id","id");--> statement-breakpoint
CREATE INDEX "notifications_role_idx" ON "notifications" USING btree ("audience_role","audience_city_code","id");--> statement-breakpoint
CREATE INDEX "notifications_organisation_idx" ON "notifications" USING btree ("audience_organisation_id","id");--> statement-breakpoint
CREATE INDEX "notifications_open_task_idx" ON "notifications" USING btree ("entity_type","entity_id") WHERE "notifications"."kind" = 'task' AND "notifications"."resolved_at" IS NULL;--> statement-breakpoint
CREATE INDEX "service_case_events_case_idx" ON "service_case_events" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "service_case_materials_case_idx" ON "service_case_materials" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_cases_window_idx" ON "service_cases" USING btree ("window_city_code","status","id");--> statement-breakpoint
CREATE INDEX "service_cases_competent_idx" ON "service_cases" USING btree ("competent_city_code","status","due_on");--> statement-breakpoint
CREATE INDEX "service_cases_firm_idx" ON "service_cases" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "service_cases_applicant_idx" ON "service_cases" USING btree ("applicant_user_id","id");--> statement-breakpoint
CREATE INDEX "service_cases_running_idx" ON "service_cases" USING btree ("due_on") WHERE "service_cases"."clock_state" = 'running';--> statement-breakpoint
CREATE INDEX "service_items_city_idx" ON "service_items" USING btree ("competent_city_code");--> statement-breakpoint
CREATE INDEX "service_items_search_idx" ON "service_items" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "talent_cards_case_idx" ON "talent_cards" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "talent_cards_user_idx" ON "talent_cards" USING btree ("user_id");