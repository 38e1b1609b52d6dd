CREATE TABLE "cases"."reported_indicators" (
	"institution_code" text NOT NULL,
	"indicator" text NOT NULL,
	"subject" text NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reported_indicators_pk" PRIMARY KEY("institution_code","indicator","subject","period")
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "registered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."monthly_rollups" ADD COLUMN "registrations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."monthly_rollups" ADD COLUMN "registered_in_time" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "reported_indicators_subject_idx" ON "cases"."reported_indicators" USING btree ("indicator","subject","period");