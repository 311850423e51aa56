CREATE TABLE "firm_product_suggestions" (
	"firm_id" text NOT NULL,
	"rank" integer NOT NULL,
	"product_id" text NOT NULL,
	"fit_tenths" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "firm_product_suggestions_firm_id_rank_pk" PRIMARY KEY("firm_id","rank"),
	CONSTRAINT "firm_product_suggestions_rank_check" CHECK ("firm_product_suggestions"."rank" BETWEEN 1 AND 10)
);
--> statement-breakpoint
ALTER TABLE "firm_product_suggestions" ADD CONSTRAINT "firm_product_suggestions_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_product_suggestions" ADD CONSTRAINT "firm_product_suggestions_product_id_finance_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."finance_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "firm_product_suggestions_product_idx" ON "firm_product_suggestions" USING btree ("product_id");