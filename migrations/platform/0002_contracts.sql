ALTER TABLE "platform"."field_usage" ADD COLUMN "application" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "platform"."field_usage" DROP CONSTRAINT "field_usage_pk";--> statement-breakpoint
ALTER TABLE "platform"."field_usage" ADD CONSTRAINT "field_usage_app_pk" PRIMARY KEY("coordinate","day","application");--> statement-breakpoint
ALTER TABLE "platform"."registry_supergraphs" ADD COLUMN "public_sdl" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "platform"."registry_supergraphs" ADD COLUMN "public_changes" jsonb DEFAULT '[]'::jsonb NOT NULL;
