CREATE TABLE "licence_issuers" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"dual_signed" boolean DEFAULT false NOT NULL,
	"next_status_index" integer DEFAULT 0 NOT NULL,
	"status_index_stride" integer DEFAULT 1 NOT NULL,
	"status_index_offset" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_issuers_status_index_check" CHECK ("licence_issuers"."status_index_stride" % 2 = 1 AND "licence_issuers"."status_index_stride" BETWEEN 1 AND 131071
        AND "licence_issuers"."status_index_offset" BETWEEN 0 AND 131071)
);
--> statement-breakpoint
CREATE TABLE "licence_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"issuer_code" text NOT NULL,
	"suite" text NOT NULL,
	"serial" integer NOT NULL,
	"public_key_hex" text NOT NULL,
	"sealed_private_key" text NOT NULL,
	"state" text NOT NULL,
	"retired_at" timestamp with time zone,
	"compromised_at" timestamp with time zone,
	"compromise_reason_zh" text,
	"compromise_reason_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_keys_state_check" CHECK ("licence_keys"."state" IN ('active', 'retired', 'compromised')),
	CONSTRAINT "licence_keys_suite_check" CHECK ("licence_keys"."suite" IN ('ed25519', 'sm2'))
);
--> statement-breakpoint
CREATE TABLE "licence_status_lists" (
	"issuer_code" text NOT NULL,
	"purpose" text NOT NULL,
	"bits" "bytea" NOT NULL,
	"published" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licence_status_lists_issuer_code_purpose_pk" PRIMARY KEY("issuer_code","purpose"),
	CONSTRAINT "licence_status_lists_purpose_check" CHECK ("licence_status_lists"."purpose" IN ('revocation', 'suspension'))
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" text PRIMARY KEY NOT NULL,
	"issuer_code" text NOT NULL,
	"case_id" text NOT NULL,
	"case_number" text NOT NULL,
	"item_code" text NOT NULL,
	"licence_type" text NOT NULL,
	"licence_name_zh" text NOT NULL,
	"licence_name_en" text NOT NULL,
	"firm_id" text NOT NULL,
	"credit_code" text NOT NULL,
	"holder_name_zh" text NOT NULL,
	"holder_name_en" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"status_index" integer NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"signed_with" text NOT NULL,
	"credential" jsonb NOT NULL,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licences_status_check" CHECK ("licences"."status" IN ('active', 'suspended', 'revoked'))
);
--> statement-breakpoint
ALTER TABLE "licence_keys" ADD CONSTRAINT "licence_keys_issuer_code_licence_issuers_code_fk" FOREIGN KEY ("issuer_code") REFERENCES "public"."licence_issuers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_status_lists" ADD CONSTRAINT "licence_status_lists_issuer_code_licence_issuers_code_fk" FOREIGN KEY ("issuer_code") REFERENCES "public"."licence_issuers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_issuer_code_licence_issuers_code_fk" FOREIGN KEY ("issuer_code") REFERENCES "public"."licence_issuers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "licence_keys_serial_idx" ON "licence_keys" USING btree ("issuer_code","suite","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "licence_keys_active_idx" ON "licence_keys" USING btree ("issuer_code","suite") WHERE "licence_keys"."state" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "licences_case_idx" ON "licences" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "licences_status_index_idx" ON "licences" USING btree ("issuer_code","status_index");--> statement-breakpoint
CREATE INDEX "licences_firm_idx" ON "licences" USING btree ("firm_id","id");--> statement-breakpoint
CREATE INDEX "licences_issuer_idx" ON "licences" USING btree ("issuer_code","id");