import { bigserial, boolean, date, index, integer, jsonb, pgSchema, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { outboxTable } from '@public-service-graph/subgraph-kit/events/outbox';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

export const casesSchema = pgSchema('cases');

export const caseStatuses = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseChannels = ['E_SERVICE', 'IN_PERSON', 'CLIENT_SERVICE_CENTRE', 'PHONE', 'POST', 'EMAIL', 'E_ADDRESS', 'PROACTIVE'] as const;
export type CaseChannel = (typeof caseChannels)[number];
export const caseKinds = ['APPLICATION', 'EVENT_ONLY'] as const;
export const clientKinds = ['PERSON', 'COMPANY'] as const;
export type ClientKind = (typeof clientKinds)[number];
export const caseDecisions = ['GRANTED', 'PARTLY_GRANTED', 'REFUSED'] as const;
export const caseEventTypes = ['STATUS_CHANGE', 'PROGRESS', 'DOCUMENT_REQUEST', 'MESSAGE', 'COMPLAINT', 'DELIVERY'] as const;
export type CaseEventType = (typeof caseEventTypes)[number];
export const caseActorKinds = ['INSTITUTION', 'CLIENT', 'REPRESENTATIVE'] as const;
export type CaseActorKind = (typeof caseActorKinds)[number];
export const accessActorKinds = ['PERSON', 'INSTITUTION', 'APPLICATION', 'OPERATOR'] as const;
export type AccessActorKind = (typeof accessActorKinds)[number];

export const cases = casesSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The institution that registered the case and handles it (the provider); it alone may write to it.
    institutionCode: text('institution_code').notNull(),
    // The institution's own reference, unique within the institution.
    reference: text('reference').notNull(),
    // Owned by the services and clients subgraphs: referenced by key, no cross-schema foreign keys by design.
    serviceCode: text('service_code').notNull(),
    // Pseudonymous client id (packages/subgraph-kit/src/identity.ts clientIdFor); personal codes are never stored here.
    clientId: uuid('client_id').notNull(),
    // Whether the client is a natural person: reads of a person's case by institutions need a purpose.
    clientKind: text('client_kind', { enum: clientKinds }).notNull(),
    // The person who applied for the client (parent, board member, authorised person), if any.
    representativeClientId: uuid('representative_client_id'),
    kind: text('kind', { enum: caseKinds }).notNull().default('APPLICATION'),
    applicationChannel: text('application_channel', { enum: caseChannels }).notNull(),
    deliveryChannel: text('delivery_channel', { enum: caseChannels }),
    status: text('status', { enum: caseStatuses }).notNull(),
    extendedStatus: jsonb('extended_status').$type<LocalizedText>(),
    progress: smallint('progress'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    // As registered: ISO 8601 duration and whether its days are working days.
    processingTime: text('processing_time'),
    processingWorkingDays: boolean('processing_working_days').notNull().default(true),
    // Latvian date by which the case should be resolved.
    dueOn: date('due_on', { mode: 'string' }),
    // First time the case reached DECIDED, COMPLETED or REJECTED: the end of processing for the statistics.
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    decision: text('decision', { enum: caseDecisions }),
    result: jsonb('result').$type<LocalizedText>(),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    complaintCount: integer('complaint_count').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Optimistic concurrency: every institution write states the version it read.
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('cases_institution_reference_uq').on(t.institutionCode, t.reference),
    index('cases_client_submitted_idx').on(t.clientId, t.submittedAt.desc(), t.id),
    index('cases_institution_submitted_idx').on(t.institutionCode, t.submittedAt.desc(), t.id),
    // Statistics: migration 0001 adds INCLUDE (status, application_channel, kind, rating, complaint_count, resolved_at,
    // due_on) so they read the index only; drizzle cannot declare INCLUDE.
    index('cases_service_submitted_idx').on(t.serviceCode, t.submittedAt),
  ],
);

export const caseEvents = casesSchema.table(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type', { enum: caseEventTypes }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind', { enum: caseActorKinds }).notNull(),
    // Institution code for INSTITUTION; the client id of the client or representative otherwise.
    actor: text('actor').notNull(),
    // STATUS_CHANGE and DELIVERY: the status moved to.
    status: text('status', { enum: caseStatuses }),
    note: jsonb('note').$type<LocalizedText>(),
  },
  (t) => [index('case_events_case_at_idx').on(t.caseId, t.at, t.id)],
);

/** Writes already applied, per owner ("institution:PMLP", "client:<id>"), so a retry returns the first result. */
export const idempotencyKeys = casesSchema.table(
  'idempotency_keys',
  {
    owner: text('owner').notNull(),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    // sha256 of the operation's input without the key: the same key with another input is refused.
    requestHash: text('request_hash').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'idempotency_keys_pk', columns: [t.owner, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Every read of a client's case by someone other than the client (issue 5's access log reads it through Client). */
export const accessLog = casesSchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind', { enum: accessActorKinds }).notNull(),
    // Institution code, application id, operator id, or the representative's client id.
    actor: text('actor').notNull(),
    clientId: uuid('client_id').notNull(),
    resource: text('resource').notNull(),
    caseId: uuid('case_id'),
    purpose: text('purpose'),
  },
  (t) => [index('access_log_client_at_idx').on(t.clientId, t.at.desc())],
);

/**
 * Days that differ from the built-in calendar (domain/calendar-data.ts), recorded by operators: Saturdays that
 * a Cabinet order makes working days, weekdays it makes days off, one-off holidays set by law.
 */
export const calendarDays = casesSchema.table('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  working: boolean('working').notNull(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEventRow = typeof caseEvents.$inferInsert;
export type AccessLogRow = typeof accessLog.$inferSelect;
export type NewAccessLogRow = typeof accessLog.$inferInsert;


/**
 * The services this subgraph needs to check a case's service reference: a projection of the catalogue, fed from
 * its changes feed (sync/catalogue-feed.ts), never read from the catalogue's tables. Only services the catalogue
 * has published appear (the feed shows no drafts).
 */
export const serviceReferences = casesSchema.table('service_references', {
  code: text('code').primaryKey(),
  holderCode: text('holder_code').notNull(),
  status: text('status', { enum: ['PUBLISHED', 'ARCHIVED'] }).notNull(),
  // The institutions the holder has named to deliver the service for it (besides the holder).
  providerCodes: text('provider_codes').array().notNull(),
  // The catalogue's version of the service: a change older than the one stored is skipped.
  version: integer('version').notNull(),
  modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull(),
});

/** How far the projection has read the feed, and when: its freshness, which operators read (`serviceProjection`). */
export const feedPositions = casesSchema.table('feed_positions', {
  feed: text('feed').primaryKey(),
  // The newest change seen; the next sync asks for changes since a minute before it (the feed's own advice).
  lastChangeAt: timestamp('last_change_at', { withTimezone: true }),
  // When the projection last finished a sync, i.e. it held every change the feed had then.
  syncedAt: timestamp('synced_at', { withTimezone: true }).notNull(),
});
export type ServiceReferenceRow = typeof serviceReferences.$inferSelect;
export type FeedPositionRow = typeof feedPositions.$inferSelect;

/** Events about cases, written in the transaction of their change (packages/subgraph-kit/src/events/outbox.ts; docs/events.md). */
export const outbox = outboxTable(casesSchema);
