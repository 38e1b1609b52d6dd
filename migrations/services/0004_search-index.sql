CREATE TABLE "catalogue"."search_situations" (
	"code" text PRIMARY KEY NOT NULL,
	"holder_code" text NOT NULL,
	"title" jsonb NOT NULL,
	"phrases" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"service_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_names" text DEFAULT '' NOT NULL,
	"search_keywords" text DEFAULT '' NOT NULL,
	"search_plain" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_names), 'A') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'B')) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue"."service_demand" (
	"service_code" text PRIMARY KEY NOT NULL,
	"case_count" integer NOT NULL,
	"period" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue"."channels" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "search_situations_vector_idx" ON "catalogue"."search_situations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_situations_plain_trgm_idx" ON "catalogue"."search_situations" USING gin ("search_plain" gin_trgm_ops);