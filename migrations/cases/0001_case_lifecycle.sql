CREATE TABLE "cases"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor" text NOT NULL,
	"client_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"case_id" uuid,
	"purpose" text
);
--> statement-breakpoint
CREATE TABLE "cases"."calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"working" boolean NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor" text NOT NULL,
	"status" text,
	"note" jsonb
);
--> statement-breakpoint
CREATE TABLE "cases"."idempotency_keys" (
	"owner" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("owner","key")
);
--> statement-breakpoint
-- Cases that exist already (demo data from before this migration) are taken as persons' cases, received as e-services.
ALTER TABLE "cases"."cases" ADD COLUMN "client_kind" text DEFAULT 'PERSON' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ALTER COLUMN "client_kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "representative_client_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "kind" text DEFAULT 'APPLICATION' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "application_channel" text DEFAULT 'E_SERVICE' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ALTER COLUMN "application_channel" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "delivery_channel" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "extended_status" jsonb;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "progress" smallint;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "processing_time" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "processing_working_days" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "decision" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "rating_comment" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "complaint_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_client_at_idx" ON "cases"."access_log" USING btree ("client_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_events_case_at_idx" ON "cases"."case_events" USING btree ("case_id","at","id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "cases"."idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_institution_submitted_idx" ON "cases"."cases" USING btree ("institution_code","submitted_at" DESC NULLS LAST,"id");--> statement-breakpoint
-- Covering: the statistics read only this index (index-only scan), not the scattered table rows. drizzle cannot declare
-- INCLUDE; tables.ts declares the key columns.
CREATE INDEX "cases_service_submitted_idx" ON "cases"."cases" USING btree ("service_code","submitted_at")
  INCLUDE ("status", "application_channel", "kind", "rating", "complaint_count", "resolved_at", "due_on");--> statement-breakpoint
-- The status history becomes the timeline: every recorded status change, by the institution of its case.
INSERT INTO "cases"."case_events" ("case_id", "type", "at", "actor_kind", "actor", "status")
SELECT s."case_id", 'STATUS_CHANGE', s."at", 'INSTITUTION', c."institution_code", s."status"
FROM "cases"."status_changes" s JOIN "cases"."cases" c ON c."id" = s."case_id"
ORDER BY s."id";--> statement-breakpoint
UPDATE "cases"."cases" c SET "resolved_at" = r."at"
FROM (SELECT "case_id", min("at") AS "at" FROM "cases"."status_changes" WHERE "status" IN ('DECIDED', 'COMPLETED', 'REJECTED') GROUP BY "case_id") r
WHERE r."case_id" = c."id";
