CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name_zh" text NOT NULL,
	"display_name_en" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"city_code" text,
	"organisation_id" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" IN ('corridor_admin', 'city_officer', 'firm', 'provider', 'financier', 'workstation', 'professional'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"city_code" text,
	"details" jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"principal_key" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"state" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"response_content_type" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "idempotency_keys_principal_key_key_pk" PRIMARY KEY("principal_key","key"),
	CONSTRAINT "idempotency_keys_state_check" CHECK ("idempotency_keys"."state" IN ('pending', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_state_check" CHECK ("jobs"."state" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" IN ('holiday', 'workday'))
);
--> statement-breakpoint
CREATE TABLE "alliance_members" (
	"alliance_id" text NOT NULL,
	"member_id" text NOT NULL,
	"member_kind" text NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "alliance_members_alliance_id_member_id_pk" PRIMARY KEY("alliance_id","member_id"),
	CONSTRAINT "alliance_members_kind_check" CHECK ("alliance_members"."member_kind" IN ('park', 'firm'))
);
--> statement-breakpoint
CREATE TABLE "alliances" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"tier" text NOT NULL,
	"parent_id" text,
	"industry_code" text,
	"chair_park_id" text,
	"is_industrial" boolean DEFAULT true NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliances_tier_check" CHECK ("alliances"."tier" IN ('overall', 'key_industry', 'sub'))
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"province_zh" text NOT NULL,
	"province_en" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"role_zh" text NOT NULL,
	"role_en" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "firms" (
	"id" text PRIMARY KEY NOT NULL,
	"credit_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"city_code" text NOT NULL,
	"park_id" text,
	"industry_code" text NOT NULL,
	"size" text NOT NULL,
	"stage" text NOT NULL,
	"is_high_tech" boolean DEFAULT false NOT NULL,
	"high_tech_certified_on" date,
	"is_leading" boolean DEFAULT false NOT NULL,
	"is_tech_sme" boolean DEFAULT false NOT NULL,
	"founded_on" date NOT NULL,
	"research_spend_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_fen" bigint DEFAULT 0 NOT NULL,
	"staff_count" integer DEFAULT 0 NOT NULL,
	"figures_reported_on" date,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "firms_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "firms_size_check" CHECK ("firms"."size" IN ('micro', 'small', 'medium', 'large')),
	CONSTRAINT "firms_stage_check" CHECK ("firms"."stage" IN ('start_up', 'growth', 'mature')),
	CONSTRAINT "firms_figures_check" CHECK ("firms"."research_spend_fen" >= 0 AND "firms"."revenue_fen" >= 0 AND "firms"."staff_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"taxonomy" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industries_taxonomy_check" CHECK ("industries"."taxonomy" IN ('6+X', 'alliance_key'))
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"city_code" text NOT NULL,
	"is_alliance_member" boolean DEFAULT true NOT NULL,
	"joined_on" date NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institutions_kind_check" CHECK ("institutions"."kind" IN ('bank', 'broker', 'fund', 'insurer', 'accounting_firm', 'law_firm', 'guarantee_company', 'ip_agency', 'hr_firm', 'investment_firm'))
);
--> statement-breakpoint
CREATE TABLE "parks" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"city_code" text NOT NULL,
	"level" text NOT NULL,
	"is_founding_member" boolean DEFAULT true NOT NULL,
	"is_demonstration_park" boolean DEFAULT false NOT NULL,
	"main_industry_code" text,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parks_level_check" CHECK ("parks"."level" IN ('national', 'provincial', 'municipal'))
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"city_code" text NOT NULL,
	"credit_code" text NOT NULL,
	"admission_status" text NOT NULL,
	"admission_updated_on" date NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "providers_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "providers_kind_check" CHECK ("providers"."kind" IN ('lab', 'test_centre', 'university', 'research_institute')),
	CONSTRAINT "providers_admission_status_check" CHECK ("providers"."admission_status" IN ('self_evaluation', 'credit_check', 'public_notice', 'active', 'suspended', 'blacklisted'))
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_members" ADD CONSTRAINT "alliance_members_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_chair_park_id_parks_id_fk" FOREIGN KEY ("chair_park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firms" ADD CONSTRAINT "firms_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firms" ADD CONSTRAINT "firms_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firms" ADD CONSTRAINT "firms_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_main_industry_code_industries_code_fk" FOREIGN KEY ("main_industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures_username_idx" ON "login_failures" USING btree ("username","failed_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("state","run_at");--> statement-breakpoint
CREATE INDEX "jobs_lease_idx" ON "jobs" USING btree ("locked_until") WHERE "jobs"."state" = 'running';--> statement-breakpoint
CREATE INDEX "alliance_members_member_idx" ON "alliance_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "alliances_parent_idx" ON "alliances" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "firms_city_idx" ON "firms" USING btree ("city_code","id");--> statement-breakpoint
CREATE INDEX "firms_industry_idx" ON "firms" USING btree ("industry_code","id");--> statement-breakpoint
CREATE INDEX "firms_park_idx" ON "firms" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "firms_search_idx" ON "firms" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "institutions_city_idx" ON "institutions" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "institutions_search_idx" ON "institutions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "parks_city_idx" ON "parks" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "parks_search_idx" ON "parks" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "providers_city_idx" ON "providers" USING btree ("city_code");--> statement-breakpoint
CREATE INDEX "providers_search_idx" ON "providers" USING gin ("search_text" gin_trgm_ops);