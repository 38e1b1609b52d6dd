import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgSchema, primaryKey, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { outboxTable } from '@public-service-graph/subgraph-kit/events/outbox';

/**
 * The platform's own tables. The platform subgraph writes them (operators create, rotate and revoke keys); the
 * gateway reads `api_keys` to verify keys and adds to `api_key_usage`: the gateway and this subgraph are the
 * platform's two halves (see docs/operators.md, "API keys on the server").
 */
export const platformSchema = pgSchema('platform');

export const apiKeyOwnerKinds = ['APPLICATION', 'INSTITUTION'] as const;
export type ApiKeyOwnerKind = (typeof apiKeyOwnerKinds)[number];
export const apiKeyTiers = ['FREE', 'STANDARD', 'PARTNER', 'INTERNAL'] as const;
export type ApiKeyTier = (typeof apiKeyTiers)[number];

export const apiKeys = platformSchema.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Public part of the key (psg_<prefix>_…): how the gateway finds the row.
    prefix: text('prefix').notNull().unique(),
    // SHA-256 (hex) of the whole key; the key itself is never stored.
    secretHash: text('secret_hash').notNull(),
    name: text('name').notNull(),
    ownerKind: text('owner_kind', { enum: apiKeyOwnerKinds }).notNull(),
    // The application's OIDC client id, or the institution's code.
    ownerCode: text('owner_code').notNull(),
    scopes: text('scopes').array().notNull().default([]),
    tier: text('tier', { enum: apiKeyTiers }).notNull(),
    // First-party portals: only operations on the persisted allow-list (PERSISTED_OPERATIONS_DIR).
    persistedOnly: boolean('persisted_only').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    // Set on the old key when it is rotated: the key that replaces it.
    replacedBy: uuid('replaced_by'),
    // Written by the gateway with the usage, at most every few seconds.
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_owner_idx').on(t.ownerKind, t.ownerCode, t.createdAt)],
);

/** Per key and UTC day: added to by every gateway replica in batches. */
export const apiKeyUsage = platformSchema.table(
  'api_key_usage',
  {
    keyId: uuid('key_id').notNull().references(() => apiKeys.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    operations: integer('operations').notNull().default(0),
    cost: bigint('cost', { mode: 'number' }).notNull().default(0),
    errors: integer('errors').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'api_key_usage_pk', columns: [t.keyId, t.day] })],
);

/**
 * Per key, UTC day and operation: the operation's name, or `#` and 12 hex digits of the SHA-256 of an unnamed
 * document (stable across days). Added to by the gateway in the same batches as `api_key_usage`.
 */
export const apiKeyOperationUsage = platformSchema.table(
  'api_key_operation_usage',
  {
    keyId: uuid('key_id').notNull().references(() => apiKeys.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    operation: text('operation').notNull(),
    operations: integer('operations').notNull().default(0),
    errors: integer('errors').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'api_key_operation_usage_pk', columns: [t.keyId, t.day, t.operation] })],
);

/**
 * Schema coordinates ("Client.email", "Query.services") the gateway's callers used, per UTC day: the registry
 * rejects a breaking change only to what was actually used lately. Counted by the gateway, written in batches.
 */
export const fieldUsage = platformSchema.table(
  'field_usage',
  {
    coordinate: text('coordinate').notNull(),
    day: date('day').notNull(),
    // The calling application's OIDC client id; '' for persons, institutions, operators and anonymous callers. The
    // registry names the applications a change to the public contract would break.
    application: text('application').notNull().default(''),
    operations: integer('operations').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'field_usage_app_pk', columns: [t.coordinate, t.day, t.application] }), index('field_usage_day_idx').on(t.day)],
);

// The schema registry (subgraphs/platform/registry/): who owns which subgraph, every SDL published, every
// supergraph composed, every check run. The gateway serves the newest supergraph.

/** The owner of the platform's own subgraphs in the registry; institutions own theirs by their code. */
export const PLATFORM_OWNER = 'PLATFORM';

export const registrySubgraphs = platformSchema.table('registry_subgraphs', {
  name: text('name').primaryKey(),
  // PLATFORM for the core subgraphs, else the owning institution's code.
  owner: text('owner').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
  // The version in the newest supergraph.
  currentVersionId: uuid('current_version_id'),
});

export const registrySchemaVersions = platformSchema.table(
  'registry_schema_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subgraph: text('subgraph').notNull().references(() => registrySubgraphs.name),
    version: integer('version').notNull(),
    sdl: text('sdl').notNull(),
    routingUrl: text('routing_url').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [unique('registry_schema_versions_subgraph_version').on(t.subgraph, t.version)],
);

export const registrySupergraphs = platformSchema.table('registry_supergraphs', {
  version: serial('version').primaryKey(),
  // What the gateway runs, and the API schema clients see (what breaking changes are judged against).
  sdl: text('sdl').notNull(),
  apiSdl: text('api_sdl').notNull(),
  // { subgraph name: schema version id } of what was composed.
  subgraphVersions: jsonb('subgraph_versions').$type<Record<string, string>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
  // Why it was composed, e.g. "publish lad v3" or "restore v5".
  reason: text('reason').notNull(),
  // The public contract (packages/composition/src/contracts.ts) published with it, and what changed in it against the previous
  // version: the developer portal's changelog.
  publicSdl: text('public_sdl').notNull().default(''),
  publicChanges: jsonb('public_changes').$type<{ criticality: string; message: string; coordinate?: string | null }[]>().notNull().default([]),
});

export const registryCheckOutcomes = ['PASSED', 'FAILED'] as const;

export const registryChecks = platformSchema.table(
  'registry_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subgraph: text('subgraph').notNull(),
    // Whether the check was asked for on its own or as the first step of a publish.
    publish: boolean('publish').notNull(),
    outcome: text('outcome', { enum: registryCheckOutcomes }).notNull(),
    // [{ rule, message, coordinate? }]: why the check failed.
    problems: jsonb('problems').$type<{ rule: string; message: string; coordinate?: string | null }[]>().notNull(),
    // [{ criticality, message, coordinate?, usage }]: what the schema changes, against the current version.
    changes: jsonb('changes').$type<{ criticality: string; message: string; coordinate?: string | null; recentOperations: number }[]>().notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
    checkedBy: text('checked_by').notNull(),
  },
  (t) => [index('registry_checks_subgraph_idx').on(t.subgraph, t.checkedAt)],
);

// Applications developers register in the developer portal, their acceptances of the terms of use, and their
// requests for more access (decided by operators).
export const applications = platformSchema.table('applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  clientId: text('client_id').notNull().unique(),
  name: text('name').notNull(),
  purpose: text('purpose').notNull(),
  contact: text('contact').notNull(),
  redirectUris: text('redirect_uris').array().notNull().default([]),
  // The developer: a person's pseudonymous client id, never a personal code.
  developer: text('developer').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('applications_developer_idx').on(t.developer, t.createdAt)]);

export const termsAcceptances = platformSchema.table('terms_acceptances', {
  applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  acceptedBy: text('accepted_by').notNull(),
}, (t) => [primaryKey({ name: 'terms_acceptances_pk', columns: [t.applicationId, t.version] })]);

export const accessRequestStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const applicationAccessRequests = platformSchema.table('application_access_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
  tier: text('tier', { enum: apiKeyTiers }).notNull(),
  scopes: text('scopes').array().notNull().default([]),
  reason: text('reason').notNull(),
  status: text('status', { enum: accessRequestStatuses }).notNull().default('PENDING'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decidedBy: text('decided_by'),
  note: text('note'),
}, (t) => [index('application_access_requests_app_idx').on(t.applicationId, t.requestedAt)]);

export type ApplicationRow = typeof applications.$inferSelect;
export type AccessRequestRow = typeof applicationAccessRequests.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type RegistrySubgraphRow = typeof registrySubgraphs.$inferSelect;
export type RegistrySchemaVersionRow = typeof registrySchemaVersions.$inferSelect;
export type RegistrySupergraphRow = typeof registrySupergraphs.$inferSelect;
export type RegistryCheckRow = typeof registryChecks.$inferSelect;
export type ApiKeyUsageRow = typeof apiKeyUsage.$inferSelect;
export type ApiKeyOperationUsageRow = typeof apiKeyOperationUsage.$inferSelect;

/**
 * Webhook subscriptions (docs/events.md, "Webhooks"): the platform owns them because it owns the callers who make
 * them (applications' and institutions' keys). The secrets are stored as given out: the dispatcher signs with them.
 */
export const webhookOwnerKinds = ['INSTITUTION', 'APPLICATION', 'OPERATOR'] as const;
export type WebhookOwnerKind = (typeof webhookOwnerKinds)[number];

export const webhookSubscriptions = platformSchema.table(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    types: text('types').array().notNull(),
    ownerKind: text('owner_kind', { enum: webhookOwnerKinds }).notNull(),
    ownerCode: text('owner_code').notNull(),
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretValidUntil: timestamp('previous_secret_valid_until', { withTimezone: true }),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    // Set when the endpoint answers the validation handshake (OPTIONS, CloudEvents webhook spec).
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
    lastError: text('last_error'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  },
  (t) => [index('webhook_subscriptions_owner_idx').on(t.ownerKind, t.ownerCode, t.createdAt)],
);

/**
 * The events the dispatcher took from the bus, once each, with who may see them (as the outbox row said): the
 * deliveries refer to them, so an event fanned out to twenty subscriptions is stored once.
 */
export const webhookEvents = platformSchema.table('webhook_events', {
  eventId: uuid('event_id').primaryKey(),
  type: text('type').notNull(),
  envelope: jsonb('envelope').notNull(),
  institutionCode: text('institution_code'),
  clientId: uuid('client_id'),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

export const webhookDeliveryStatuses = ['PENDING', 'DELIVERED', 'DEAD_LETTERED', 'WITHHELD'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/**
 * One event to one subscription: the dispatcher's unit of work. Replicas claim due rows with `for update skip
 * locked` and push `next_attempt_at` ahead as a lease, so a replica that dies mid-delivery leaves the row to be tried
 * again (same webhook-id) once the lease runs out.
 */
export const webhookDeliveries = platformSchema.table(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: uuid('subscription_id').notNull().references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    status: text('status', { enum: webhookDeliveryStatuses }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('webhook_deliveries_once_uq').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.subscriptionId, t.nextAttemptAt).where(sql`"status" = 'PENDING'`),
    index('webhook_deliveries_sub_idx').on(t.subscriptionId, t.status, t.id),
  ],
);

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
/** Events of the platform (a supergraph published), in the transaction of their change (docs/events.md). */
export const outbox = outboxTable(platformSchema);
