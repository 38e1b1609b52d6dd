CREATE SCHEMA "cases";
--> statement-breakpoint
CREATE TABLE "cases"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_code" text NOT NULL,
	"reference" text NOT NULL,
	"service_code" text NOT NULL,
	"client_id" uuid NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cases_institution_reference_uq" UNIQUE("institution_code","reference")
);
--> statement-breakpoint
CREATE TABLE "cases"."status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."status_changes" ADD CONSTRAINT "status_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_client_submitted_idx" ON "cases"."cases" USING btree ("client_id","submitted_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "status_changes_case_at_idx" ON "cases"."status_changes" USING btree ("case_id","at");