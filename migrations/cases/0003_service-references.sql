CREATE TABLE "cases"."feed_positions" (
	"feed" text PRIMARY KEY NOT NULL,
	"last_change_at" timestamp with time zone,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."service_references" (
	"code" text PRIMARY KEY NOT NULL,
	"holder_code" text NOT NULL,
	"status" text NOT NULL,
	"provider_codes" text[] NOT NULL,
	"version" integer NOT NULL,
	"modified_at" timestamp with time zone NOT NULL
);
