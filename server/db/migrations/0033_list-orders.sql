DROP INDEX "voucher_claims_city_idx";--> statement-breakpoint
DROP INDEX "voucher_claims_firm_idx";--> statement-breakpoint
DROP INDEX "voucher_orders_firm_idx";--> statement-breakpoint
DROP INDEX "voucher_orders_provider_idx";--> statement-breakpoint
DROP INDEX "voucher_orders_issuer_idx";--> statement-breakpoint
DROP INDEX "vouchers_firm_idx";--> statement-breakpoint
DROP INDEX "vouchers_city_idx";--> statement-breakpoint
CREATE INDEX "voucher_claims_status_created_idx" ON "voucher_claims" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "voucher_claims_created_idx" ON "voucher_claims" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "vouchers_issued_idx" ON "vouchers" USING btree ("issued_at","id");--> statement-breakpoint
CREATE INDEX "vouchers_number_prefix_idx" ON "vouchers" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "voucher_claims_city_idx" ON "voucher_claims" USING btree ("city_code","created_at","id");--> statement-breakpoint
CREATE INDEX "voucher_claims_firm_idx" ON "voucher_claims" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "voucher_orders_firm_idx" ON "voucher_orders" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "voucher_orders_provider_idx" ON "voucher_orders" USING btree ("provider_id","created_at","id");--> statement-breakpoint
CREATE INDEX "voucher_orders_issuer_idx" ON "voucher_orders" USING btree ("issuer_city_code","created_at","id");--> statement-breakpoint
CREATE INDEX "vouchers_firm_idx" ON "vouchers" USING btree ("firm_id","issued_at","id");--> statement-breakpoint
CREATE INDEX "vouchers_city_idx" ON "vouchers" USING btree ("city_code","issued_at","id");