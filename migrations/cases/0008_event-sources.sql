CREATE TABLE "cases"."received_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"envelope" jsonb NOT NULL,
	"institution_code" text,
	"client_id" uuid,
	"public" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "received_events_event_id_uq" UNIQUE("event_id")
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "overdue_event_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "received_events_institution_idx" ON "cases"."received_events" USING btree ("institution_code","id");--> statement-breakpoint
CREATE INDEX "received_events_client_idx" ON "cases"."received_events" USING btree ("client_id","id");--> statement-breakpoint
CREATE INDEX "cases_overdue_due_idx" ON "cases"."cases" USING btree ("due_on") WHERE "overdue_event_at" is null and "resolved_at" is null;--> statement-breakpoint
-- Cases already past their due date when events began are not announced now (the scheduler sends news, not history).
UPDATE "cases"."cases" SET "overdue_event_at" = now() WHERE "due_on" < (now() AT TIME ZONE 'Europe/Riga')::date AND "resolved_at" IS NULL;
