CREATE SCHEMA "catalogue";
--> statement-breakpoint
CREATE TABLE "catalogue"."institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"registration_number" text,
	"name" jsonb NOT NULL,
	"type" text NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institutions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "catalogue"."services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"audiences" text[] NOT NULL,
	"processing_time" text,
	"processing_working_days" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD CONSTRAINT "services_holder_id_institutions_id_fk" FOREIGN KEY ("holder_id") REFERENCES "catalogue"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_holder_idx" ON "catalogue"."services" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "services_status_code_idx" ON "catalogue"."services" USING btree ("status","code");