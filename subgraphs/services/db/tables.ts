import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type {
  AccessibilityData,
  ChannelLinkCharge,
  ContactPoint,
  ContactPerson,
  Cost,
  EvidenceData,
  Importance,
  InternalIndicator,
  LegalResourceData,
  LocalizedList,
  OpeningHoursData,
  Output,
  PostalAddress,
  Provider,
  RedressData,
  Requirement,
} from '../domain/model.ts';

export const catalogueSchema = pgSchema('catalogue');

/** PostgreSQL's full-text document type; maintained by the database from the search columns. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const INSTITUTION_TYPES = ['MINISTRY', 'AGENCY', 'MUNICIPALITY', 'STATE_COMPANY', 'INDEPENDENT'] as const;
export const AUDIENCES = ['PERSON', 'BUSINESS', 'INSTITUTION'] as const;
export const SERVICE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export const SERVICE_KINDS = ['PUBLIC_INDIVIDUAL_BENEFIT', 'PUBLIC_GENERAL_BENEFIT', 'INTER_INSTITUTIONAL', 'COMMERCIAL', 'REGULATED'] as const;
export const SERVICE_BASES = ['STATE_MANDATED', 'SELF_INITIATIVE'] as const;
export const AUTHENTICATION_LEVELS = ['NONE', 'LOW', 'SUBSTANTIAL', 'HIGH'] as const;
export const EXECUTION_TYPES = ['AUTOMATIC', 'FRONT_OFFICE', 'BACK_OFFICE'] as const;
export const LIFECYCLE_PHASES = ['PLANNING', 'IMPLEMENTATION', 'MAINTENANCE', 'LIQUIDATION'] as const;
export const CHANNEL_TYPES = ['E_SERVICE', 'WEB_PAGE', 'PHONE', 'EMAIL', 'POST', 'SERVICE_LOCATION'] as const;

export const institutions = catalogueSchema.table('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  registrationNumber: text('registration_number'),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  type: text('type', { enum: INSTITUTION_TYPES }).notNull(),
  website: text('website'),
  parentId: uuid('parent_id').references((): AnyPgColumn => institutions.id),
  contacts: jsonb('contacts').$type<ContactPoint>(),
  // Internal: visible to the institution itself and operators only.
  portfolioManager: jsonb('portfolio_manager').$type<ContactPerson>(),
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
    // The holder's own identifier in its systems: upserts and imports match on (holder, source id).
    sourceId: text('source_id'),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    alternativeNames: jsonb('alternative_names').$type<LocalizedList>().notNull().default({}),
    summary: jsonb('summary').$type<LocalizedText>(),
    description: jsonb('description').$type<LocalizedText>(),
    instructions: jsonb('instructions').$type<LocalizedText>(),
    kind: text('kind', { enum: SERVICE_KINDS }).notNull().default('PUBLIC_INDIVIDUAL_BENEFIT'),
    basis: text('basis', { enum: SERVICE_BASES }).notNull().default('STATE_MANDATED'),
    audiences: text('audiences', { enum: AUDIENCES }).array().notNull(),
    providers: jsonb('providers').$type<Provider[]>().notNull().default([]),
    costs: jsonb('costs').$type<Cost[]>().notNull().default([]),
    processingTime: text('processing_time'),
    processingWorkingDays: boolean('processing_working_days').notNull().default(true),
    // The longest time the law allows (ISO 8601 duration), when a legal act sets one.
    processingTimeLimit: text('processing_time_limit'),
    requirements: jsonb('requirements').$type<Requirement[]>().notNull().default([]),
    evidence: jsonb('evidence').$type<EvidenceData[]>().notNull().default([]),
    outputs: jsonb('outputs').$type<Output[]>().notNull().default([]),
    legalBasis: jsonb('legal_basis').$type<LegalResourceData[]>().notNull().default([]),
    authenticationLevel: text('authentication_level', { enum: AUTHENTICATION_LEVELS }).notNull().default('NONE'),
    executionType: text('execution_type', { enum: EXECUTION_TYPES }),
    isKeyService: boolean('is_key_service').notNull().default(false),
    importance: jsonb('importance').$type<Importance>(),
    maturityLevel: integer('maturity_level'),
    lifecyclePhase: text('lifecycle_phase', { enum: LIFECYCLE_PHASES }).notNull().default('MAINTENANCE'),
    // Referenced by code, like other subgraphs do: a code that names no visible service is skipped on read.
    relatedServiceCodes: text('related_service_codes').array().notNull().default(sql`'{}'::text[]`),
    requiredServiceCodes: text('required_service_codes').array().notNull().default(sql`'{}'::text[]`),
    keywords: jsonb('keywords').$type<LocalizedList>().notNull().default({}),
    thematicAreas: text('thematic_areas').array().notNull().default(sql`'{}'::text[]`),
    redress: jsonb('redress').$type<RedressData>(),
    // Internal view: the holder institution and operators only.
    manager: jsonb('manager').$type<ContactPerson>(),
    processDescription: text('process_description'),
    indicators: jsonb('indicators').$type<InternalIndicator[]>().notNull().default([]),
    unitCost: doublePrecision('unit_cost'),
    status: text('status', { enum: SERVICE_STATUSES }).notNull().default('DRAFT'),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validTo: timestamp('valid_to', { withTimezone: true }),
    // Set when first published: the changes feed never shows a service that was only ever a draft.
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    // Search text, written by domain/search-document.ts on every write: unaccented, lower-case, stemmed.
    searchNames: text('search_names').notNull().default(''),
    searchAltNames: text('search_alt_names').notNull().default(''),
    searchKeywords: text('search_keywords').notNull().default(''),
    searchBody: text('search_body').notNull().default(''),
    // Unaccented, unstemmed words of names, alternative names and keywords: trigram matching for typos.
    searchPlain: text('search_plain').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple'::regconfig, search_names), 'A') || setweight(to_tsvector('simple'::regconfig, search_alt_names), 'B') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'C') || setweight(to_tsvector('simple'::regconfig, search_body), 'D')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_holder_idx').on(t.holderId),
    index('services_status_code_idx').on(t.status, t.code),
    uniqueIndex('services_holder_source_uq').on(t.holderId, t.sourceId),
    index('services_updated_idx').on(t.updatedAt, t.id),
    index('services_search_vector_idx').using('gin', t.searchVector),
    index('services_search_plain_trgm_idx').using('gin', sql`${t.searchPlain} gin_trgm_ops`),
    index('services_thematic_idx').using('gin', t.thematicAreas),
  ],
);

/**
 * A channel through which services are delivered: an e-service, a web page, a phone line, an e-mail address,
 * a postal address, or a service location (a client service centre or an institution's office). One table,
 * the columns of each type nullable, as the Finnish catalogue's channel types share most of their data.
 */
export const channels = catalogueSchema.table(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    ownerId: uuid('owner_id').notNull().references(() => institutions.id),
    type: text('type', { enum: CHANNEL_TYPES }).notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    url: text('url'),
    phone: text('phone'),
    phoneCost: jsonb('phone_cost').$type<LocalizedText>(),
    email: text('email'),
    address: jsonb('address').$type<PostalAddress>(),
    // Service locations: municipality name as written ("Cēsu novads") and its unaccented lower-case key.
    municipality: text('municipality'),
    municipalityKey: text('municipality_key'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    hours: jsonb('hours').$type<OpeningHoursData>(),
    authenticationLevel: text('authentication_level', { enum: AUTHENTICATION_LEVELS }),
    signatureRequired: boolean('signature_required'),
    accessibility: jsonb('accessibility').$type<AccessibilityData>(),
    // True for the unified state and municipal client service centres (VPVKAC).
    isClientServiceCentre: boolean('is_client_service_centre').notNull().default(false),
    // Service locations: stemmed and plain words of the name, town and municipality, which the one search box
    // matches (domain/search-document.ts channelSearchText); written with the row.
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('channels_owner_idx').on(t.ownerId),
    index('channels_type_municipality_idx').on(t.type, t.municipalityKey),
    // Locations near a point: a GiST index on the earth position (earthdistance; see the custom migration).
    index('channels_earth_idx').using('gist', sql`ll_to_earth(${t.latitude}, ${t.longitude})`).where(sql`${t.latitude} is not null and ${t.longitude} is not null`),
  ],
);

/** The service↔channel link, with its own charge, hours and contacts (Finnish catalogue's "connection"). */
export const serviceChannels = catalogueSchema.table(
  'service_channels',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    position: integer('position').notNull(),
    charge: jsonb('charge').$type<ChannelLinkCharge>(),
    note: jsonb('note').$type<LocalizedText>(),
    hours: jsonb('hours').$type<OpeningHoursData>(),
    contacts: jsonb('contacts').$type<ContactPoint>(),
  },
  (t) => [primaryKey({ name: 'service_channels_pk', columns: [t.serviceId, t.channelId] }), index('service_channels_channel_idx').on(t.channelId)],
);

/**
 * Institutions the holder has named to deliver one of its services for it (a client service centre, a municipality):
 * besides the holder, only these may register the service's cases. Changed only by the holder and operators.
 */
export const serviceProviders = catalogueSchema.table(
  'service_providers',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id').notNull().references(() => institutions.id),
    // identity.subject of who named it.
    namedBy: text('named_by').notNull(),
    namedAt: timestamp('named_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'service_providers_pk', columns: [t.serviceId, t.institutionId] }), index('service_providers_institution_idx').on(t.institutionId)],
);

/** Every change of a service: who (identity subject) and when, with the full state after the change. */
export const serviceVersions = catalogueSchema.table(
  'service_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    change: text('change', { enum: ['CREATED', 'UPDATED', 'PUBLISHED', 'ARCHIVED'] }).notNull(),
    changedFields: text('changed_fields').array().notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('service_versions_service_version_uq').on(t.serviceId, t.version)],
);

/**
 * The search index's entries for life situations. The life-situations subgraph owns the situations; the portal's one
 * search box is answered here, so each situation's searchable texts (its title and the phrases people use for what
 * happened, per language) and the codes of the services of its steps are contributed to this subgraph through
 * `setLifeSituationSearchEntry` (see docs/applications.md, "One search box"). Nothing here is read from the life-situations tables.
 */
export const searchSituations = catalogueSchema.table(
  'search_situations',
  {
    code: text('code').primaryKey(),
    // The situation's holder institution, by code: who (besides operators) may change the entry.
    holderCode: text('holder_code').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    // Phrases for what happened, per language ("man piedzima bērns", "having a baby", "родился ребенок").
    phrases: jsonb('phrases').$type<LocalizedList>().notNull().default({}),
    serviceCodes: text('service_codes').array().notNull().default(sql`'{}'::text[]`),
    searchNames: text('search_names').notNull().default(''),
    searchKeywords: text('search_keywords').notNull().default(''),
    searchPlain: text('search_plain').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple'::regconfig, search_names), 'A') || setweight(to_tsvector('simple'::regconfig, search_keywords), 'B')`,
    ),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_situations_vector_idx').using('gin', t.searchVector),
    index('search_situations_plain_trgm_idx').using('gin', sql`${t.searchPlain} gin_trgm_ops`),
  ],
);

/**
 * Demand for a service: how many cases people opened in a period, a projection of the cases subgraph's public
 * `Service.caseStatistics` recorded by operators (`recordServiceDemand`), never read from the cases tables.
 * Search uses it to rank the service most people come for first.
 */
export const serviceDemand = catalogueSchema.table('service_demand', {
  serviceCode: text('service_code').primaryKey(),
  caseCount: integer('case_count').notNull(),
  // The period counted, e.g. "2025".
  period: text('period').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Demo catalogues loaded, by a fingerprint of their content: a restart does not load the same one again. */
export const demoSeeds = catalogueSchema.table('demo_seeds', {
  fingerprint: text('fingerprint').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});

export type InstitutionRow = typeof institutions.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ChannelRow = typeof channels.$inferSelect;
export type SearchSituationRow = typeof searchSituations.$inferSelect;
export type ServiceChannelRow = typeof serviceChannels.$inferSelect;
export type ServiceVersionRow = typeof serviceVersions.$inferSelect;
export type ServiceProviderRow = typeof serviceProviders.$inferSelect;
/** A channel as linked to one service: the link's own data and the channel. */
export type ChannelLinkRow = ServiceChannelRow & { channel: ChannelRow };
