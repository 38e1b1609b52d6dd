CREATE SCHEMA "clients";
--> statement-breakpoint
CREATE TABLE "clients"."clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"personal_code" text,
	"registration_number" text,
	"display_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_personal_code_unique" UNIQUE("personal_code"),
	CONSTRAINT "clients_registration_number_unique" UNIQUE("registration_number"),
	CONSTRAINT "clients_identifier_ck" CHECK (("clients"."clients"."kind" = 'PERSON' and "clients"."clients"."personal_code" is not null) or ("clients"."clients"."kind" = 'COMPANY' and "clients"."clients"."registration_number" is not null))
);
