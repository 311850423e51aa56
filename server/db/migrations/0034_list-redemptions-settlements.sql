DROP INDEX "redemptions_issuer_idx";--> statement-breakpoint
DROP INDEX "redemptions_provider_idx";--> statement-breakpoint
DROP INDEX "redemptions_firm_idx";--> statement-breakpoint
DROP INDEX "settlement_runs_city_idx";--> statement-breakpoint
CREATE INDEX "redemptions_status_created_idx" ON "redemptions" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "redemptions_invoice_prefix_idx" ON "redemptions" USING btree ("invoice_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "redemptions_contract_prefix_idx" ON "redemptions" USING btree (upper("contract_number") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "settlement_runs_period_idx" ON "settlement_runs" USING btree ("period_start","id");--> statement-breakpoint
CREATE INDEX "redemptions_issuer_idx" ON "redemptions" USING btree ("issuer_city_code","status","created_at","id");--> statement-breakpoint
CREATE INDEX "redemptions_provider_idx" ON "redemptions" USING btree ("provider_id","created_at","id");--> statement-breakpoint
CREATE INDEX "redemptions_firm_idx" ON "redemptions" USING btree ("firm_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "settlement_runs_city_idx" ON "settlement_runs" USING btree ("city_code","period_start","id");