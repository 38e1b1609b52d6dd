CREATE TABLE "catalogue"."service_providers" (
	"service_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"named_by" text NOT NULL,
	"named_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_providers_pk" PRIMARY KEY("service_id","institution_id")
);
--> statement-breakpoint
ALTER TABLE "catalogue"."service_providers" ADD CONSTRAINT "service_providers_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "catalogue"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue"."service_providers" ADD CONSTRAINT "service_providers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "catalogue"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_providers_institution_idx" ON "catalogue"."service_providers" USING btree ("institution_id");