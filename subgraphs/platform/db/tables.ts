import { bigint, boolean, date, index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The platform's own tables. The platform subgraph writes them (operators create, rotate and revoke keys); the
 * gateway reads `api_keys` to verify keys and adds to `api_key_usage`: the gateway and this subgraph are the
 * platform's two halves (see README, "Access").
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
    // First-party portals: only operations on the persisted allow-list (gateway/persisted/).
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

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeyUsageRow = typeof apiKeyUsage.$inferSelect;
