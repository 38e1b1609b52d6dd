import { check, date, index, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const clientsSchema = pgSchema('clients');

export const clients = clientsSchema.table(
  'clients',
  {
    // Derived from the identifier (packages/subgraph-kit/src/identity.ts clientIdFor), so every subgraph knows it without a lookup.
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['PERSON', 'COMPANY'] }).notNull(),
    personalCode: text('personal_code').unique(),
    registrationNumber: text('registration_number').unique(),
    displayName: text('display_name').notNull(),
    // From the Natural Persons Register: the only source of it for new-form personal codes. Decides when a
    // parent's representation ends.
    birthDate: date('birth_date', { mode: 'string' }),
    // Linked from the e-address system (latvija.lv); null while the client has not activated one.
    eAddressActivatedAt: timestamp('e_address_activated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clients_identifier_ck', sql`(${t.kind} = 'PERSON' and ${t.personalCode} is not null) or (${t.kind} = 'COMPANY' and ${t.registrationNumber} is not null)`),
  ],
);

export const contacts = clientsSchema.table(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    kind: text('kind', { enum: ['EMAIL', 'PHONE'] }).notNull(),
    // Normalized: e-mail in lower case, phone in E.164.
    value: text('value').notNull(),
    // Null until verified; no verification flow yet, so always null for now.
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    // Notification topics this contact is the preferred one (of its kind) for.
    preferredFor: text('preferred_for').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contacts_client_kind_value_uq').on(t.clientId, t.kind, t.value)],
);

export const preferences = clientsSchema.table('preferences', {
  clientId: uuid('client_id').primaryKey().references(() => clients.id),
  language: text('language').notNull().default('lv'),
  preferredChannel: text('preferred_channel').notNull().default('PORTAL'),
  // { "<topic>": ["<channel>", …] }: the channels that are on, for topics the client has changed; defaults for the rest.
  notifications: jsonb('notifications').$type<Record<string, string[]>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const consents = clientsSchema.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    recipientKind: text('recipient_kind', { enum: ['APPLICATION', 'INSTITUTION', 'PUBLIC_ADMINISTRATION'] }).notNull(),
    // Application client id or institution code; null for PUBLIC_ADMINISTRATION.
    recipientId: text('recipient_id'),
    purpose: text('purpose').notNull(),
    scopes: text('scopes').array().notNull(),
    // Stored lifecycle state; EXPIRED is computed from valid_until (domain/consent.ts).
    status: text('status', { enum: ['REQUESTED', 'GRANTED', 'REJECTED', 'REVOKED'] }).notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    // The client, or the representative who answered for them.
    decidedBy: uuid('decided_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consents_client_created_idx').on(t.clientId, t.createdAt, t.id),
    index('consents_client_recipient_idx').on(t.clientId, t.recipientKind, t.recipientId),
  ],
);

export const consentUses = clientsSchema.table(
  'consent_uses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consentId: uuid('consent_id').notNull().references(() => consents.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    operation: text('operation').notNull(),
  },
  (t) => [index('consent_uses_consent_at_idx').on(t.consentId, t.at, t.id)],
);

export const representations = clientsSchema.table(
  'representations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    basis: text('basis', { enum: ['PARENT', 'BOARD_MEMBER', 'POWER_OF_ATTORNEY'] }).notNull(),
    // No foreign key: a power of attorney may name a person the graph does not know yet (the id is derived from the
    // personal code); they take it up by accepting it when they sign in.
    representativeId: uuid('representative_id').notNull(),
    partyId: uuid('party_id').notNull().references(() => clients.id),
    scopes: text('scopes').array().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    // For PARENT: the child's 18th birthday (domain/representation.ts), set when the link is taken from the register.
    validUntil: timestamp('valid_until', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    // Who granted a power of attorney (the principal or their representative); null for register data.
    grantedBy: uuid('granted_by'),
    note: text('note'),
    // When the attorney accepted a power of attorney; until then it gives no rights. Null for register data.
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('representations_representative_idx').on(t.representativeId, t.createdAt, t.id),
    index('representations_party_idx').on(t.partyId, t.createdAt, t.id),
    // One link per pair and basis from the registers; powers of attorney may repeat.
    uniqueIndex('representations_register_uq').on(t.basis, t.representativeId, t.partyId).where(sql`basis <> 'POWER_OF_ATTORNEY'`),
  ],
);

export const accessLog = clientsSchema.table(
  'access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The client whose data was read.
    clientId: uuid('client_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind', { enum: ['PERSON', 'INSTITUTION', 'APPLICATION', 'OPERATOR'] }).notNull(),
    actor: text('actor').notNull(),
    resource: text('resource').notNull(),
    purpose: text('purpose'),
  },
  (t) => [index('access_log_client_at_idx').on(t.clientId, t.at, t.id)],
);

export type ClientRow = typeof clients.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type PreferencesRow = typeof preferences.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ConsentUseRow = typeof consentUses.$inferSelect;
export type RepresentationRow = typeof representations.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
