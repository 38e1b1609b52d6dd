CREATE SCHEMA "life_situations";
--> statement-breakpoint
CREATE TABLE "life_situations"."life_situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"audience" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "life_situations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "life_situations"."step_services" (
	"step_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "step_services_pk" PRIMARY KEY("step_id","service_code")
);
--> statement-breakpoint
CREATE TABLE "life_situations"."steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"life_situation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	CONSTRAINT "steps_situation_position_uq" UNIQUE("life_situation_id","position")
);
--> statement-breakpoint
ALTER TABLE "life_situations"."step_services" ADD CONSTRAINT "step_services_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "life_situations"."steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD CONSTRAINT "steps_life_situation_id_life_situations_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "life_situations"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "step_services_service_idx" ON "life_situations"."step_services" USING btree ("service_code");