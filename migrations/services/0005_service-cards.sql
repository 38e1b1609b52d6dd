ALTER TABLE "catalogue"."service_channels" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "no_requirements" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "rules" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "procedure_languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "payment_methods" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "identification_means" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue"."services" ADD COLUMN "pending_changes" jsonb;