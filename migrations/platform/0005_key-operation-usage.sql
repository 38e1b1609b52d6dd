CREATE TABLE "platform"."api_key_operation_usage" (
	"key_id" uuid NOT NULL,
	"day" date NOT NULL,
	"operation" text NOT NULL,
	"operations" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "api_key_operation_usage_pk" PRIMARY KEY("key_id","day","operation")
);
--> statement-breakpoint
ALTER TABLE "platform"."api_key_operation_usage" ADD CONSTRAINT "api_key_operation_usage_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "platform"."api_keys"("id") ON DELETE cascade ON UPDATE no action;