import { bigint, boolean, date, index, integer, jsonb, pgSchema, primaryKey, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

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
 * Schema coordinates ("Client.email", "Query.services") the gateway's callers used, per UTC day: the registry
 * rejects a breaking change only to what was actually used lately. Counted by the gateway, written in batches.
 */
export const fieldUsage = platformSchema.table(
  'field_usage',
  {
    coordinate: text('coordinate').notNull(),
    day: date('day').notNull(),
    operations: integer('operations').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'field_usage_pk', columns: [t.coordinate, t.day] }), index('field_usage_day_idx').on(t.day)],
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

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type RegistrySubgraphRow = typeof registrySubgraphs.$inferSelect;
export type RegistrySchemaVersionRow = typeof registrySchemaVersions.$inferSelect;
export type RegistrySupergraphRow = typeof registrySupergraphs.$inferSelect;
export type RegistryCheckRow = typeof registryChecks.$inferSelect;
export type ApiKeyUsageRow = typeof apiKeyUsage.$inferSelect;
