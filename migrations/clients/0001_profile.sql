CREATE TABLE "clients"."access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor" text NOT NULL,
	"resource" text NOT NULL,
	"purpose" text
);
--> statement-breakpoint
CREATE TABLE "clients"."consent_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consent_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"operation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" text,
	"purpose" text NOT NULL,
	"scopes" text[] NOT NULL,
	"status" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"requested_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"verified_at" timestamp with time zone,
	"preferred_for" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."preferences" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"language" text DEFAULT 'lv' NOT NULL,
	"preferred_channel" text DEFAULT 'PORTAL' NOT NULL,
	"notifications" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."representations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"basis" text NOT NULL,
	"representative_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"scopes" text[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"granted_by" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clients"."clients" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "clients"."clients" ADD COLUMN "e_address_activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clients"."consent_uses" ADD CONSTRAINT "consent_uses_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "clients"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."consents" ADD CONSTRAINT "consents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."contacts" ADD CONSTRAINT "contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."preferences" ADD CONSTRAINT "preferences_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."representations" ADD CONSTRAINT "representations_representative_id_clients_id_fk" FOREIGN KEY ("representative_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."representations" ADD CONSTRAINT "representations_party_id_clients_id_fk" FOREIGN KEY ("party_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_client_at_idx" ON "clients"."access_log" USING btree ("client_id","at","id");--> statement-breakpoint
CREATE INDEX "consent_uses_consent_at_idx" ON "clients"."consent_uses" USING btree ("consent_id","at","id");--> statement-breakpoint
CREATE INDEX "consents_client_created_idx" ON "clients"."consents" USING btree ("client_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consents_client_recipient_idx" ON "clients"."consents" USING btree ("client_id","recipient_kind","recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_client_kind_value_uq" ON "clients"."contacts" USING btree ("client_id","kind","value");--> statement-breakpoint
CREATE INDEX "representations_representative_idx" ON "clients"."representations" USING btree ("representative_id","created_at","id");--> statement-breakpoint
CREATE INDEX "representations_party_idx" ON "clients"."representations" USING btree ("party_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "representations_register_uq" ON "clients"."representations" USING btree ("basis","representative_id","party_id") WHERE basis <> 'POWER_OF_ATTORNEY';