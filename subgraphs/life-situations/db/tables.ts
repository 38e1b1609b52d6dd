import { boolean, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../common/i18n.ts';

export const lifeSituationsSchema = pgSchema('life_situations');

export const lifeSituations = lifeSituationsSchema.table('life_situations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>(),
  audience: text('audience', { enum: ['PERSON', 'BUSINESS'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const steps = lifeSituationsSchema.table(
  'steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lifeSituationId: uuid('life_situation_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    required: boolean('required').notNull().default(true),
  },
  (t) => [unique('steps_situation_position_uq').on(t.lifeSituationId, t.position)],
);

export const stepServices = lifeSituationsSchema.table(
  'step_services',
  {
    stepId: uuid('step_id').notNull().references(() => steps.id, { onDelete: 'cascade' }),
    // Owned by the services subgraph: referenced by its stable code, no cross-schema foreign key by design.
    serviceCode: text('service_code').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ name: 'step_services_pk', columns: [t.stepId, t.serviceCode] }), index('step_services_service_idx').on(t.serviceCode)],
);

export type LifeSituationRow = typeof lifeSituations.$inferSelect;
export type StepRow = typeof steps.$inferSelect;
