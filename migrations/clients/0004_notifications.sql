CREATE TABLE "clients"."notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"subject" text NOT NULL,
	"topic" text NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"hold_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"failure" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_client_channel_uq" ON "clients"."notifications" USING btree ("event_id","client_id","channel");--> statement-breakpoint
CREATE INDEX "notifications_client_created_idx" ON "clients"."notifications" USING btree ("client_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_held_idx" ON "clients"."notifications" USING btree ("hold_until") WHERE "status" = 'HELD';