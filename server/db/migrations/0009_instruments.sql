CREATE TABLE "instrument_bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"instrument_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"city_code" text NOT NULL,
	"booker_user_id" text NOT NULL,
	"booker_organisation_id" text NOT NULL,
	"booker_city_code" text NOT NULL,
	"user_class" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"held_during" "tstzrange" NOT NULL,
	"purpose" text NOT NULL,
	"sample_count" integer,
	"amount_fen" bigint NOT NULL,
	"voucher_order_id" text,
	"voucher_share_fen" bigint DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"recurrence_id" text,
	"decision_reason" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"used_minutes" integer,
	"completed_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_bookings_status_check" CHECK ("instrument_bookings"."status" IN ('requested', 'approved', 'rejected', 'cancelled', 'checked_in', 'completed', 'no_show')),
	CONSTRAINT "instrument_bookings_class_check" CHECK ("instrument_bookings"."user_class" IN ('internal', 'external')),
	CONSTRAINT "instrument_bookings_time_check" CHECK ("instrument_bookings"."ends_at" > "instrument_bookings"."starts_at"),
	CONSTRAINT "instrument_bookings_money_check" CHECK ("instrument_bookings"."amount_fen" >= 0 AND "instrument_bookings"."voucher_share_fen" >= 0 AND "instrument_bookings"."voucher_share_fen" <= "instrument_bookings"."amount_fen"
        AND ("instrument_bookings"."sample_count" IS NULL OR "instrument_bookings"."sample_count" >= 1)),
	CONSTRAINT "instrument_bookings_completion_check" CHECK (("instrument_bookings"."status" = 'completed') = ("instrument_bookings"."used_minutes" IS NOT NULL AND "instrument_bookings"."completed_at" IS NOT NULL)
        AND ("instrument_bookings"."rating" IS NULL OR ("instrument_bookings"."status" = 'completed' AND "instrument_bookings"."rating" BETWEEN 1 AND 5)))
);
--> statement-breakpoint
CREATE TABLE "instrument_grade_levels" (
	"grade" text PRIMARY KEY NOT NULL,
	"min_effective_hours" integer NOT NULL,
	"min_sharing_rate_percent" integer NOT NULL,
	"min_rating_tenths" integer NOT NULL,
	CONSTRAINT "instrument_grade_levels_grade_check" CHECK ("instrument_grade_levels"."grade" IN ('A', 'B', 'C', 'D')),
	CONSTRAINT "instrument_grade_levels_check" CHECK ("instrument_grade_levels"."min_effective_hours" >= 0 AND "instrument_grade_levels"."min_sharing_rate_percent" BETWEEN 0 AND 100
        AND "instrument_grade_levels"."min_rating_tenths" BETWEEN 0 AND 50)
);
--> statement-breakpoint
CREATE TABLE "instrument_owner_policies" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"violation_limit" integer NOT NULL,
	"violation_window_months" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_owner_policies_check" CHECK ("instrument_owner_policies"."violation_limit" BETWEEN 0 AND 100 AND "instrument_owner_policies"."violation_window_months" BETWEEN 1 AND 60)
);
--> statement-breakpoint
CREATE TABLE "instrument_violations" (
	"id" text PRIMARY KEY NOT NULL,
	"booking_id" text NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"instrument_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "instrument_violations_kind_check" CHECK ("instrument_violations"."kind" IN ('no_show', 'overbooked'))
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"city_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"model" text NOT NULL,
	"maker" text NOT NULL,
	"category" text NOT NULL,
	"original_value_fen" bigint NOT NULL,
	"location_zh" text NOT NULL,
	"specifications_zh" text NOT NULL,
	"specifications_en" text NOT NULL,
	"services_zh" text NOT NULL,
	"price_unit" text NOT NULL,
	"internal_price_fen" bigint NOT NULL,
	"external_price_fen" bigint NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"lead_time_hours" integer NOT NULL,
	"min_duration_minutes" integer NOT NULL,
	"max_duration_minutes" integer NOT NULL,
	"buffer_minutes" integer NOT NULL,
	"requires_approval" boolean NOT NULL,
	"cancellation_notice_hours" integer NOT NULL,
	"monthly_quota_hours" integer NOT NULL,
	"search_text" text NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instruments_category_check" CHECK ("instruments"."category" IN ('analytical', 'physical_property', 'metrology', 'electronic_measurement', 'medical_research', 'special_testing', 'process_testing', 'laser', 'computing', 'other')),
	CONSTRAINT "instruments_status_check" CHECK ("instruments"."status" IN ('available', 'maintenance', 'retired')),
	CONSTRAINT "instruments_price_unit_check" CHECK ("instruments"."price_unit" IN ('per_hour', 'per_sample')),
	CONSTRAINT "instruments_money_check" CHECK ("instruments"."original_value_fen" >= 30000000 AND "instruments"."internal_price_fen" > 0
        AND "instruments"."external_price_fen" >= "instruments"."internal_price_fen"),
	CONSTRAINT "instruments_rules_check" CHECK ("instruments"."lead_time_hours" BETWEEN 0 AND 2160 AND "instruments"."min_duration_minutes" >= 15
        AND "instruments"."max_duration_minutes" BETWEEN "instruments"."min_duration_minutes" AND 20160
        AND "instruments"."buffer_minutes" BETWEEN 0 AND 1440 AND "instruments"."cancellation_notice_hours" BETWEEN 0 AND 720
        AND "instruments"."monthly_quota_hours" BETWEEN 0 AND 744)
);
--> statement-breakpoint
ALTER TABLE "instrument_bookings" ADD CONSTRAINT "instrument_bookings_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_bookings" ADD CONSTRAINT "instrument_bookings_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_bookings" ADD CONSTRAINT "instrument_bookings_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_bookings" ADD CONSTRAINT "instrument_bookings_booker_city_code_cities_code_fk" FOREIGN KEY ("booker_city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_owner_policies" ADD CONSTRAINT "instrument_owner_policies_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_violations" ADD CONSTRAINT "instrument_violations_booking_id_instrument_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."instrument_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_violations" ADD CONSTRAINT "instrument_violations_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_violations" ADD CONSTRAINT "instrument_violations_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_city_code_cities_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."cities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instrument_bookings_instrument_idx" ON "instrument_bookings" USING btree ("instrument_id","starts_at");--> statement-breakpoint
CREATE INDEX "instrument_bookings_booker_idx" ON "instrument_bookings" USING btree ("booker_user_id","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_organisation_idx" ON "instrument_bookings" USING btree ("booker_organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "instrument_bookings_provider_idx" ON "instrument_bookings" USING btree ("provider_id","status","id");--> statement-breakpoint
CREATE INDEX "instrument_bookings_due_idx" ON "instrument_bookings" USING btree ("starts_at") WHERE "instrument_bookings"."status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_violations_booking_idx" ON "instrument_violations" USING btree ("booking_id","kind");--> statement-breakpoint
CREATE INDEX "instrument_violations_user_idx" ON "instrument_violations" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "instruments_city_idx" ON "instruments" USING btree ("city_code","category","id");--> statement-breakpoint
CREATE INDEX "instruments_provider_idx" ON "instruments" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "instruments_search_idx" ON "instruments" USING gin ("search_text" gin_trgm_ops);