CREATE TABLE "life_situations"."life_event_reporters" (
	"event_type" text NOT NULL,
	"institution_code" text NOT NULL,
	CONSTRAINT "life_event_reporters_pk" PRIMARY KEY("event_type","institution_code")
);
--> statement-breakpoint
CREATE TABLE "life_situations"."life_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"client_kind" text NOT NULL,
	"type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"reported_by" text NOT NULL,
	"reference" text NOT NULL,
	"related_client_id" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "life_events_reporter_reference_uq" UNIQUE("reported_by","reference")
);
--> statement-breakpoint
CREATE TABLE "life_situations"."related_situations" (
	"life_situation_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "related_situations_pk" PRIMARY KEY("life_situation_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "life_situations"."situation_triggers" (
	"life_situation_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	CONSTRAINT "situation_triggers_pk" PRIMARY KEY("life_situation_id","event_type")
);
--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "offer_text" jsonb;--> statement-breakpoint
-- Situations stored before holders were recorded fall to VARAM, the ministry that coordinates service policy,
-- until their holder is set (the demo seed sets every demo situation's own).
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "holder_code" text DEFAULT 'VARAM' NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ALTER COLUMN "holder_code" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "eu_events" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "goals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."life_situations" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD COLUMN "condition_kind" text;--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD COLUMN "condition_years" integer;--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD COLUMN "due_offset" text;--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD COLUMN "fulfilled_by_event" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "life_situations"."related_situations" ADD CONSTRAINT "related_situations_life_situation_id_life_situations_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "life_situations"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situations"."related_situations" ADD CONSTRAINT "related_situations_related_id_life_situations_id_fk" FOREIGN KEY ("related_id") REFERENCES "life_situations"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situations"."situation_triggers" ADD CONSTRAINT "situation_triggers_life_situation_id_life_situations_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "life_situations"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "life_events_client_idx" ON "life_situations"."life_events" USING btree ("client_id","occurred_on");--> statement-breakpoint
CREATE INDEX "situation_triggers_event_type_idx" ON "life_situations"."situation_triggers" USING btree ("event_type");--> statement-breakpoint
ALTER TABLE "life_situations"."steps" ADD CONSTRAINT "steps_condition_years_ck" CHECK (coalesce("life_situations"."steps"."condition_kind" in ('AGE_AT_LEAST', 'AGE_UNDER', 'HAS_CHILD_UNDER'), false) = ("life_situations"."steps"."condition_years" is not null));