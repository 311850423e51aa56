-- An order copies its voucher's scheme, firm and issuing city, and its provider's city. Each copy had a foreign key
-- of its own, six checks on every order, none of which held the copies to the voucher or provider they came from.
-- Two keys now do both: (voucher, scheme, firm, issuing city) is a voucher's, and (provider, city) a provider's.
-- Their unique indexes come first, for the keys to reference.
CREATE UNIQUE INDEX "providers_identity_city_idx" ON "providers" USING btree ("id","city_code");
--> statement-breakpoint
CREATE UNIQUE INDEX "vouchers_order_identity_idx" ON "vouchers" USING btree ("id","scheme_id","firm_id","city_code");
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_voucher_id_vouchers_id_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_scheme_id_voucher_schemes_id_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_firm_id_firms_id_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_issuer_city_code_cities_code_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_provider_id_providers_id_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" DROP CONSTRAINT "voucher_orders_provider_city_code_cities_code_fk";
--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_voucher_fk" FOREIGN KEY ("voucher_id","scheme_id","firm_id","issuer_city_code") REFERENCES "public"."vouchers"("id","scheme_id","firm_id","city_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "voucher_orders" ADD CONSTRAINT "voucher_orders_provider_fk" FOREIGN KEY ("provider_id","provider_city_code") REFERENCES "public"."providers"("id","city_code") ON DELETE no action ON UPDATE no action;
