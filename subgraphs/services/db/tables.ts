import { boolean, index, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../common/i18n.ts';

export const catalogueSchema = pgSchema('catalogue');

export const institutions = catalogueSchema.table('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  registrationNumber: text('registration_number'),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  type: text('type', { enum: ['MINISTRY', 'AGENCY', 'MUNICIPALITY', 'STATE_COMPANY', 'INDEPENDENT'] }).notNull(),
  website: text('website'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const services = catalogueSchema.table(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stable, never reused: other subgraphs and institutions' systems reference services by code.
    code: text('code').notNull().unique(),
    holderId: uuid('holder_id').notNull().references(() => institutions.id),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    audiences: text('audiences', { enum: ['PERSON', 'BUSINESS', 'INSTITUTION'] }).array().notNull(),
    processingTime: text('processing_time'),
    processingWorkingDays: boolean('processing_working_days').notNull().default(true),
    status: text('status', { enum: ['DRAFT', 'PUBLISHED', 'ARCHIVED'] }).notNull().default('DRAFT'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_holder_idx').on(t.holderId), index('services_status_code_idx').on(t.status, t.code)],
);

export type InstitutionRow = typeof institutions.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
