import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgSchema, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { outboxTable, type EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
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
    // Where the client was served (a Latvian municipality or region, as the institution states it); null: not stated.
    region: text('region'),
    // Working days from submission to resolvedAt (Latvian calendar, the day after submission first), fixed when the
    // case is first resolved: the monthly roll-ups count from it (domain/rollup.ts).
    resolvedWorkingDays: integer('resolved_working_days'),
    // When the institution first registered the application (it left SUBMITTED); the submission itself when it was
    // registered in a later status. The client-service standard wants it within 10 minutes (KPIs, domain/kpis.ts).
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Optimistic concurrency: every institution write states the version it read.
    version: integer('version').notNull().default(1),
    // When the scheduler sent the case's "overdue" event (data/overdue.ts): once per case.
    overdueEventAt: timestamp('overdue_event_at', { withTimezone: true }),
  },
  (t) => [
    unique('cases_institution_reference_uq').on(t.institutionCode, t.reference),
    index('cases_client_submitted_idx').on(t.clientId, t.submittedAt.desc(), t.id),
    index('cases_institution_submitted_idx').on(t.institutionCode, t.submittedAt.desc(), t.id),
    // Statistics: migration 0001 adds INCLUDE (status, application_channel, kind, rating, complaint_count, resolved_at,
    // due_on) so they read the index only; drizzle cannot declare INCLUDE.
    index('cases_service_submitted_idx').on(t.serviceCode, t.submittedAt),
    // The overdue scheduler's work: open cases with a due date whose event is not sent yet.
    index('cases_overdue_due_idx').on(t.dueOn).where(sql`"overdue_event_at" is null and "resolved_at" is null`),
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
  // The service's name in every language the catalogue gives it: the yearly report names services in Latvian and English.
  name: jsonb('name').$type<Record<string, string>>(),
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

/** The measures every roll-up keeps (domain/rollup.ts ROLLUP_MEASURES), as columns. */
const rollupMeasures = () => ({
  // Cases submitted, and of them event-only deliveries.
  cases: integer('cases').notNull().default(0),
  eventOnly: integer('event_only').notNull().default(0),
  // Cases by their current status.
  submitted: integer('submitted').notNull().default(0),
  registered: integer('registered').notNull().default(0),
  inProgress: integer('in_progress').notNull().default(0),
  awaitingClient: integer('awaiting_client').notNull().default(0),
  decided: integer('decided').notNull().default(0),
  completed: integer('completed').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  withdrawn: integer('withdrawn').notNull().default(0),
  // Applications resolved (DECIDED, COMPLETED or REJECTED once), their working days in all, and of those with a
  // due date how many were resolved by it.
  resolved: integer('resolved').notNull().default(0),
  workingDays: integer('working_days').notNull().default(0),
  withDueDate: integer('with_due_date').notNull().default(0),
  resolvedOnTime: integer('resolved_on_time').notNull().default(0),
  complaints: integer('complaints').notNull().default(0),
  // Ratings given (1–5), their sum, and how many were 4 or 5.
  ratings: integer('ratings').notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingsHigh: integer('ratings_high').notNull().default(0),
  // Applications registered, and of them within 10 minutes of submission.
  registrations: integer('registrations').notNull().default(0),
  registeredInTime: integer('registered_in_time').notNull().default(0),
});

/**
 * Monthly roll-ups of cases, kept in the transaction of every case change (data/rollups.ts): one row per month of
 * submission (Latvian time), institution, service, application channel, region ('' when not stated) and client
 * kind. The yearly report's breakdowns by region or client kind read these, never the case history.
 */
export const monthlyRollups = casesSchema.table(
  'monthly_rollups',
  {
    month: text('month').notNull(),
    institutionCode: text('institution_code').notNull(),
    serviceCode: text('service_code').notNull(),
    channel: text('channel', { enum: caseChannels }).notNull(),
    region: text('region').notNull(),
    clientKind: text('client_kind', { enum: clientKinds }).notNull(),
    ...rollupMeasures(),
  },
  (t) => [
    primaryKey({ name: 'monthly_rollups_pk', columns: [t.serviceCode, t.month, t.institutionCode, t.channel, t.region, t.clientKind] }),
    index('monthly_rollups_institution_month_idx').on(t.institutionCode, t.month),
    index('monthly_rollups_month_idx').on(t.month),
  ],
);

/**
 * The same measures without region and client kind, kept beside monthlyRollups in the same transaction: a year of
 * the whole country is at most services × institutions × channels × 12 rows (where monthly_rollups has up to 90 per
 * service and channel: regions × client kinds), so the yearly report and a service's totals read no more once every
 * service has cases in every channel.
 */
export const monthlyChannelRollups = casesSchema.table(
  'monthly_channel_rollups',
  {
    month: text('month').notNull(),
    institutionCode: text('institution_code').notNull(),
    serviceCode: text('service_code').notNull(),
    channel: text('channel', { enum: caseChannels }).notNull(),
    ...rollupMeasures(),
  },
  (t) => [
    primaryKey({ name: 'monthly_channel_rollups_pk', columns: [t.serviceCode, t.month, t.institutionCode, t.channel] }),
    index('monthly_channel_rollups_institution_month_idx').on(t.institutionCode, t.month),
    index('monthly_channel_rollups_month_idx').on(t.month),
  ],
);

/**
 * The channel roll-ups summed over each year, kept in the same transaction: the yearly report without a monthly
 * breakdown reads one row per institution, service and channel, as many at 10,000 cases as at 10,000,000.
 */
export const yearlyChannelRollups = casesSchema.table(
  'yearly_channel_rollups',
  {
    year: text('year').notNull(),
    institutionCode: text('institution_code').notNull(),
    serviceCode: text('service_code').notNull(),
    channel: text('channel', { enum: caseChannels }).notNull(),
    ...rollupMeasures(),
  },
  (t) => [
    primaryKey({ name: 'yearly_channel_rollups_pk', columns: [t.year, t.institutionCode, t.serviceCode, t.channel] }),
  ],
);

/**
 * A service's cases by region ('' when not stated) and by client kind, per month ("YYYY-MM") and per year ("YYYY"),
 * kept in the same transaction: the statistics of a service read the whole years of a period from the yearly rows
 * and only its other months from the monthly ones, so a year is regions + client kinds rows however many cases
 * (monthly_rollups has a row per institution, channel, region and client kind in every month).
 */
export const breakdownRollups = casesSchema.table(
  'breakdown_rollups',
  {
    serviceCode: text('service_code').notNull(),
    period: text('period').notNull(),
    breakdown: text('breakdown', { enum: ['REGION', 'CLIENT_KIND'] }).notNull(),
    value: text('value').notNull(),
    ...rollupMeasures(),
  },
  (t) => [primaryKey({ name: 'breakdown_rollups_pk', columns: [t.serviceCode, t.period, t.breakdown, t.value] })],
);

/** How many resolved applications of a service took how many working days, per month: medians and percentiles. */
export const monthlyServiceDays = casesSchema.table(
  'monthly_service_days',
  {
    serviceCode: text('service_code').notNull(),
    month: text('month').notNull(),
    workingDays: integer('working_days').notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [primaryKey({ name: 'monthly_service_days_pk', columns: [t.serviceCode, t.month, t.workingDays] })],
);

/**
 * Values institutions report about indicators the graph cannot measure (calls answered, pick-up time, unit cost…),
 * with who reported them and when: one value per institution, indicator, subject (a channel or a service code) and
 * period ("YYYY-MM" or "YYYY"); a new report replaces the old one.
 */
export const reportedIndicators = casesSchema.table(
  'reported_indicators',
  {
    institutionCode: text('institution_code').notNull(),
    indicator: text('indicator').notNull(),
    subject: text('subject').notNull(),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    reportedBy: text('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'reported_indicators_pk', columns: [t.institutionCode, t.indicator, t.subject, t.period] }), index('reported_indicators_subject_idx').on(t.indicator, t.subject, t.period)],
);
export type ReportedIndicatorRow = typeof reportedIndicators.$inferSelect;
export type MonthlyRollupRow = typeof monthlyRollups.$inferSelect;

/** Events about cases, written in the transaction of their change (common/events/outbox.ts; docs/events.md). */
export const outbox = outboxTable(casesSchema);

/**
 * The other subgraphs' events as received from the bus (sync/received-events.ts), for the events feed beside the
 * cases' own outbox: in order of arrival, with who may see each (the audience the relay sent with it).
 */
export const receivedEvents = casesSchema.table(
  'received_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    envelope: jsonb('envelope').$type<EventEnvelope>().notNull(),
    institutionCode: text('institution_code'),
    clientId: uuid('client_id'),
    // The application a consent event names (docs/events.md): it sees that event, and no other application does.
    applicationId: text('application_id'),
    // Events of the public catalogue: every signed-in caller of the feed may see them.
    public: boolean('public').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('received_events_event_id_uq').on(t.eventId), index('received_events_institution_idx').on(t.institutionCode, t.id), index('received_events_client_idx').on(t.clientId, t.id), index('received_events_application_idx').on(t.applicationId, t.id)],
);
