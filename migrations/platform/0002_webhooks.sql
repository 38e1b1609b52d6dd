CREATE TABLE "platform"."webhook_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_status_code" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_once_uq" UNIQUE("subscription_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "platform"."webhook_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"envelope" jsonb NOT NULL,
	"institution_code" text,
	"client_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform"."webhook_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"types" text[] NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_code" text NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_valid_until" timestamp with time zone,
	"secret_rotated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"validated_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform"."webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "platform"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "platform"."webhook_deliveries" USING btree ("subscription_id","next_attempt_at") WHERE "status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_sub_idx" ON "platform"."webhook_deliveries" USING btree ("subscription_id","status","id");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_owner_idx" ON "platform"."webhook_subscriptions" USING btree ("owner_kind","owner_code","created_at");