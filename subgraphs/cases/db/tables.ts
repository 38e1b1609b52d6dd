import { bigserial, index, integer, pgSchema, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const casesSchema = pgSchema('cases');

export const caseStatuses = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const cases = casesSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionCode: text('institution_code').notNull(),
    // The institution's own reference, unique within the institution.
    reference: text('reference').notNull(),
    // Owned by the services and clients subgraphs: referenced by key, no cross-schema foreign keys by design.
    serviceCode: text('service_code').notNull(),
    clientId: uuid('client_id').notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Optimistic concurrency: every write states the version it read.
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('cases_institution_reference_uq').on(t.institutionCode, t.reference),
    index('cases_client_submitted_idx').on(t.clientId, t.submittedAt.desc(), t.id),
  ],
);

export const statusChanges = casesSchema.table(
  'status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    status: text('status', { enum: caseStatuses }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('status_changes_case_at_idx').on(t.caseId, t.at)],
);

export type CaseRow = typeof cases.$inferSelect;
export type StatusChangeRow = typeof statusChanges.$inferSelect;
