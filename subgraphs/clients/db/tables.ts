import { check, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const clientsSchema = pgSchema('clients');

export const clients = clientsSchema.table(
  'clients',
  {
    // Derived from the identifier (common/identity.ts clientIdFor), so every subgraph knows it without a lookup.
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['PERSON', 'COMPANY'] }).notNull(),
    personalCode: text('personal_code').unique(),
    registrationNumber: text('registration_number').unique(),
    displayName: text('display_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clients_identifier_ck', sql`(${t.kind} = 'PERSON' and ${t.personalCode} is not null) or (${t.kind} = 'COMPANY' and ${t.registrationNumber} is not null)`),
  ],
);

export type ClientRow = typeof clients.$inferSelect;
