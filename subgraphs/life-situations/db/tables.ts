import { outboxTable } from '@public-service-graph/subgraph-kit/events/outbox';
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { CONDITION_KINDS, LIFE_EVENT_TYPES, SITUATION_STATUSES, type EuEventRef, type Goal } from '../domain/model.ts';

export const lifeSituationsSchema = pgSchema('life_situations');

export const lifeSituations = lifeSituationsSchema.table('life_situations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>(),
  // The client-facing offer (pakalpojumu piedāvājums), free text.
  offerText: jsonb('offer_text').$type<LocalizedText>(),
  audience: text('audience', { enum: ['PERSON', 'BUSINESS'] }).notNull(),
  // The holder institution (services subgraph), by its code: no cross-schema foreign key by design.
  holderCode: text('holder_code').notNull(),
  euEvents: jsonb('eu_events').$type<EuEventRef[]>().notNull().default([]),
  goals: jsonb('goals').$type<Goal[]>().notNull().default([]),
  // Lower case, without diacritics, every language of the texts and keywords: what `filter.text` searches
  // (domain/search.ts searchText). Written with the row.
  searchText: text('search_text').notNull().default(''),
  // Extra words to find it by (synonyms, colloquial names): kept so a later edit can rebuild the search text.
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
  // The lifecycle of services (subgraphs/services/domain/publishing.ts): DRAFT → PUBLISHED → ARCHIVED (→ PUBLISHED).
  status: text('status', { enum: SITUATION_STATUSES }).notNull().default('DRAFT'),
  // Set when first published: an archived situation that was never published stays the holder's own.
  firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
  // Changes of a published situation saved as a draft (updateLifeSituation(asDraft: true)), as the input fields given:
  // the columns and parts above stay what the public reads until publishLifeSituation applies them (MODIFIED).
  pendingChanges: jsonb('pending_changes').$type<Record<string, unknown>>(),
  // Increases by one with every change; writers pass it back as expectedVersion.
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every change of a life situation: who and when, with the full definition after the change (readable later). */
export const situationVersions = lifeSituationsSchema.table(
  'situation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lifeSituationId: uuid('life_situation_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    change: text('change', { enum: ['CREATED', 'UPDATED', 'PUBLISHED', 'ARCHIVED', 'DRAFT_SAVED'] }).notNull(),
    changedFields: text('changed_fields').array().notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [unique('situation_versions_situation_version_uq').on(t.lifeSituationId, t.version)],
);

/** Which kinds of reported life events put a client in a life situation. */
export const situationTriggers = lifeSituationsSchema.table(
  'situation_triggers',
  {
    lifeSituationId: uuid('life_situation_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    eventType: text('event_type', { enum: LIFE_EVENT_TYPES }).notNull(),
  },
  (t) => [primaryKey({ name: 'situation_triggers_pk', columns: [t.lifeSituationId, t.eventType] }), index('situation_triggers_event_type_idx').on(t.eventType)],
);

export const relatedSituations = lifeSituationsSchema.table(
  'related_situations',
  {
    lifeSituationId: uuid('life_situation_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    relatedId: uuid('related_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ name: 'related_situations_pk', columns: [t.lifeSituationId, t.relatedId] })],
);

export const steps = lifeSituationsSchema.table(
  'steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lifeSituationId: uuid('life_situation_id').notNull().references(() => lifeSituations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    required: boolean('required').notNull().default(true),
    // To whom the step applies (domain/conditions.ts); null: to everyone in the situation.
    conditionKind: text('condition_kind', { enum: CONDITION_KINDS }),
    conditionYears: integer('condition_years'),
    // ISO 8601 duration after the life event's date (domain/duration.ts); null: no term.
    dueOffset: text('due_offset'),
    // The institution reporting the triggering event has done this step itself (a registry office registering a birth).
    fulfilledByEvent: boolean('fulfilled_by_event').notNull().default(false),
  },
  (t) => [
    unique('steps_situation_position_uq').on(t.lifeSituationId, t.position),
    check('steps_condition_years_ck', sql`coalesce(${t.conditionKind} in ('AGE_AT_LEAST', 'AGE_UNDER', 'HAS_CHILD_UNDER'), false) = (${t.conditionYears} is not null)`),
  ],
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

/** Life events of clients, as institutions report them: the triggers of proactive offers. */
export const lifeEvents = lifeSituationsSchema.table(
  'life_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The pseudonymous client id (packages/subgraph-kit/src/identity.ts clientIdFor); the personal code itself is not kept.
    clientId: uuid('client_id').notNull(),
    clientKind: text('client_kind', { enum: ['PERSON', 'COMPANY'] }).notNull(),
    type: text('type', { enum: LIFE_EVENT_TYPES }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    reportedBy: text('reported_by').notNull(),
    // The reporting institution's own reference: a second report with it is the same event.
    reference: text('reference').notNull(),
    // The child, the deceased, the spouse: a pseudonymous client id as well.
    relatedClientId: uuid('related_client_id'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('life_events_reporter_reference_uq').on(t.reportedBy, t.reference), index('life_events_client_idx').on(t.clientId, t.occurredOn)],
);

/** Which institution may report which kind of life event. */
export const lifeEventReporters = lifeSituationsSchema.table(
  'life_event_reporters',
  {
    eventType: text('event_type', { enum: LIFE_EVENT_TYPES }).notNull(),
    institutionCode: text('institution_code').notNull(),
  },
  (t) => [primaryKey({ name: 'life_event_reporters_pk', columns: [t.eventType, t.institutionCode] })],
);

/**
 * Every read of a client's life events, progress or offers by someone other than the client (today: persons acting
 * for them). The client reads it as `Client.lifeSituationAccessEvents`, for the clients subgraph's access log.
 */
export const accessLog = lifeSituationsSchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind', { enum: ['PERSON', 'INSTITUTION', 'APPLICATION', 'OPERATOR'] }).notNull(),
    // The representative's display name, or their client id when the identity carries no name.
    actor: text('actor').notNull(),
    clientId: uuid('client_id').notNull(),
    resource: text('resource').notNull(),
    purpose: text('purpose'),
  },
  (t) => [index('access_log_client_at_idx').on(t.clientId, t.at.desc())],
);

export type LifeSituationRow = typeof lifeSituations.$inferSelect;
export type SituationVersionRow = typeof situationVersions.$inferSelect;
export type StepRow = typeof steps.$inferSelect;
export type LifeEventRow = typeof lifeEvents.$inferSelect;
export type LifeEventReporterRow = typeof lifeEventReporters.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
export type NewAccessLogRow = typeof accessLog.$inferInsert;

/** Events of life events and proactive offers, in the transaction of their change (docs/events.md). */
export const outbox = outboxTable(lifeSituationsSchema);
