CREATE TABLE "cases"."breakdown_rollups" (
	"service_code" text NOT NULL,
	"period" text NOT NULL,
	"breakdown" text NOT NULL,
	"value" text NOT NULL,
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
	"registrations" integer DEFAULT 0 NOT NULL,
	"registered_in_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "breakdown_rollups_pk" PRIMARY KEY("service_code","period","breakdown","value")
);
--> statement-breakpoint
-- Filled from the finer roll-ups: each of their rows adds to its month and its year, by region and by client kind.
INSERT INTO "cases"."breakdown_rollups"
SELECT "service_code", p."period", b."breakdown", b."value", sum("cases"), sum("event_only"), sum("submitted"), sum("registered"),
	sum("in_progress"), sum("awaiting_client"), sum("decided"), sum("completed"), sum("rejected"), sum("withdrawn"), sum("resolved"),
	sum("working_days"), sum("with_due_date"), sum("resolved_on_time"), sum("complaints"), sum("ratings"), sum("rating_sum"),
	sum("ratings_high"), sum("registrations"), sum("registered_in_time")
FROM "cases"."monthly_rollups",
	LATERAL (VALUES ("month"), (left("month", 4))) p("period"),
	LATERAL (VALUES ('REGION', "region"), ('CLIENT_KIND', "client_kind")) b("breakdown", "value")
GROUP BY 1, 2, 3, 4;
