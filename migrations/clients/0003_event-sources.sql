CREATE TABLE "clients"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"envelope" jsonb NOT NULL,
	"institution_code" text,
	"client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_event_id_uq" UNIQUE("event_id")
);
--> statement-breakpoint
ALTER TABLE "clients"."consents" ADD COLUMN "expired_event_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "clients"."outbox" USING btree ("id") WHERE "sent_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_institution_idx" ON "clients"."outbox" USING btree ("institution_code","id");--> statement-breakpoint
CREATE INDEX "outbox_client_idx" ON "clients"."outbox" USING btree ("client_id","id");--> statement-breakpoint
-- Consents that had already expired when events began are not announced now.
UPDATE "clients"."consents" SET "expired_event_at" = now() WHERE "status" IN ('REQUESTED', 'GRANTED') AND "valid_until" <= now();
