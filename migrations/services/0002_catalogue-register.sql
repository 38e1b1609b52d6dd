CREATE TABLE "catalogue"."channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"url" text,
	"phone" text,
	"phone_cost" jsonb,
	"email" text,
	"address" jsonb,
	"municipality" text,
	"municipality_key" text,
	"latitude" double precision,
	"longitude" double precision,
	"hours" jsonb,
	"authentication_level" text,
	"signature_required" boolean,
	"accessibility" jsonb,
	"is_client_service_centre" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channels_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "catalogue"."demo_seeds" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue"."service_channels" (
	"service_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"charge" jsonb,
	"note" jsonb,
	"hours" jsonb,
	"contacts" jsonb,
	CONSTRAINT "service_channels_pk" PRIMARY KEY("service_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "catalogue"."service_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"changed_fields" text[] NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue"."institutions" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "catalogue"."institutions" ADD COLUMN "contacts" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."institutions" ADD COLUMN "portfolio_manager" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "alternative_names" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "instructions" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "kind" text DEFAULT 'PUBLIC_INDIVIDUAL_BENEFIT' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "basis" text DEFAULT 'STATE_MANDATED' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "providers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "costs" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "processing_time_limit" text;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "requirements" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "evidence" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "outputs" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "legal_basis" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "authentication_level" text DEFAULT 'NONE' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "execution_type" text;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "is_key_service" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "importance" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "maturity_level" integer;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "lifecycle_phase" text DEFAULT 'MAINTENANCE' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "related_service_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "required_service_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "keywords" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "thematic_areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "redress" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "manager" jsonb;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "process_description" text;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "indicators" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "unit_cost" double precision;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "valid_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "valid_to" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "first_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_alt_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_keywords" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_plain" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_names), 'A') || setweight(to_tsvector('simple'::regconfig, search_alt_names), 'B') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'C') || setweight(to_tsvector('simple'::regconfig, search_body), 'D')) STORED;--> statement-breakpoint
ALTER TABLE "catalogue"."channels" ADD CONSTRAINT "channels_owner_id_institutions_id_fk" FOREIGN KEY ("owner_id") REFERENCES "catalogue"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue"."service_channels" ADD CONSTRAINT "service_channels_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "catalogue"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue"."service_channels" ADD CONSTRAINT "service_channels_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "catalogue"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue"."service_versions" ADD CONSTRAINT "service_versions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "catalogue"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channels_owner_idx" ON "catalogue"."channels" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "channels_type_municipality_idx" ON "catalogue"."channels" USING btree ("type","municipality_key");--> statement-breakpoint
CREATE INDEX "channels_earth_idx" ON "catalogue"."channels" USING gist (ll_to_earth("latitude", "longitude")) WHERE "catalogue"."channels"."latitude" is not null and "catalogue"."channels"."longitude" is not null;--> statement-breakpoint
CREATE INDEX "service_channels_channel_idx" ON "catalogue"."service_channels" USING btree ("channel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_versions_service_version_uq" ON "catalogue"."service_versions" USING btree ("service_id","version");--> statement-breakpoint
ALTER TABLE "catalogue"."institutions" ADD CONSTRAINT "institutions_parent_id_institutions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "catalogue"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "services_holder_source_uq" ON "catalogue"."services" USING btree ("holder_id","source_id");--> statement-breakpoint
CREATE INDEX "services_updated_idx" ON "catalogue"."services" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "services_search_vector_idx" ON "catalogue"."services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "services_search_plain_trgm_idx" ON "catalogue"."services" USING gin ("search_plain" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_thematic_idx" ON "catalogue"."services" USING gin ("thematic_areas");