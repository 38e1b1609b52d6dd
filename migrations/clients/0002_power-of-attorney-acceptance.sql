ALTER TABLE "clients"."representations" DROP CONSTRAINT "representations_representative_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "clients"."representations" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
-- Powers of attorney granted before acceptance existed were in force: they count as accepted when granted.
UPDATE "clients"."representations" SET "accepted_at" = "created_at" WHERE "basis" = 'POWER_OF_ATTORNEY';
