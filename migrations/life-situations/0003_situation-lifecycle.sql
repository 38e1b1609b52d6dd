CREATE TABLE "life_situations"."situation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"life_situation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"changed_fields" text[] NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "situation_versions_situation_version_uq" UNIQUE("life_situation_id","version")
);
--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "keywords" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "status" text DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "first_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."situation_versions" ADD CONSTRAINT "situation_versions_life_situation_id_life_situations_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "life_situations"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Situations that existed before the lifecycle were public: they stay published.
UPDATE "life_situations"."life_situations" SET "status" = 'PUBLISHED', "first_published_at" = "created_at";
