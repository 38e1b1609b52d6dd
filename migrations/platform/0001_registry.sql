CREATE TABLE "platform"."field_usage" (
	"coordinate" text NOT NULL,
	"day" date NOT NULL,
	"operations" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "field_usage_pk" PRIMARY KEY("coordinate","day")
);
--> statement-breakpoint
CREATE TABLE "platform"."registry_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subgraph" text NOT NULL,
	"publish" boolean NOT NULL,
	"outcome" text NOT NULL,
	"problems" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform"."registry_schema_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subgraph" text NOT NULL,
	"version" integer NOT NULL,
	"sdl" text NOT NULL,
	"routing_url" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "registry_schema_versions_subgraph_version" UNIQUE("subgraph","version")
);
--> statement-breakpoint
CREATE TABLE "platform"."registry_subgraphs" (
	"name" text PRIMARY KEY NOT NULL,
	"owner" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"current_version_id" uuid
);
--> statement-breakpoint
CREATE TABLE "platform"."registry_supergraphs" (
	"version" serial PRIMARY KEY NOT NULL,
	"sdl" text NOT NULL,
	"api_sdl" text NOT NULL,
	"subgraph_versions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform"."registry_schema_versions" ADD CONSTRAINT "registry_schema_versions_subgraph_registry_subgraphs_name_fk" FOREIGN KEY ("subgraph") REFERENCES "platform"."registry_subgraphs"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_usage_day_idx" ON "platform"."field_usage" USING btree ("day");--> statement-breakpoint
CREATE INDEX "registry_checks_subgraph_idx" ON "platform"."registry_checks" USING btree ("subgraph","checked_at");