CREATE TABLE "life_situations"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor" text NOT NULL,
	"client_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"purpose" text
);
--> statement-breakpoint
CREATE INDEX "access_log_client_at_idx" ON "life_situations"."access_log" USING btree ("client_id","at" DESC NULLS LAST);