CREATE TABLE "platform"."application_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"scopes" text[] DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "platform"."applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"contact" text NOT NULL,
	"redirect_uris" text[] DEFAULT '{}' NOT NULL,
	"developer" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "platform"."terms_acceptances" (
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_by" text NOT NULL,
	CONSTRAINT "terms_acceptances_pk" PRIMARY KEY("application_id","version")
);
--> statement-breakpoint
ALTER TABLE "platform"."field_usage" ADD COLUMN "application" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "platform"."field_usage" DROP CONSTRAINT "field_usage_pk";--> statement-breakpoint
ALTER TABLE "platform"."field_usage" ADD CONSTRAINT "field_usage_app_pk" PRIMARY KEY("coordinate","day","application");--> statement-breakpoint
ALTER TABLE "platform"."registry_supergraphs" ADD COLUMN "public_sdl" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "platform"."registry_supergraphs" ADD COLUMN "public_changes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "platform"."application_access_requests" ADD CONSTRAINT "application_access_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "platform"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform"."terms_acceptances" ADD CONSTRAINT "terms_acceptances_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "platform"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_access_requests_app_idx" ON "platform"."application_access_requests" USING btree ("application_id","requested_at");--> statement-breakpoint
CREATE INDEX "applications_developer_idx" ON "platform"."applications" USING btree ("developer","created_at");