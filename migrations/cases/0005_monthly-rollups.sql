CREATE TABLE "cases"."monthly_processing_days" (
	"month" text NOT NULL,
	"institution_code" text NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"region" text NOT NULL,
	"client_kind" text NOT NULL,
	"working_days" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "monthly_processing_days_pk" PRIMARY KEY("service_code","month","institution_code","channel","region","client_kind","working_days")
);
--> statement-breakpoint
CREATE TABLE "cases"."monthly_rollups" (
	"month" text NOT NULL,
	"institution_code" text NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"region" text NOT NULL,
	"client_kind" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	"event_only" integer DEFAULT 0 NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"awaiting_client" integer DEFAULT 0 NOT NULL,
	"decided" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"working_days" integer DEFAULT 0 NOT NULL,
	"with_due_date" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"complaints" integer DEFAULT 0 NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"ratings_high" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monthly_rollups_pk" PRIMARY KEY("service_code","month","institution_code","channel","region","client_kind")
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "resolved_working_days" integer;--> statement-breakpoint
CREATE INDEX "monthly_rollups_institution_month_idx" ON "cases"."monthly_rollups" USING btree ("institution_code","month");--> statement-breakpoint
CREATE INDEX "monthly_rollups_month_idx" ON "cases"."monthly_rollups" USING btree ("month");