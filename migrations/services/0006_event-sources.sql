CREATE TABLE "catalogue"."outbox" (
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
CREATE INDEX "outbox_unsent_idx" ON "catalogue"."outbox" USING btree ("id") WHERE "sent_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_institution_idx" ON "catalogue"."outbox" USING btree ("institution_code","id");--> statement-breakpoint
CREATE INDEX "outbox_client_idx" ON "catalogue"."outbox" USING btree ("client_id","id");