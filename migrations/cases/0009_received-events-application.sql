ALTER TABLE "cases"."received_events" ADD COLUMN "application_id" text;--> statement-breakpoint
CREATE INDEX "received_events_application_idx" ON "cases"."received_events" USING btree ("application_id","id");--> statement-breakpoint
-- Consent events received before the column: the application they name, as the consumer now records it.
UPDATE "cases"."received_events" SET "application_id" = "envelope"->'data'->>'recipientId' WHERE "type" LIKE 'lv.gov.psg.consent.%' AND "envelope"->'data'->>'recipientKind' = 'APPLICATION';
