ALTER TABLE "voucher_orders" ALTER COLUMN "product_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD COLUMN "source_kind" text;--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD COLUMN "source_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_orders_source_idx" ON "voucher_orders" USING btree ("source_kind","source_id") WHERE "voucher_orders"."source_id" IS NOT NULL AND "voucher_orders"."status" <> 'cancelled';--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_subject_check" CHECK (("voucher_orders"."product_id" IS NOT NULL AND "voucher_orders"."source_kind" IS NULL AND "voucher_orders"."source_id" IS NULL)
        OR ("voucher_orders"."product_id" IS NULL AND "voucher_orders"."source_kind" IN ('instrument_booking')
            AND "voucher_orders"."source_id" IS NOT NULL));