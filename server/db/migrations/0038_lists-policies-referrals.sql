DROP INDEX "policies_issuer_idx";--> statement-breakpoint
DROP INDEX "policy_award_lists_issuer_idx";--> statement-breakpoint
CREATE INDEX "finance_referrals_equity_decided_idx" ON "finance_referrals" USING btree ("decided_at","id") WHERE "finance_referrals"."product_type" = 'equity_investment' AND "finance_referrals"."status" IN ('approved', 'drawn');--> statement-breakpoint
CREATE INDEX "finance_referrals_equity_amount_idx" ON "finance_referrals" USING btree ("approved_amount_fen","id") WHERE "finance_referrals"."product_type" = 'equity_investment' AND "finance_referrals"."status" IN ('approved', 'drawn');--> statement-breakpoint
CREATE INDEX "policies_published_idx" ON "policies" USING btree ("published_on","id");--> statement-breakpoint
CREATE INDEX "policies_issuer_published_idx" ON "policies" USING btree ("issuer_code","published_on","id");--> statement-breakpoint
CREATE INDEX "policies_code_idx" ON "policies" USING btree ("code","id");--> statement-breakpoint
CREATE INDEX "policy_award_lists_issuer_created_idx" ON "policy_award_lists" USING btree ("issuer_code","created_at","id");--> statement-breakpoint
CREATE INDEX "policy_award_lists_status_created_idx" ON "policy_award_lists" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "policy_award_lists_created_idx" ON "policy_award_lists" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "policies_issuer_idx" ON "policies" USING btree ("issuer_code","code","id");--> statement-breakpoint
CREATE INDEX "policy_award_lists_issuer_idx" ON "policy_award_lists" USING btree ("issuer_code","status","created_at","id");