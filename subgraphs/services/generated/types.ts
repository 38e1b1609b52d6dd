import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ServiceRow, InstitutionRow, ChannelRow, SearchSituationRow, ChannelLinkRow, ServiceVersionRow } from '../db/tables.ts';
import type { Provider, Cost, Requirement, EvidenceData, Output, LegalResourceData, Importance, RedressData, ChannelLinkCharge, OpeningHoursData, OpeningExceptionData, AccessibilityData } from '../domain/model.ts';
import type { QualityReport } from '../data/quality-store.ts';
import type { ServicesContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date "YYYY-MM-DD", e.g. "2026-11-18". */
  Date: { input: string; output: string; }
  /** ISO 8601 date-time with a time zone, e.g. "2026-03-01T09:30:00Z"; returned in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** A JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Accessibility facts of a channel. */
export type Accessibility = {
  __typename?: 'Accessibility';
  /** More, in the reader's language. */
  note?: Maybe<Scalars['String']['output']>;
  /** E-services and pages: the accessibility statement, an absolute URL. */
  statementUrl?: Maybe<Scalars['String']['output']>;
  /** E-services and pages: the WCAG conformance level met, "A", "AA" or "AAA". */
  wcagLevel?: Maybe<Scalars['String']['output']>;
  /** Locations: true when a wheelchair user can enter and be served. */
  wheelchairAccessible?: Maybe<Scalars['Boolean']['output']>;
};


/** Accessibility facts of a channel. */
export type AccessibilityNoteArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type AccessibilityInput = {
  note?: InputMaybe<Array<LocalizedStringInput>>;
  statementUrl?: InputMaybe<Scalars['String']['input']>;
  wcagLevel?: InputMaybe<Scalars['String']['input']>;
  wheelchairAccessible?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The service is already archived. `code` is CONFLICT. */
export type ArchiveServiceAlreadyArchived = ArchiveServiceError & {
  __typename?: 'ArchiveServiceAlreadyArchived';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ArchiveServiceError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ArchiveServicePayload = {
  __typename?: 'ArchiveServicePayload';
  errors: Array<ArchiveServiceError>;
  service?: Maybe<Service>;
};

/** Assurance level of the authentication a channel requires (eIDAS). */
export type AuthenticationLevel =
  /** eIDAS high (eID card, eParaksts mobile). */
  | 'HIGH'
  /** eIDAS low. */
  | 'LOW'
  /** No authentication. */
  | 'NONE'
  /** eIDAS substantial (e.g. internet bank authentication). */
  | 'SUBSTANTIAL';

/** The result of one item of an import. */
export type CatalogueImportResult = {
  __typename?: 'CatalogueImportResult';
  /** The item's code (`identifier`), when it has one. */
  code?: Maybe<Scalars['String']['output']>;
  /** The item's position in its array in the document (0-based). */
  index: Scalars['Int']['output'];
  /** SERVICE or CHANNEL. */
  itemType: CatalogueItemType;
  outcome: WriteOutcome;
  /** Why it was rejected: each problem with its path in the item. Empty otherwise. */
  problems: Array<FieldProblem>;
  /** The item's `sourceId`, when it has one. */
  sourceId?: Maybe<Scalars['String']['output']>;
};

/** Kinds of import items. */
export type CatalogueItemType =
  | 'CHANNEL'
  | 'SERVICE';

/** One institution's catalogue data quality. */
export type CatalogueQualityReport = {
  __typename?: 'CatalogueQualityReport';
  /** Channels the institution owns that no service uses. */
  channelsWithoutServices: Array<Channel>;
  /** When the report was computed. */
  generatedAt: Scalars['DateTime']['output'];
  institution: Institution;
  /** Published services without a processing time. */
  publishedWithoutProcessingTime: Array<Service>;
  /** Services the institution holds that are not archived. */
  serviceCount: Scalars['Int']['output'];
  /** Services whose name or description has no English text. */
  servicesMissingEnglish: Array<Service>;
  /** Services (draft or published) with no channel at all. */
  servicesWithoutChannels: Array<Service>;
  /** Services not changed for 12 months or more. */
  staleServices: Array<Service>;
};

/**
 * A channel through which services are delivered. Query the type's own fields with fragments, e.g.
 * `... on EServiceChannel { url authenticationLevel }` or `... on ServiceLocation { address { city } }`.
 */
export type Channel = {
  /** Stable code, e.g. "VPVKAC-CESIS". */
  code: Scalars['String']['output'];
  /** More about the channel, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opening hours (service locations, phone lines); null when always available or not given. */
  hours?: Maybe<OpeningHours>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in the reader's language. */
  name: Scalars['String']['output'];
  /** The institution that owns and maintains the channel. */
  owner: Institution;
  /** Published services offered through this channel, ordered by code. `first` is 1–100 (default 20). */
  services: ServiceConnection;
  /** The channel type. */
  type: ChannelType;
};


/**
 * A channel through which services are delivered. Query the type's own fields with fragments, e.g.
 * `... on EServiceChannel { url authenticationLevel }` or `... on ServiceLocation { address { city } }`.
 */
export type ChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A channel through which services are delivered. Query the type's own fields with fragments, e.g.
 * `... on EServiceChannel { url authenticationLevel }` or `... on ServiceLocation { address { city } }`.
 */
export type ChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A channel through which services are delivered. Query the type's own fields with fragments, e.g.
 * `... on EServiceChannel { url authenticationLevel }` or `... on ServiceLocation { address { city } }`.
 */
export type ChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A charge of a service on one channel. */
export type ChannelCharge = {
  __typename?: 'ChannelCharge';
  /** The amount, e.g. 7.00. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** What it is for, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
};


/** A charge of a service on one channel. */
export type ChannelChargeDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ChannelChargeInput = {
  /** 0 or more, at most two decimals. */
  amount: Scalars['Float']['input'];
  /** ISO 4217, default "EUR". */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Array<LocalizedStringInput>>;
};

/** A page of channels. */
export type ChannelConnection = {
  __typename?: 'ChannelConnection';
  nodes: Array<Channel>;
  pageInfo: PageInfo;
  /** How many channels match. */
  totalCount: Scalars['Int']['output'];
};

/** Narrows `channels`. */
export type ChannelFilter = {
  /** Only unified state and municipal client service centres (VPVKAC). */
  clientServiceCentre?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only service locations in this municipality (case and diacritics do not matter). */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Only channels owned by the institution with this code. */
  ownerCode?: InputMaybe<Scalars['String']['input']>;
  /** Only channels of this type. */
  type?: InputMaybe<ChannelType>;
};

/** A channel's fields for `upsertChannel`; the fields of its `type` are required (see each). */
export type ChannelInput = {
  accessibility?: InputMaybe<AccessibilityInput>;
  /** POST and SERVICE_LOCATION: required. */
  address?: InputMaybe<PostalAddressInput>;
  /** E_SERVICE: default NONE. */
  authenticationLevel?: InputMaybe<AuthenticationLevel>;
  callCost?: InputMaybe<Array<LocalizedStringInput>>;
  /** Stable code, 2–64 characters of A–Z, 0–9 and "-". */
  code: Scalars['String']['input'];
  /** SERVICE_LOCATION: phone and e-mail of the location. */
  contacts?: InputMaybe<ContactPointInput>;
  /** SERVICE_LOCATION: required. */
  coordinates?: InputMaybe<GeoPointInput>;
  description?: InputMaybe<Array<LocalizedStringInput>>;
  /** EMAIL: required. */
  email?: InputMaybe<Scalars['String']['input']>;
  hours?: InputMaybe<OpeningHoursInput>;
  isClientServiceCentre?: InputMaybe<Scalars['Boolean']['input']>;
  /** Latvian required. */
  name: Array<LocalizedStringInput>;
  /** The owner's code; institutions may leave it out (their own). */
  ownerCode?: InputMaybe<Scalars['String']['input']>;
  /** PHONE: required. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  signatureRequired?: InputMaybe<Scalars['Boolean']['input']>;
  type: ChannelType;
  /** E_SERVICE and WEB_PAGE: required, https. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Types of channels (the Finnish catalogue's five, with e-mail and post). */
export type ChannelType =
  /** An e-mail address. */
  | 'EMAIL'
  /** An online service where the client acts (applies, pays, signs). */
  | 'E_SERVICE'
  /** A phone line. */
  | 'PHONE'
  /** A postal address for paper applications. */
  | 'POST'
  /** In person at a service location (a client service centre or an office). */
  | 'SERVICE_LOCATION'
  /** A web page with information. */
  | 'WEB_PAGE';

/** A person and how to reach them. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number in international format, e.g. "+371 67000000". */
  phone?: Maybe<Scalars['String']['output']>;
};

export type ContactPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Public contacts. */
export type ContactPoint = {
  __typename?: 'ContactPoint';
  /** Postal or visiting address. */
  address?: Maybe<PostalAddress>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Phone number in international format. */
  phone?: Maybe<Scalars['String']['output']>;
  /** A web page, an absolute URL. */
  website?: Maybe<Scalars['String']['output']>;
};

export type ContactPointInput = {
  address?: InputMaybe<PostalAddressInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Another service already has this code. `code` is CONFLICT. */
export type CreateServiceCodeTaken = CreateServiceError & {
  __typename?: 'CreateServiceCodeTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CreateServiceError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields are missing or invalid; `problems` lists each. `code` is BAD_USER_INPUT. */
export type CreateServiceInvalid = CreateServiceError & {
  __typename?: 'CreateServiceInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type CreateServicePayload = {
  __typename?: 'CreateServicePayload';
  errors: Array<CreateServiceError>;
  /** The new draft; null when there are errors. */
  service?: Maybe<Service>;
};

/** An online service (e-pakalpojums): where the client applies, signs, pays. */
export type EServiceChannel = Channel & {
  __typename?: 'EServiceChannel';
  /** Accessibility of the e-service. */
  accessibility?: Maybe<Accessibility>;
  /** The authentication it requires. */
  authenticationLevel: AuthenticationLevel;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  services: ServiceConnection;
  /** True when the client signs with a qualified e-signature (eParaksts). */
  signatureRequired: Scalars['Boolean']['output'];
  type: ChannelType;
  /** Where the e-service starts, an absolute https URL. */
  url: Scalars['String']['output'];
};


/** An online service (e-pakalpojums): where the client applies, signs, pays. */
export type EServiceChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** An online service (e-pakalpojums): where the client applies, signs, pays. */
export type EServiceChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** An online service (e-pakalpojums): where the client applies, signs, pays. */
export type EServiceChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An e-mail address for applications or questions. */
export type EmailChannel = Channel & {
  __typename?: 'EmailChannel';
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The address. */
  email: Scalars['String']['output'];
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  services: ServiceConnection;
  type: ChannelType;
};


/** An e-mail address for applications or questions. */
export type EmailChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** An e-mail address for applications or questions. */
export type EmailChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** An e-mail address for applications or questions. */
export type EmailChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A document or data the service needs (CPSV-AP Evidence). */
export type Evidence = {
  __typename?: 'Evidence';
  /** More about it, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its name in the reader's language, e.g. "Personu apliecinošs dokuments". */
  name: Scalars['String']['output'];
  /** True when the institution obtains it itself from another register (once-only): the client submits nothing. */
  obtainedByInstitution: Scalars['Boolean']['output'];
  /** The register it comes from when the institution obtains it, e.g. "Iedzīvotāju reģistrs". */
  sourceRegister?: Maybe<Scalars['String']['output']>;
};


/** A document or data the service needs (CPSV-AP Evidence). */
export type EvidenceDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A document or data the service needs (CPSV-AP Evidence). */
export type EvidenceNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type EvidenceInput = {
  description?: InputMaybe<Array<LocalizedStringInput>>;
  name: Array<LocalizedStringInput>;
  /** True when the institution obtains it from another register (once-only); default false. */
  obtainedByInstitution?: InputMaybe<Scalars['Boolean']['input']>;
  sourceRegister?: InputMaybe<Scalars['String']['input']>;
};

/** Who performs the service (one-stop-shop concept, §4.5.3). */
export type ExecutionType =
  /** Automatically by a system, no person in the loop. */
  | 'AUTOMATIC'
  /** By back-office units after the application is received. */
  | 'BACK_OFFICE'
  /** By a front-office client-service specialist while the client waits. */
  | 'FRONT_OFFICE';

/** A field with a problem and what is wrong. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
  /** Where, e.g. "name", "channels[1].channelCode", "costs[0].amount". */
  path: Scalars['String']['output'];
};

/** A point in WGS 84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

/** A point on the Earth in WGS 84 degrees, e.g. `{ latitude: 56.9496, longitude: 24.1052 }` (Rīga). */
export type GeoPointInput = {
  /** Latitude, −90 to 90. */
  latitude: Scalars['Float']['input'];
  /** Longitude, −180 to 180. */
  longitude: Scalars['Float']['input'];
};

/** What an import did. */
export type ImportCataloguePayload = {
  __typename?: 'ImportCataloguePayload';
  created: Scalars['Int']['output'];
  /** True when nothing was written because `dryRun` was set. */
  dryRun: Scalars['Boolean']['output'];
  rejected: Scalars['Int']['output'];
  /** One result per item, channels first, in document order. */
  results: Array<CatalogueImportResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/**
 * A public administration body that holds services (pakalpojuma turētājs) or provides them: a ministry,
 * an agency, a municipality, a state company.
 */
export type Institution = {
  __typename?: 'Institution';
  /** Channels this institution owns, ordered by code. `first` is 1–100 (default 20). */
  channels: ChannelConnection;
  /** Short stable code used across the graph and by institutions' systems, e.g. "PMLP", "VID". */
  code: Scalars['String']['output'];
  /** Public contacts: phone, e-mail, postal address. */
  contacts?: Maybe<ContactPoint>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * Name in the reader's language: the `language` argument (BCP 47, e.g. "en"), else the request's
   * Accept-Language, else Latvian.
   */
  name: Scalars['String']['output'];
  /** The name in every language it is given in; Latvian is always present. */
  nameTranslations: Array<LocalizedString>;
  /** The body this one is subordinate to (a ministry for its agency); null for top-level bodies. */
  parent?: Maybe<Institution>;
  /**
   * The service portfolio manager (pakalpojumu portfeļa pārvaldnieks). Internal: visible only to the institution
   * itself and operators; null for everyone else.
   */
  portfolioManager?: Maybe<ContactPerson>;
  /** Registration number in the register of public bodies (11 digits); null when not recorded. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Published services this institution holds, ordered by code. `first` is 1–100 (default 20). */
  services: ServiceConnection;
  /** What kind of body this is. */
  type: InstitutionType;
  /** The institution's public website, an absolute https URL. */
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * A public administration body that holds services (pakalpojuma turētājs) or provides them: a ministry,
 * an agency, a municipality, a state company.
 */
export type InstitutionChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A public administration body that holds services (pakalpojuma turētājs) or provides them: a ministry,
 * an agency, a municipality, a state company.
 */
export type InstitutionNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public administration body that holds services (pakalpojuma turētājs) or provides them: a ministry,
 * an agency, a municipality, a state company.
 */
export type InstitutionServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of institutions. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  nodes: Array<Institution>;
  pageInfo: PageInfo;
  /** How many institutions there are. */
  totalCount: Scalars['Int']['output'];
};

/** An institution and its cursor. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

/** Kinds of public bodies. */
export type InstitutionType =
  /** A state administration agency or service (iestāde, dienests). */
  | 'AGENCY'
  /** An independent body, e.g. a court or a regulator. */
  | 'INDEPENDENT'
  /** A ministry (ministrija). */
  | 'MINISTRY'
  /** A local government (pašvaldība). */
  | 'MUNICIPALITY'
  /** A state-owned company or capital company (valsts kapitālsabiedrība). */
  | 'STATE_COMPANY';

/** A legal act a service rests on (CPSV-AP LegalResource). */
export type LegalResource = {
  __typename?: 'LegalResource';
  /** The article, paragraph or point, e.g. "7. pants"; null when the whole act applies. */
  article?: Maybe<Scalars['String']['output']>;
  /** Title of the act in the reader's language, e.g. "Personu apliecinošu dokumentu likums". */
  title: Scalars['String']['output'];
  /** Link to the consolidated text (likumi.lv); null when not recorded. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A legal act a service rests on (CPSV-AP LegalResource). */
export type LegalResourceTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type LegalResourceInput = {
  article?: InputMaybe<Scalars['String']['input']>;
  title: Array<LocalizedStringInput>;
  /** An absolute https URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A life situation, by its code; the life-situations subgraph owns and resolves it. */
export type LifeSituation = {
  __typename?: 'LifeSituation';
  code: Scalars['String']['output'];
};

/** The index's entry for a life situation, as stored. */
export type LifeSituationSearchEntry = {
  __typename?: 'LifeSituationSearchEntry';
  code: Scalars['String']['output'];
  holderCode: Scalars['String']['output'];
  /** Every phrase, in every language. */
  phrases: Array<LocalizedString>;
  serviceCodes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Starts at 1, +1 on each change. */
  version: Scalars['Int']['output'];
};


/** The index's entry for a life situation, as stored. */
export type LifeSituationSearchEntryTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** The search index's entry for a life situation. */
export type LifeSituationSearchEntryInput = {
  /** The life situation's code in the life-situations subgraph, e.g. "BERNA-PIEDZIMSANA". */
  code: Scalars['String']['input'];
  /** The situation's holder institution (its code); an institution gives its own. */
  holderCode: Scalars['String']['input'];
  /** Phrases for what happened, any number per language (at most 100 in all, each 1–100 characters). */
  phrases: Array<LocalizedStringInput>;
  /** Codes of the services of its steps (at most 100). */
  serviceCodes: Array<Scalars['String']['input']>;
  /** The title, one per language; Latvian required. */
  title: Array<LocalizedStringInput>;
};

/** A life situation found by `search`: the situation itself comes from the life-situations subgraph. */
export type LifeSituationSearchHit = SearchHit & {
  __typename?: 'LifeSituationSearchHit';
  code: Scalars['String']['output'];
  kind: SearchHitKind;
  /** The life situation; null when the life-situations subgraph does not answer or no longer has it. */
  lifeSituation?: Maybe<LifeSituation>;
  reasons: Array<SearchReason>;
  score: Scalars['Float']['output'];
  scoreParts?: Maybe<SearchScoreParts>;
  title: Scalars['String']['output'];
};

/** Lifecycle phase of a service (finding A18). */
export type LifecyclePhase =
  /** Being created or implemented. */
  | 'IMPLEMENTATION'
  /** Being wound down. */
  | 'LIQUIDATION'
  /** Provided, maintained and developed. */
  | 'MAINTENANCE'
  /** Planned, not yet built. */
  | 'PLANNING';

/** A text in one language. `language` is a BCP 47 tag such as "lv" or "en". */
export type LocalizedString = {
  __typename?: 'LocalizedString';
  /** BCP 47 language tag, e.g. "lv", "en". */
  language: Scalars['String']['output'];
  /** The text in that language. */
  value: Scalars['String']['output'];
};

/** Multilingual text input: one entry per language; Latvian ("lv") is required wherever the text is required. */
export type LocalizedStringInput = {
  /** BCP 47 language tag, e.g. "lv", "en", "ru". */
  language: Scalars['String']['input'];
  /** The text, 1–10,000 characters. */
  value: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a service: it leaves lists and search, stays readable by code with `status: ARCHIVED`, and appears in the changes feed. */
  archiveService: ArchiveServicePayload;
  /**
   * Creates a service as a DRAFT. An institution creates services it holds (leave `holderCode` out or give its
   * own); operators name the holder. Requires `code` and a Latvian `name`; everything else may follow in updates.
   * Forbidden to persons and applications. Typed errors: `CreateServiceInvalid` (bad fields, each listed),
   * `CreateServiceCodeTaken`.
   */
  createService: CreateServicePayload;
  /**
   * Imports a catalogue document in the JSON format of docs/catalogue-import.md (CPSV-AP field names where they
   * exist): its channels first, then its services, each upserted by code or source id in its own transaction. Every
   * item gets a result (CREATED, UPDATED, UNCHANGED or REJECTED with the reasons); a rejected item writes nothing,
   * and the others are still imported. At most 500 items per call (the CLI `npm run catalogue:import` splits larger
   * files). With `dryRun: true` every item is checked and nothing is written.
   */
  importCatalogue: ImportCataloguePayload;
  /**
   * The holder names an institution that delivers its service for it (a client service centre, a municipality), so
   * that institution may register the service's cases and deliveries. Only the holder institution and operators
   * (FORBIDDEN otherwise; NOT_FOUND for a service the caller cannot see). Naming one already named changes nothing.
   * Otherwise the service gets a new `version` and appears in `serviceChanges`. Typed errors:
   * `NameServiceProviderUnknownInstitution`, `NameServiceProviderIsHolder`.
   * Example: `nameServiceProvider(input: { serviceCode: "VSAA-VECUMA-PENSIJA", institutionCode: "RIGA" })`.
   */
  nameServiceProvider: NameServiceProviderPayload;
  /**
   * Publishes a DRAFT (or republishes an ARCHIVED) service. It must have a Latvian name, a Latvian description, a
   * holder, at least one channel, a processing time and at least one legal basis; `PublishServiceIncomplete` lists
   * what is missing. With `validFrom` in the future the service appears in the catalogue from then.
   */
  publishService: PublishServicePayload;
  /**
   * Records how many cases people opened for services in a period (the cases subgraph's public
   * `Service.caseStatistics(from:, to:).total`, copied by an operators' job), which the one search box ranks by.
   * Operators only (FORBIDDEN otherwise). 1–1000 services a call; a service already recorded is overwritten.
   * Typed error: `RecordServiceDemandInvalid` (an unknown service code, a negative count, an empty period).
   */
  recordServiceDemand: RecordServiceDemandPayload;
  /**
   * The holder withdraws an institution named with `nameServiceProvider`: from then on it may not register the
   * service's cases (those it registered stay). Same rights as naming. A new `version`, shown in `serviceChanges`.
   * Typed error: `RemoveServiceProviderNotNamed`.
   */
  removeServiceProvider: RemoveServiceProviderPayload;
  /**
   * Sets how the one search box finds a life situation: its title and the phrases people use for what happened, per
   * language (replacing what was there), and the codes of the services of its steps (a service of a situation that
   * matches is found with it). The life-situations subgraph owns the situation itself; this is the search index's
   * entry for it (docs/applications.md, "One search box"). An institution sets entries of situations it holds (`holderCode` its
   * own); operators any. The first call for a code creates the entry. Forbidden to persons and applications; an
   * institution changing another's entry gets FORBIDDEN. Typed errors: `SetLifeSituationSearchEntryInvalid`,
   * `SetLifeSituationSearchEntryVersionConflict`.
   */
  setLifeSituationSearchEntry: SetLifeSituationSearchEntryPayload;
  /**
   * Changes a service. Only fields present in `input` change; `null` clears a field. Only the holder institution
   * and operators may change a service (FORBIDDEN otherwise). Give `expectedVersion` (the `version` you read) to be
   * told, instead of overwriting, when someone changed it in between. A published service stays published: the
   * change must keep every field publishing requires. Typed errors: `UpdateServiceInvalid`,
   * `UpdateServiceVersionConflict`.
   */
  updateService: UpdateServicePayload;
  /**
   * Creates or updates a channel by its `code`. An institution writes only channels it owns; operators any.
   * Typed error: `UpsertChannelInvalid`.
   */
  upsertChannel: UpsertChannelPayload;
  /**
   * Creates or updates a service by the holder's own identifier in its systems (`sourceId`, 1–200 characters), so
   * an institution's system can send the same record again safely: nothing changes and `outcome` is UNCHANGED when
   * it is the same. A new record needs `input.code`; an existing service of the same holder with that code and no
   * source id yet is adopted. Same rights and typed errors as create and update.
   */
  upsertService: UpsertServicePayload;
};


export type MutationArchiveServiceArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateServiceArgs = {
  input: ServiceInput;
};


export type MutationImportCatalogueArgs = {
  document: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationNameServiceProviderArgs = {
  input: NamedServiceProviderInput;
};


export type MutationPublishServiceArgs = {
  code: Scalars['String']['input'];
};


export type MutationRecordServiceDemandArgs = {
  input: Array<ServiceDemandInput>;
};


export type MutationRemoveServiceProviderArgs = {
  input: NamedServiceProviderInput;
};


export type MutationSetLifeSituationSearchEntryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: LifeSituationSearchEntryInput;
};


export type MutationUpdateServiceArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceInput;
};


export type MutationUpsertChannelArgs = {
  input: ChannelInput;
};


export type MutationUpsertServiceArgs = {
  input: ServiceInput;
  sourceId: Scalars['String']['input'];
};

/** Why `nameServiceProvider` named no one. */
export type NameServiceProviderError = {
  /** Machine code. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** The institution is the service's holder, which always may provide it. `code` is BAD_USER_INPUT. */
export type NameServiceProviderIsHolder = NameServiceProviderError & {
  __typename?: 'NameServiceProviderIsHolder';
  /** BAD_USER_INPUT */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** The result of `nameServiceProvider`. */
export type NameServiceProviderPayload = {
  __typename?: 'NameServiceProviderPayload';
  /** Empty on success. */
  errors: Array<NameServiceProviderError>;
  /** The service with its `namedProviders`; null when there are errors. */
  service?: Maybe<Service>;
};

/** No institution has `institutionCode`. `code` is BAD_USER_INPUT. */
export type NameServiceProviderUnknownInstitution = NameServiceProviderError & {
  __typename?: 'NameServiceProviderUnknownInstitution';
  /** BAD_USER_INPUT */
  code: Scalars['String']['output'];
  /** The code given. */
  institutionCode: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** A service and an institution that delivers it for the holder (see `nameServiceProvider`). */
export type NamedServiceProviderInput = {
  /** The providing institution's code, e.g. "RIGA". */
  institutionCode: Scalars['String']['input'];
  /** The service's code, e.g. "VSAA-VECUMA-PENSIJA". */
  serviceCode: Scalars['String']['input'];
};

/** A date with hours other than the regular week. */
export type OpeningException = {
  __typename?: 'OpeningException';
  /** True when closed all day. */
  closed: Scalars['Boolean']['output'];
  date: Scalars['Date']['output'];
  /** The periods of that date; empty when closed. */
  periods: Array<TimeRange>;
  /** Why, in the reader's language, e.g. "Pirmssvētku diena". */
  reason?: Maybe<Scalars['String']['output']>;
};


/** A date with hours other than the regular week. */
export type OpeningExceptionReasonArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type OpeningExceptionInput = {
  date: Scalars['Date']['input'];
  /** Empty or absent: closed all day. */
  periods?: InputMaybe<Array<TimeRangeInput>>;
  reason?: InputMaybe<Array<LocalizedStringInput>>;
};

/**
 * Opening hours in Riga local time: weekly periods, exceptions for dates, and whether Latvian public holidays
 * close the channel. A period whose `closes` is not after `opens` runs past midnight ("20:00"–"02:00");
 * "00:00"–"00:00" is the whole day.
 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** True when public holidays (Christmas, Jāņi, 18 November…) close the channel unless an exception says otherwise. */
  closedOnPublicHolidays: Scalars['Boolean']['output'];
  /** Dates that differ from the regular week, in date order. */
  exceptions: Array<OpeningException>;
  /** A note, e.g. about a lunch break, in the reader's language. */
  note?: Maybe<Scalars['String']['output']>;
  /** The regular week, Monday first. */
  weekly: Array<OpeningPeriod>;
};


/**
 * Opening hours in Riga local time: weekly periods, exceptions for dates, and whether Latvian public holidays
 * close the channel. A period whose `closes` is not after `opens` runs past midnight ("20:00"–"02:00");
 * "00:00"–"00:00" is the whole day.
 */
export type OpeningHoursNoteArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type OpeningHoursInput = {
  /** Default true. */
  closedOnPublicHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  exceptions?: InputMaybe<Array<OpeningExceptionInput>>;
  note?: InputMaybe<Array<LocalizedStringInput>>;
  weekly: Array<OpeningPeriodInput>;
};

/** One opening period of a weekday. */
export type OpeningPeriod = {
  __typename?: 'OpeningPeriod';
  /** Closing time "HH:MM" ("24:00" is midnight); not after `opens` means the next day. */
  closes: Scalars['String']['output'];
  day: Weekday;
  /** Opening time "HH:MM". */
  opens: Scalars['String']['output'];
};

export type OpeningPeriodInput = {
  /** "HH:MM" or "24:00"; not after `opens` means past midnight. */
  closes: Scalars['String']['input'];
  day: Weekday;
  /** "HH:MM". */
  opens: Scalars['String']['input'];
};

/** Kinds of service results. */
export type OutputType =
  | 'CERTIFICATE'
  | 'DECISION'
  | 'DOCUMENT'
  | 'OTHER'
  | 'PAYMENT'
  | 'PERMIT'
  | 'REGISTRATION'
  | 'STATEMENT';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A phone line. */
export type PhoneChannel = Channel & {
  __typename?: 'PhoneChannel';
  /** What a call costs, in the reader's language; null when a normal call rate. */
  callCost?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  /** The number in international format, e.g. "+371 67120000". */
  phoneNumber: Scalars['String']['output'];
  services: ServiceConnection;
  type: ChannelType;
};


/** A phone line. */
export type PhoneChannelCallCostArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A phone line. */
export type PhoneChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A phone line. */
export type PhoneChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A phone line. */
export type PhoneChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A postal address for paper applications. */
export type PostChannel = Channel & {
  __typename?: 'PostChannel';
  /** Where to send letters. */
  address: PostalAddress;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  services: ServiceConnection;
  type: ChannelType;
};


/** A postal address for paper applications. */
export type PostChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A postal address for paper applications. */
export type PostChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A postal address for paper applications. */
export type PostChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A postal address in Latvia or abroad. */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  /** Town or village, e.g. "Cēsis". */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. "LV". */
  country: Scalars['String']['output'];
  /** Municipality, e.g. "Cēsu novads". */
  municipality?: Maybe<Scalars['String']['output']>;
  /** Postal code, e.g. "LV-4101". */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Street and building, e.g. "Raunas iela 4". */
  street: Scalars['String']['output'];
};

export type PostalAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, default "LV". */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Required for service locations, e.g. "Cēsu novads". */
  municipality?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

/** Roles of service providers. */
export type ProviderRole =
  /** Unified state and municipal client service centres (VPVKAC). */
  | 'CLIENT_SERVICE_CENTRE'
  /** The holder itself. */
  | 'HOLDER'
  /** A municipality acting for the holder. */
  | 'MUNICIPALITY'
  /** Another public institution. */
  | 'OTHER_INSTITUTION'
  /** A private partner (a bank, a post office). */
  | 'PARTNER';

/** The service is already published. `code` is CONFLICT. */
export type PublishServiceAlreadyPublished = PublishServiceError & {
  __typename?: 'PublishServiceAlreadyPublished';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PublishServiceError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The service lacks what clients need; `missing` names each field. `code` is INCOMPLETE. */
export type PublishServiceIncomplete = PublishServiceError & {
  __typename?: 'PublishServiceIncomplete';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Of: name, description, holder, channels, processingTime, legalBasis. */
  missing: Array<Scalars['String']['output']>;
};

export type PublishServicePayload = {
  __typename?: 'PublishServicePayload';
  errors: Array<PublishServiceError>;
  service?: Maybe<Service>;
};

/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Data quality of one institution's catalogue: services without channels, services missing English, services
   * not updated for 12 months, published services without a processing time, and the institution's channels that
   * no service uses. Only that institution and operators may read it (FORBIDDEN for anyone else,
   * UNAUTHENTICATED without a token). Example: `catalogueQualityReport(institutionCode: "PMLP")`.
   */
  catalogueQualityReport?: Maybe<CatalogueQualityReport>;
  /** One channel (e-service, web page, phone, e-mail, post or service location) by `id` or `code` (give exactly one). */
  channel?: Maybe<Channel>;
  /**
   * Channels, ordered by code, optionally narrowed by `filter`. Paginated: `first` is 1–100 (default 20).
   * Example: all client service centres in a municipality:
   * `channels(filter: { type: SERVICE_LOCATION, municipality: "Cēsu novads" })`.
   */
  channels?: Maybe<ChannelConnection>;
  /** One institution by its `id` or its `code` (give exactly one), e.g. `institution(code: "PMLP")`. */
  institution?: Maybe<Institution>;
  /** All institutions, ordered by code. Paginated: `first` is 1–100 (default 20). */
  institutions?: Maybe<InstitutionConnection>;
  /**
   * The portal's one search box: services, life situations and service locations (client service centres and
   * offices) in one list, best first, for what a person types in Latvian, English or Russian, as a sentence or a
   * word, with or without diacritics, inflected, misspelt, or Russian typed in Latin letters ("posobie po
   * bezrabotice"). Phrases that only ask ("kā", "how do I", "как", "what should I do") are ignored. Ranked by
   * how well the text matches (names before alternative names before keywords before descriptions; a service of a
   * matching life situation counts too), then by importance (RK2), demand (yearly cases) and channels (an
   * e-service, a place to go); each hit says why it was found (`reasons`). `query` is 1–200 characters; `first` is
   * 1–100 (default 20); `after` continues from a previous page's `pageInfo.endCursor` (positions). `language`
   * (default: Accept-Language, then Latvian) only sets the language of `didYouMean` and of texts the hits show.
   * Example: `search(query: "man piedzima bērns", first: 10) { totalCount nodes { kind title reasons { kind matched } } }`.
   */
  search?: Maybe<SearchConnection>;
  /**
   * Searches the published catalogue the way a person types: ranked by relevance, in Latvian with or without
   * diacritics ("dzivesvieta" finds "dzīvesvieta") and in any inflected form ("pasi", "pases" find "pase";
   * "deklarēt" finds "deklarēšana"), tolerant of a typo ("dzīvesvita"), across names, alternative names, keywords,
   * summaries and descriptions in every language (English too: "passport"). `query` is 1–200 characters; words
   * such as "kā", "how", "the" are ignored. Results come best first; `first` is 1–100 (default 20) and `after`
   * continues from a previous page's `pageInfo.endCursor` (positions, so a page boundary can shift when the
   * catalogue changes in between). `filter` narrows the results as in `services`. Example:
   * `searchServices(query: "deklarēt dzīvesvietu", first: 5)`.
   */
  searchServices?: Maybe<ServiceSearchConnection>;
  /**
   * One service by its `id` or its stable `code` (give exactly one), e.g. `service(code: "PMLP-PASE")`.
   * Anyone sees published and archived services (an archived one has `status: ARCHIVED`, so a link to it still
   * resolves); drafts and services scheduled for a later `validFrom` only their holder institution and operators.
   * Null when no such service is visible to the caller.
   */
  service?: Maybe<Service>;
  /**
   * The changes feed for portals that mirror the catalogue: every service that has been published at least once
   * and changed after `modifiedSince` (published, updated, archived, given a new `validFrom`/`validTo`, or a
   * provider named or removed: see `namedProviders`),
   * oldest change first. Archived services are included with `status: ARCHIVED` so a mirror can remove them;
   * drafts never appear. A mirror applies `validFrom`/`validTo` itself: the moment one passes is not a change.
   * Poll with the `modifiedAt` of the last item you saw, less a minute, and skip `version`s you already have: a
   * change committed a moment late can carry a slightly earlier time. `first` is 1–100 (default 20); pages follow
   * `pageInfo.endCursor`. Example: `serviceChanges(modifiedSince: "2026-03-01T00:00:00Z", first: 100)`.
   */
  serviceChanges?: Maybe<ServiceChangeConnection>;
  /**
   * Service locations (client service centres, institutions' offices) nearest to a point, closest first, within
   * `radiusKm` (0.1–300, default 25). With `serviceCode`, only locations where that service can be requested;
   * with `openAt`, only locations open at that instant by Riga local time (weekly hours, exceptions, public
   * holidays, periods past midnight). A location is not bound to the client's residence: any centre serves any
   * client. `first` is 1–100 (default 20). Example:
   * `serviceLocationsNear(near: { latitude: 57.3119, longitude: 25.2710 }, serviceCode: "VSAA-VECUMA-PENSIJA", openAt: "2026-03-10T09:00:00Z")`.
   */
  serviceLocationsNear?: Maybe<ServiceLocationDistanceConnection>;
  /**
   * Published services in force now (published, `validFrom` passed, `validTo` not reached), ordered by code.
   * Paginated: `first` is 1–100 (default 20); pass the previous page's `pageInfo.endCursor` as `after`.
   */
  services?: Maybe<ServiceConnection>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryCatalogueQualityReportArgs = {
  institutionCode: Scalars['String']['input'];
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryChannelArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChannelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryInstitutionArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QuerySearchServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryServiceArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryServiceChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince: Scalars['DateTime']['input'];
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryServiceLocationsNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  openAt?: InputMaybe<Scalars['DateTime']['input']>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  serviceCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions, the public services they hold,
 * and the channels and service locations through which clients receive them. Owned by the services subgraph.
 * Modelled on CPSV-AP 3.2 and the Finnish service catalogue: an e-service is a CHANNEL of a service, never a
 * service of its own.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordServiceDemandError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An entry is invalid; `problems` lists each (path `input.3.serviceCode`). `code` is BAD_USER_INPUT; nothing is recorded. */
export type RecordServiceDemandInvalid = RecordServiceDemandError & {
  __typename?: 'RecordServiceDemandInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type RecordServiceDemandPayload = {
  __typename?: 'RecordServiceDemandPayload';
  errors: Array<RecordServiceDemandError>;
  /** How many services were recorded (0 when there are errors). */
  recorded: Scalars['Int']['output'];
};

/** How to challenge a decision (EU Single Digital Gateway: means of redress, effect of silence). */
export type Redress = {
  __typename?: 'Redress';
  /** Time limit to appeal as an ISO 8601 duration, e.g. "P1M"; null when not recorded. */
  appealDeadline?: Maybe<Scalars['String']['output']>;
  /** The institution that hears the appeal, when it is in this catalogue. */
  appealTo?: Maybe<Institution>;
  /** How and where to appeal, in the reader's language. */
  howToAppeal?: Maybe<Scalars['String']['output']>;
  /** What it means when the institution does not answer in time. */
  silence: SilenceMeaning;
  /** More about the effect of silence, in the reader's language. */
  silenceNote?: Maybe<Scalars['String']['output']>;
};


/** How to challenge a decision (EU Single Digital Gateway: means of redress, effect of silence). */
export type RedressHowToAppealArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** How to challenge a decision (EU Single Digital Gateway: means of redress, effect of silence). */
export type RedressSilenceNoteArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type RedressInput = {
  /** ISO 8601 duration. */
  appealDeadline?: InputMaybe<Scalars['String']['input']>;
  appealToCode?: InputMaybe<Scalars['String']['input']>;
  howToAppeal?: InputMaybe<Array<LocalizedStringInput>>;
  silence: SilenceMeaning;
  silenceNote?: InputMaybe<Array<LocalizedStringInput>>;
};

/** Why `removeServiceProvider` removed no one. */
export type RemoveServiceProviderError = {
  /** Machine code. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** The institution is not among the service's `namedProviders`; nothing changed. `code` is NOT_FOUND. */
export type RemoveServiceProviderNotNamed = RemoveServiceProviderError & {
  __typename?: 'RemoveServiceProviderNotNamed';
  /** NOT_FOUND */
  code: Scalars['String']['output'];
  /** The code given. */
  institutionCode: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** The result of `removeServiceProvider`. */
export type RemoveServiceProviderPayload = {
  __typename?: 'RemoveServiceProviderPayload';
  /** Empty on success. */
  errors: Array<RemoveServiceProviderError>;
  /** The service with its `namedProviders`; null when there are errors. */
  service?: Maybe<Service>;
};

/** A page of the one search box's hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /**
   * The query with a misspelt word replaced by the closest word the catalogue knows, when a query word matches
   * nothing and something similar exists (e.g. "dzivesvita" → "dzivesvieta"); null otherwise. Words are shown
   * without diacritics, as the index keeps them.
   */
  didYouMean?: Maybe<Scalars['String']['output']>;
  edges: Array<SearchEdge>;
  facets: SearchFacets;
  /** The hits on this page, best first. */
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  /** How many hits in all. */
  totalCount: Scalars['Int']['output'];
};

/** A search hit with its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** How many hits share one value: a kind, a holder's code, a channel type or a municipality. */
export type SearchFacetValue = {
  __typename?: 'SearchFacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** Counts of all hits (not only this page) by kind, holder, channel type and region; each best first. */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  /** Channel type: of services (each service once per type) and SERVICE_LOCATION for locations. */
  channel: Array<SearchFacetValue>;
  /** Holder institution's code. */
  holder: Array<SearchFacetValue>;
  kind: Array<SearchFacetValue>;
  /** Municipality where a service can be requested in person, or where a location is. */
  region: Array<SearchFacetValue>;
};

/** Narrows `search`. Every given condition must hold. */
export type SearchFilter = {
  /** Only services available through this type of channel (and, for SERVICE_LOCATION, locations); life situations drop out. */
  channelType?: InputMaybe<ChannelType>;
  /** Only hits of this institution (a service's holder, a life situation's holder, a location's owner), by code, e.g. "PMLP". */
  holderCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds of hits; default all three. */
  kinds?: InputMaybe<Array<SearchHitKind>>;
  /** Only services that can be requested in this municipality, and locations there, e.g. "Cēsu novads"; life situations drop out. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A search hit: a service, a life situation or a service location. */
export type SearchHit = {
  /** The hit's code (service, life situation or channel code). */
  code: Scalars['String']['output'];
  kind: SearchHitKind;
  /** Why it was found, strongest first. */
  reasons: Array<SearchReason>;
  /** Relevance: higher is better; only comparable within one search. */
  score: Scalars['Float']['output'];
  /** The parts of `score`: for operators only, null for anyone else. */
  scoreParts?: Maybe<SearchScoreParts>;
  /** Its name or title in the search's language (Latvian when missing). */
  title: Scalars['String']['output'];
};

/** What a search hit is. */
export type SearchHitKind =
  /** A life situation, resolved by the life-situations subgraph (`LifeSituationSearchHit`). */
  | 'LIFE_SITUATION'
  /** A public service (`ServiceSearchHit`). */
  | 'SERVICE'
  /** A client service centre or an institution's office (`ServiceLocationSearchHit`). */
  | 'SERVICE_LOCATION';

/** One reason for a hit. */
export type SearchReason = {
  __typename?: 'SearchReason';
  kind: SearchReasonKind;
  /** The query words that matched, as typed (e.g. "pasi"), or for SITUATION the life situation's code. */
  matched: Scalars['String']['output'];
};

/** Why a hit was found. */
export type SearchReasonKind =
  /** A word of its summary or description. */
  | 'DESCRIPTION'
  /** A keyword or search phrase its holder added in the register. */
  | 'KEYWORD'
  /** A word of its name. */
  | 'NAME'
  /** Its town or municipality. */
  | 'PLACE'
  /** A word spelt similarly to a query word (a typo). */
  | 'SIMILAR_SPELLING'
  /** It is a service of a life situation the query matches (`matched` is the situation's code). */
  | 'SITUATION'
  /** A word of an alternative name (a synonym of the name). */
  | 'SYNONYM';

/** How a hit's score was made (operators only). */
export type SearchScoreParts = {
  __typename?: 'SearchScoreParts';
  /** +0.1 with an e-service, +0.05 with a place to go. */
  channels: Scalars['Float']['output'];
  /** Yearly cases on a log scale, 0–0.3. */
  demand: Scalars['Float']['output'];
  /** RK2 importance (0–0.3) and +0.1 for a key service; 0.8 for a life situation (0.4 when only similar spelling matched); 0.2 for a client service centre. */
  importance: Scalars['Float']['output'];
  /** For a service that a life situation matching every word lists in its steps: 0.5 × the situation's text relevance × the share of the words the service itself lacks ÷ (1 + 0.15 × (step position − 1)). */
  situation: Scalars['Float']['output'];
  /** Text relevance: full-text rank, + 2 × the share of the query's words it has, + trigram similarity. */
  text: Scalars['Float']['output'];
};

/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type Service = {
  __typename?: 'Service';
  /** Other names people know the service by, in the reader's language (e.g. "ārzemju pase"); empty when none. */
  alternativeNames: Array<Scalars['String']['output']>;
  /** Who the service is for. */
  audiences: Array<ServiceAudience>;
  /** The strongest authentication any step of the service requires. */
  authenticationLevel: AuthenticationLevel;
  /** Whether a legal act requires the service or it is the institution's own initiative. */
  basis: ServiceBasis;
  /** How the client can receive the service, in the holder's order. `type` narrows to one channel type. */
  channels: Array<ServiceChannel>;
  /** Stable human-readable code, e.g. "PMLP-PASE" (passport issuance). Never reused. */
  code: Scalars['String']['output'];
  /** What the service costs; empty when it is free. */
  costs: Array<ServiceCost>;
  /** Client-facing description in the reader's language; null when none is written yet. */
  description?: Maybe<Scalars['String']['output']>;
  /** The description in every language it is given in. */
  descriptionTranslations: Array<LocalizedString>;
  /**
   * Documents and data the service needs (CPSV-AP Evidence). Those with `obtainedByInstitution: true` the
   * institution gets itself from another register (once-only principle): the client does not submit them.
   */
  evidence: Array<Evidence>;
  /** Who performs the service; null when not recorded. */
  executionType?: Maybe<ExecutionType>;
  /** The institution that holds the service and answers for it. */
  holder: Institution;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** The holder's assessment of the service's importance (RK2); null when not assessed. */
  importance?: Maybe<ServiceImportance>;
  /** What the client does, step by step, in the reader's language; null when none is written. */
  instructions?: Maybe<Scalars['String']['output']>;
  /**
   * The internal (management) view: service manager, process description, indicators, unit cost, the holder's
   * source id and the version history. Visible only to the holder institution and operators; null for everyone
   * else, never an error, so the same query works for the public.
   */
  internal?: Maybe<ServiceInternalView>;
  /** True when the service costs nothing on any channel. */
  isFree: Scalars['Boolean']['output'];
  /** A key service (galvenais pakalpojums) of its holder. */
  isKeyService: Scalars['Boolean']['output'];
  /** Search keywords in the reader's language. */
  keywords: Array<Scalars['String']['output']>;
  /** The kind of service. */
  kind: ServiceKind;
  /** The legal acts the service rests on. */
  legalBasis: Array<LegalResource>;
  /** Lifecycle phase. */
  lifecyclePhase: LifecyclePhase;
  /** Maturity level (RK11): 0 non-existent, 1 initial, 2 repeatable, 3 defined, 4 managed, 5 optimised; null when not assessed. */
  maturityLevel?: Maybe<Scalars['Int']['output']>;
  /** When the service last changed (any field, publishing or archiving). */
  modifiedAt: Scalars['DateTime']['output'];
  /** Name in the reader's language (argument, else Accept-Language, else Latvian). */
  name: Scalars['String']['output'];
  /** The name in every language it is given in. */
  nameTranslations: Array<LocalizedString>;
  /**
   * Institutions the holder has named to deliver the service for it (e.g. a municipality whose client service
   * centres (VPVKAC) take the applications), ordered by code. Besides the holder, only these may register the
   * service's cases and deliveries (`registerCase`, `recordServiceDeliveries`). The holder is not listed. Changed with
   * `nameServiceProvider` and `removeServiceProvider`; each change is a new `version` and shows in `serviceChanges`.
   */
  namedProviders: Array<Institution>;
  /** What the client receives: a permit, a certificate, a decision, a payment… */
  outputs: Array<ServiceOutput>;
  /** True when the days in `processingTime` and `processingTimeLimit` are Latvian working days. */
  processingDaysAreWorkingDays: Scalars['Boolean']['output'];
  /**
   * Usual processing time as an ISO 8601 duration, e.g. "P10D" (10 days). Whether the days are working or
   * calendar days is given by `processingDaysAreWorkingDays`.
   */
  processingTime?: Maybe<Scalars['String']['output']>;
  /** The longest processing time a legal act allows, as an ISO 8601 duration (e.g. "P1M"); null when none is set. */
  processingTimeLimit?: Maybe<Scalars['String']['output']>;
  /** Who delivers the service and what each does: the holder, client service centres, municipalities, partners. */
  providers: Array<ServiceProvider>;
  /** How to appeal a decision and what the institution's silence means; null when not described. */
  redress?: Maybe<Redress>;
  /** Services often used together with this one (visible ones only). */
  relatedServices: Array<Service>;
  /** Services the client must have received first (visible ones only). */
  requiredServices: Array<Service>;
  /** Conditions the client must meet (CPSV-AP Requirement). */
  requirements: Array<ServiceRequirement>;
  /** Publishing state. */
  status: ServiceStatus;
  /** One or two sentences for result lists, in the reader's language; null when none is written. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Thematic areas. */
  thematicAreas: Array<ThematicArea>;
  /** The service is in the catalogue from this instant; null: from publishing. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The service leaves lists and search at this instant (its `status` stays PUBLISHED until it is archived, and it
   * stays readable by code); null: no end.
   */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** Increases by one with every change; pass it as `expectedVersion` to `updateService`. */
  version: Scalars['Int']['output'];
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceAlternativeNamesArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceChannelsArgs = {
  type?: InputMaybe<ChannelType>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceInstructionsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceKeywordsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type ServiceSummaryArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Who a service is meant for. */
export type ServiceAudience =
  /** Companies and other legal persons (juridiskas personas). */
  | 'BUSINESS'
  /** Other public institutions (inter-institutional services). */
  | 'INSTITUTION'
  /** Natural persons (fiziskas personas). */
  | 'PERSON';

/** Why the institution provides the service. */
export type ServiceBasis =
  /** The institution's own initiative (pašiniciatīva). */
  | 'SELF_INITIATIVE'
  /** A legal act requires it (deleģēts ar normatīvo aktu); the act is in `legalBasis`. */
  | 'STATE_MANDATED';

/** Kinds of service changes. */
export type ServiceChange =
  | 'ARCHIVED'
  | 'CREATED'
  | 'PUBLISHED'
  | 'UPDATED';

/** A page of the changes feed, oldest change first. */
export type ServiceChangeConnection = {
  __typename?: 'ServiceChangeConnection';
  edges: Array<ServiceChangeEdge>;
  nodes: Array<Service>;
  pageInfo: PageInfo;
};

/** A changed service. */
export type ServiceChangeEdge = {
  __typename?: 'ServiceChangeEdge';
  cursor: Scalars['String']['output'];
  /** When it changed; pass the last one as `modifiedSince` next time. */
  modifiedAt: Scalars['DateTime']['output'];
  node: Service;
};

/** A channel as one service uses it: the link has its own charge, hours and contacts. */
export type ServiceChannel = {
  __typename?: 'ServiceChannel';
  /** The channel. */
  channel: Channel;
  /** What the service costs on this channel; null when the same as `Service.costs`. */
  charge?: Maybe<ChannelCharge>;
  /** Contacts for this service on this channel when they differ from the channel's own. */
  contacts?: Maybe<ContactPoint>;
  /** Hours for this service on this channel when they differ from the channel's own; null otherwise. */
  hours?: Maybe<OpeningHours>;
  /** A note for the client about this service on this channel, in the reader's language. */
  note?: Maybe<Scalars['String']['output']>;
};


/** A channel as one service uses it: the link has its own charge, hours and contacts. */
export type ServiceChannelNoteArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceChannelInput = {
  /** The channel's code, e.g. "VPVKAC-CESIS". */
  channelCode: Scalars['String']['input'];
  charge?: InputMaybe<ChannelChargeInput>;
  contacts?: InputMaybe<ContactPointInput>;
  hours?: InputMaybe<OpeningHoursInput>;
  note?: InputMaybe<Array<LocalizedStringInput>>;
};

/** A page of services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  /** The services on this page, in order (a shortcut for edges.node). */
  nodes: Array<Service>;
  pageInfo: PageInfo;
  /** How many services match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A price of a service (CPSV-AP Cost). */
export type ServiceCost = {
  __typename?: 'ServiceCost';
  /** The amount, e.g. 15.65. */
  amount: Scalars['Float']['output'];
  /** The channel type this amount applies to; null when it applies on every channel. */
  channelType?: Maybe<ChannelType>;
  /** ISO 4217 currency code, e.g. "EUR". */
  currency: Scalars['String']['output'];
  /** What the amount is for, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
  /** Who pays less or nothing, in the reader's language. */
  exemptions?: Maybe<Scalars['String']['output']>;
};


/** A price of a service (CPSV-AP Cost). */
export type ServiceCostDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A price of a service (CPSV-AP Cost). */
export type ServiceCostExemptionsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceCostInput = {
  /** 0 or more, at most two decimals. */
  amount: Scalars['Float']['input'];
  channelType?: InputMaybe<ChannelType>;
  /** ISO 4217, default "EUR". */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Array<LocalizedStringInput>>;
  exemptions?: InputMaybe<Array<LocalizedStringInput>>;
};

/** Cases opened for one service in a period. */
export type ServiceDemandInput = {
  /** Cases opened, 0 or more. */
  caseCount: Scalars['Int']['input'];
  /** The period counted, e.g. "2025". */
  period: Scalars['String']['input'];
  serviceCode: Scalars['String']['input'];
};

/** A service and its cursor. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

/** Narrows `services` and `searchServices`. Every given condition must hold. */
export type ServiceFilter = {
  /** Only services for this audience. */
  audience?: InputMaybe<ServiceAudience>;
  /** Only services offered through a channel of this type, e.g. E_SERVICE for services that can be done online. */
  channelType?: InputMaybe<ChannelType>;
  /**
   * Only services with these codes (1–100). Use it for a life situation: the life-situations subgraph owns which
   * services belong to one, e.g. take the codes from `lifeSituation(code: "BERNA-PIEDZIMSANA") { steps { services { code } } }`.
   */
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only services held by the institution with this code, e.g. "PMLP". */
  holderCode?: InputMaybe<Scalars['String']['input']>;
  /** Only key services (true) or only the others (false). */
  keyService?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only services of this kind. */
  kind?: InputMaybe<ServiceKind>;
  /**
   * Only services that can be requested in person at a service location in this municipality, e.g. "Cēsu novads"
   * or "Rīga" (case and diacritics do not matter).
   */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Only services in this thematic area. */
  thematicArea?: InputMaybe<ThematicArea>;
};

/** The holder's assessment of a service's importance (RK2); each factor 1–4. */
export type ServiceImportance = {
  __typename?: 'ServiceImportance';
  /** The service's contribution to the function: 4 critical … 1 minor. */
  contribution: Scalars['Int']['output'];
  /** Derived level 1–4: the rounded mean of the three factors, at least 3 when the need is critical. */
  level: Scalars['Int']['output'];
  /** 4 critical (security, life), 3 important (health, fundamental rights, education), 2 medium, 1 minor. */
  needImportance: Scalars['Int']['output'];
  /** 4 the whole society, 3 broad (all businesses), 2 narrow, 1 very narrow. */
  targetGroupSize: Scalars['Int']['output'];
};

/** Each factor 1–4. */
export type ServiceImportanceInput = {
  contribution: Scalars['Int']['input'];
  needImportance: Scalars['Int']['input'];
  targetGroupSize: Scalars['Int']['input'];
};

/** An internal indicator of a service. */
export type ServiceIndicator = {
  __typename?: 'ServiceIndicator';
  /** What is measured, e.g. "Pieteikumu skaits". */
  name: Scalars['String']['output'];
  /** The period, e.g. "2025" or "2026-Q1". */
  period?: Maybe<Scalars['String']['output']>;
  /** Unit, e.g. "gab.", "dienas", "%". */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value. */
  value: Scalars['Float']['output'];
};

export type ServiceIndicatorInput = {
  name: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

/**
 * A service's fields for `createService`, `updateService` and `upsertService`. In an update, absent fields keep
 * their value and `null` clears one. Multilingual texts are lists of `{ language, value }`; alternative names
 * and keywords may repeat a language.
 */
export type ServiceInput = {
  alternativeNames?: InputMaybe<Array<LocalizedStringInput>>;
  /** At least one. */
  audiences?: InputMaybe<Array<ServiceAudience>>;
  authenticationLevel?: InputMaybe<AuthenticationLevel>;
  basis?: InputMaybe<ServiceBasis>;
  /** The channels by code, in order; each at most once. Replaces the service's channel list. */
  channels?: InputMaybe<Array<ServiceChannelInput>>;
  /** Stable code, 2–64 characters of A–Z, 0–9 and "-", starting with the holder's code by convention (e.g. "PMLP-PASE"). Required to create; cannot change. */
  code?: InputMaybe<Scalars['String']['input']>;
  costs?: InputMaybe<Array<ServiceCostInput>>;
  description?: InputMaybe<Array<LocalizedStringInput>>;
  evidence?: InputMaybe<Array<EvidenceInput>>;
  executionType?: InputMaybe<ExecutionType>;
  /** The holder institution's code. Institutions may leave it out (their own); operators must give it. Cannot change. */
  holderCode?: InputMaybe<Scalars['String']['input']>;
  importance?: InputMaybe<ServiceImportanceInput>;
  instructions?: InputMaybe<Array<LocalizedStringInput>>;
  /** The internal view (visible to the holder and operators only). */
  internal?: InputMaybe<ServiceInternalInput>;
  isKeyService?: InputMaybe<Scalars['Boolean']['input']>;
  keywords?: InputMaybe<Array<LocalizedStringInput>>;
  kind?: InputMaybe<ServiceKind>;
  legalBasis?: InputMaybe<Array<LegalResourceInput>>;
  lifecyclePhase?: InputMaybe<LifecyclePhase>;
  /** 0–5. */
  maturityLevel?: InputMaybe<Scalars['Int']['input']>;
  /** Name; Latvian required, up to 300 characters each. */
  name?: InputMaybe<Array<LocalizedStringInput>>;
  outputs?: InputMaybe<Array<ServiceOutputInput>>;
  processingDaysAreWorkingDays?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 8601 duration, e.g. "P10D". */
  processingTime?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 duration; when both are given, not shorter than `processingTime`. */
  processingTimeLimit?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<ServiceProviderInput>>;
  redress?: InputMaybe<RedressInput>;
  relatedServiceCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  requiredServiceCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  requirements?: InputMaybe<Array<ServiceRequirementInput>>;
  summary?: InputMaybe<Array<LocalizedStringInput>>;
  thematicAreas?: InputMaybe<Array<ThematicArea>>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** After `validFrom` when both are given. */
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ServiceInternalInput = {
  indicators?: InputMaybe<Array<ServiceIndicatorInput>>;
  manager?: InputMaybe<ContactPersonInput>;
  processDescription?: InputMaybe<Scalars['String']['input']>;
  /** Euros, 0 or more. */
  unitCost?: InputMaybe<Scalars['Float']['input']>;
};

/** The holder's internal view of a service. Only the holder institution and operators receive it. */
export type ServiceInternalView = {
  __typename?: 'ServiceInternalView';
  /** Every change, newest first: who, when, what. `first` is 1–100 (default 20). */
  history: ServiceVersionConnection;
  /** Internal indicators: volumes, times, satisfaction. */
  indicators: Array<ServiceIndicator>;
  /** The person responsible for the service in the holder (pakalpojuma vadītājs). */
  manager?: Maybe<ContactPerson>;
  /** How the service is processed inside the institution (free text). */
  processDescription?: Maybe<Scalars['String']['output']>;
  /** The holder's own identifier of the service in its systems (see `upsertService`). */
  sourceId?: Maybe<Scalars['String']['output']>;
  /** Cost of delivering the service once, in euros; null when not calculated. */
  unitCost?: Maybe<Scalars['Float']['output']>;
};


/** The holder's internal view of a service. Only the holder institution and operators receive it. */
export type ServiceInternalViewHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kinds of services (2021 evaluation, proposal R1). */
export type ServiceKind =
  /** A paid service outside the public function, e.g. a state company's commercial offer. */
  | 'COMMERCIAL'
  /** A service one institution provides to another. */
  | 'INTER_INSTITUTIONAL'
  /** A public service whose benefit is general, e.g. a compulsory inspection or registration. */
  | 'PUBLIC_GENERAL_BENEFIT'
  /** A public service that benefits the individual client (a passport, a benefit). */
  | 'PUBLIC_INDIVIDUAL_BENEFIT'
  /** A regulated service: a licence or permit to carry out an activity. */
  | 'REGULATED';

/**
 * A service location: a unified state and municipal client service centre (VPVKAC) or an institution's office,
 * where clients request services in person.
 */
export type ServiceLocation = Channel & {
  __typename?: 'ServiceLocation';
  /** Access for people with reduced mobility and other accessibility facts. */
  accessibility?: Maybe<Accessibility>;
  /** The street address. */
  address: PostalAddress;
  code: Scalars['String']['output'];
  /** Phone and e-mail of the location. */
  contacts?: Maybe<ContactPoint>;
  /** Where it is. */
  coordinates?: Maybe<GeoPoint>;
  description?: Maybe<Scalars['String']['output']>;
  /** Weekly opening hours with exceptions, in Riga local time. */
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  /** True for a unified state and municipal client service centre (VPVKAC). */
  isClientServiceCentre: Scalars['Boolean']['output'];
  /** Whether the location is open at `at` (default now), by Riga local time, holidays and exceptions included. */
  isOpen: Scalars['Boolean']['output'];
  /** The municipality, e.g. "Cēsu novads". */
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  /** Published services that can be requested here, ordered by code. `first` is 1–100 (default 20). */
  services: ServiceConnection;
  type: ChannelType;
};


/**
 * A service location: a unified state and municipal client service centre (VPVKAC) or an institution's office,
 * where clients request services in person.
 */
export type ServiceLocationDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A service location: a unified state and municipal client service centre (VPVKAC) or an institution's office,
 * where clients request services in person.
 */
export type ServiceLocationIsOpenArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * A service location: a unified state and municipal client service centre (VPVKAC) or an institution's office,
 * where clients request services in person.
 */
export type ServiceLocationNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A service location: a unified state and municipal client service centre (VPVKAC) or an institution's office,
 * where clients request services in person.
 */
export type ServiceLocationServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of service locations, closest first. */
export type ServiceLocationDistanceConnection = {
  __typename?: 'ServiceLocationDistanceConnection';
  edges: Array<ServiceLocationDistanceEdge>;
  nodes: Array<ServiceLocation>;
  pageInfo: PageInfo;
  /** How many locations match within the radius. */
  totalCount: Scalars['Int']['output'];
};

/** A service location and how far it is. */
export type ServiceLocationDistanceEdge = {
  __typename?: 'ServiceLocationDistanceEdge';
  cursor: Scalars['String']['output'];
  /** Great-circle distance from the given point in kilometres, e.g. 2.4. */
  distanceKm: Scalars['Float']['output'];
  node: ServiceLocation;
};

/** A client service centre or an institution's office found by `search`. */
export type ServiceLocationSearchHit = SearchHit & {
  __typename?: 'ServiceLocationSearchHit';
  code: Scalars['String']['output'];
  kind: SearchHitKind;
  location: ServiceLocation;
  reasons: Array<SearchReason>;
  score: Scalars['Float']['output'];
  scoreParts?: Maybe<SearchScoreParts>;
  title: Scalars['String']['output'];
};

/** What the client receives from a service (CPSV-AP Output). */
export type ServiceOutput = {
  __typename?: 'ServiceOutput';
  /** Its name in the reader's language. */
  name: Scalars['String']['output'];
  /** What kind of result it is. */
  type: OutputType;
};


/** What the client receives from a service (CPSV-AP Output). */
export type ServiceOutputNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceOutputInput = {
  name: Array<LocalizedStringInput>;
  type: OutputType;
};

/** Who delivers a service to the client (pakalpojuma sniedzējs) and what they do. */
export type ServiceProvider = {
  __typename?: 'ServiceProvider';
  /** What this provider does for the client, in the reader's language. */
  delivers?: Maybe<Scalars['String']['output']>;
  /** The provider when it is an institution in this catalogue; null for others (e.g. a bank). */
  institution?: Maybe<Institution>;
  /** The provider's name in the reader's language (the institution's name when it is one). */
  name?: Maybe<Scalars['String']['output']>;
  /** The provider's role. */
  role: ProviderRole;
};


/** Who delivers a service to the client (pakalpojuma sniedzējs) and what they do. */
export type ServiceProviderDeliversArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** Who delivers a service to the client (pakalpojuma sniedzējs) and what they do. */
export type ServiceProviderNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceProviderInput = {
  delivers?: InputMaybe<Array<LocalizedStringInput>>;
  /** An institution in this catalogue; or give `name` for another provider. */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Array<LocalizedStringInput>>;
  role: ProviderRole;
};

/** A condition the client must meet. */
export type ServiceRequirement = {
  __typename?: 'ServiceRequirement';
  /** The condition in the reader's language. */
  description: Scalars['String']['output'];
};


/** A condition the client must meet. */
export type ServiceRequirementDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceRequirementInput = {
  description: Array<LocalizedStringInput>;
};

/** A page of search results, best first. */
export type ServiceSearchConnection = {
  __typename?: 'ServiceSearchConnection';
  edges: Array<ServiceSearchEdge>;
  /** The services on this page, best first. */
  nodes: Array<Service>;
  pageInfo: PageInfo;
  /** How many services match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A search result. */
export type ServiceSearchEdge = {
  __typename?: 'ServiceSearchEdge';
  cursor: Scalars['String']['output'];
  node: Service;
  /** Relevance: higher is better; only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** A public service found by `search`. */
export type ServiceSearchHit = SearchHit & {
  __typename?: 'ServiceSearchHit';
  code: Scalars['String']['output'];
  kind: SearchHitKind;
  reasons: Array<SearchReason>;
  score: Scalars['Float']['output'];
  scoreParts?: Maybe<SearchScoreParts>;
  service: Service;
  title: Scalars['String']['output'];
};

/** Publishing state of a service. */
export type ServiceStatus =
  /** No longer offered; readable by code and in the changes feed. */
  | 'ARCHIVED'
  /** Being prepared; visible only to the holder and operators. */
  | 'DRAFT'
  /** In the public catalogue (from `validFrom`, until `validTo`). */
  | 'PUBLISHED';

/** One change of a service. */
export type ServiceVersion = {
  __typename?: 'ServiceVersion';
  /** What kind of change. */
  change: ServiceChange;
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who made it: "institution:PMLP", "operator:ops", "system:demo". */
  changedBy: Scalars['String']['output'];
  /** The input fields that changed, e.g. ["description", "channels"]. */
  changedFields: Array<Scalars['String']['output']>;
  /** The service's `version` after the change. */
  version: Scalars['Int']['output'];
};

/** A page of service versions. */
export type ServiceVersionConnection = {
  __typename?: 'ServiceVersionConnection';
  nodes: Array<ServiceVersion>;
  pageInfo: PageInfo;
  /** How many versions the service has. */
  totalCount: Scalars['Int']['output'];
};

export type SetLifeSituationSearchEntryError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields are missing or invalid; `problems` lists each. `code` is BAD_USER_INPUT. */
export type SetLifeSituationSearchEntryInvalid = SetLifeSituationSearchEntryError & {
  __typename?: 'SetLifeSituationSearchEntryInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type SetLifeSituationSearchEntryPayload = {
  __typename?: 'SetLifeSituationSearchEntryPayload';
  /** The entry after the change; null when there are errors. */
  entry?: Maybe<LifeSituationSearchEntry>;
  errors: Array<SetLifeSituationSearchEntryError>;
};

/** The entry changed since the version you read. `code` is CONFLICT. */
export type SetLifeSituationSearchEntryVersionConflict = SetLifeSituationSearchEntryError & {
  __typename?: 'SetLifeSituationSearchEntryVersionConflict';
  code: Scalars['String']['output'];
  currentVersion: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** The effect of an institution's silence. */
export type SilenceMeaning =
  /** Silence has no legal effect defined for this service. */
  | 'NOT_APPLICABLE'
  /** The application is treated as granted (klusēšanas piekrišana). */
  | 'TACIT_APPROVAL'
  /** The application is treated as refused; the client may appeal. */
  | 'TACIT_REFUSAL';

/** Thematic areas of the catalogue (after the EU Single Digital Gateway's areas and latvija.lv's themes). */
export type ThematicArea =
  /** Farming, forestry, food. */
  | 'AGRICULTURE'
  /** Starting, running and closing a business. */
  | 'BUSINESS'
  /** Birth, marriage, death registration. */
  | 'CIVIL_STATUS'
  /** Building and construction permits. */
  | 'CONSTRUCTION'
  /** Official e-address, e-signature, digital identity. */
  | 'DIGITAL_GOVERNMENT'
  /** Schools, kindergartens, studies, recognition of qualifications. */
  | 'EDUCATION'
  /** Environment and nature. */
  | 'ENVIRONMENT'
  /** Children, parents, family benefits. */
  | 'FAMILY'
  /** Health care and health insurance. */
  | 'HEALTH'
  /** Passports, identity cards, personal codes. */
  | 'IDENTITY_DOCUMENTS'
  /** Courts, the Land Register, legal aid. */
  | 'JUSTICE'
  /** Real estate, land, housing. */
  | 'PROPERTY_AND_HOUSING'
  /** Police, public order, safety. */
  | 'PUBLIC_ORDER'
  /** Declaring residence, residence permits, citizenship. */
  | 'RESIDENCE_AND_CITIZENSHIP'
  /** Pensions, benefits, social assistance. */
  | 'SOCIAL_SECURITY'
  /** Taxes and duties. */
  | 'TAXES'
  /** Vehicles, driving, roads. */
  | 'TRANSPORT'
  /** Work, unemployment, job seeking. */
  | 'WORK';

/** A time range "HH:MM"–"HH:MM" in Riga local time. */
export type TimeRange = {
  __typename?: 'TimeRange';
  closes: Scalars['String']['output'];
  opens: Scalars['String']['output'];
};

export type TimeRangeInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
};

export type UpdateServiceError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields are invalid, or the change would leave a published service without what publishing requires. `code` is BAD_USER_INPUT. */
export type UpdateServiceInvalid = UpdateServiceError & {
  __typename?: 'UpdateServiceInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type UpdateServicePayload = {
  __typename?: 'UpdateServicePayload';
  errors: Array<UpdateServiceError>;
  /** The service after the change; unchanged when there are errors. */
  service?: Maybe<Service>;
};

/** The service changed since the version you read. `code` is CONFLICT. */
export type UpdateServiceVersionConflict = UpdateServiceError & {
  __typename?: 'UpdateServiceVersionConflict';
  code: Scalars['String']['output'];
  /** The version it has now: read it again and reapply your change. */
  currentVersion: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type UpsertChannelError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields are missing or invalid. `code` is BAD_USER_INPUT. */
export type UpsertChannelInvalid = UpsertChannelError & {
  __typename?: 'UpsertChannelInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type UpsertChannelPayload = {
  __typename?: 'UpsertChannelPayload';
  channel?: Maybe<Channel>;
  errors: Array<UpsertChannelError>;
  outcome: WriteOutcome;
};

/** The code belongs to another record of this holder. `code` is CONFLICT. */
export type UpsertServiceCodeTaken = UpsertServiceError & {
  __typename?: 'UpsertServiceCodeTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type UpsertServiceError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields are missing or invalid. `code` is BAD_USER_INPUT. */
export type UpsertServiceInvalid = UpsertServiceError & {
  __typename?: 'UpsertServiceInvalid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<FieldProblem>;
};

export type UpsertServicePayload = {
  __typename?: 'UpsertServicePayload';
  errors: Array<UpsertServiceError>;
  /** CREATED, UPDATED or UNCHANGED; REJECTED when there are errors. */
  outcome: WriteOutcome;
  service?: Maybe<Service>;
};

/** A web page with information about services. */
export type WebPageChannel = Channel & {
  __typename?: 'WebPageChannel';
  /** Accessibility of the page. */
  accessibility?: Maybe<Accessibility>;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  hours?: Maybe<OpeningHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Institution;
  services: ServiceConnection;
  type: ChannelType;
  /** The page, an absolute https URL. */
  url: Scalars['String']['output'];
};


/** A web page with information about services. */
export type WebPageChannelDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A web page with information about services. */
export type WebPageChannelNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A web page with information about services. */
export type WebPageChannelServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Days of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** What an upsert or an import did with one record. */
export type WriteOutcome =
  | 'CREATED'
  /** The record was not written; see the reasons. */
  | 'REJECTED'
  /** The record was the same as stored; nothing was written. */
  | 'UNCHANGED'
  | 'UPDATED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Institution: Institution;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Institution:
    ( { __typename: 'Institution' }
    & ( GraphQLRecursivePick<FederationTypes['Institution'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Institution'], {"code":true}> ) );
  Service:
    ( { __typename: 'Service' }
    & ( GraphQLRecursivePick<FederationTypes['Service'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Service'], {"code":true}> ) );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ArchiveServiceError: ( ArchiveServiceAlreadyArchived );
  Channel:
    | ( ChannelRow )
    | ( ChannelRow )
    | ( ChannelRow )
    | ( ChannelRow )
    | ( ChannelRow )
    | ( ChannelRow )
  ;
  CreateServiceError:
    | ( CreateServiceCodeTaken )
    | ( CreateServiceInvalid )
  ;
  NameServiceProviderError:
    | ( NameServiceProviderIsHolder )
    | ( NameServiceProviderUnknownInstitution )
  ;
  PublishServiceError:
    | ( PublishServiceAlreadyPublished )
    | ( PublishServiceIncomplete )
  ;
  RecordServiceDemandError: ( RecordServiceDemandInvalid );
  RemoveServiceProviderError: ( RemoveServiceProviderNotNamed );
  SearchHit:
    | ( LifeSituationSearchHit )
    | ( Omit<ServiceLocationSearchHit, 'location'> & { location: _RefType['ServiceLocation'] } )
    | ( Omit<ServiceSearchHit, 'service'> & { service: _RefType['Service'] } )
  ;
  SetLifeSituationSearchEntryError:
    | ( SetLifeSituationSearchEntryInvalid )
    | ( SetLifeSituationSearchEntryVersionConflict )
  ;
  UpdateServiceError:
    | ( UpdateServiceInvalid )
    | ( UpdateServiceVersionConflict )
  ;
  UpsertChannelError: ( UpsertChannelInvalid );
  UpsertServiceError:
    | ( UpsertServiceCodeTaken )
    | ( UpsertServiceInvalid )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Accessibility: ResolverTypeWrapper<AccessibilityData>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessibilityInput: AccessibilityInput;
  ArchiveServiceAlreadyArchived: ResolverTypeWrapper<ArchiveServiceAlreadyArchived>;
  ArchiveServiceError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ArchiveServiceError']>;
  ArchiveServicePayload: ResolverTypeWrapper<Omit<ArchiveServicePayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['ArchiveServiceError']>, service?: Maybe<ResolversTypes['Service']> }>;
  AuthenticationLevel: AuthenticationLevel;
  CatalogueImportResult: ResolverTypeWrapper<CatalogueImportResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CatalogueItemType: CatalogueItemType;
  CatalogueQualityReport: ResolverTypeWrapper<QualityReport>;
  Channel: ResolverTypeWrapper<ChannelRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChannelCharge: ResolverTypeWrapper<ChannelLinkCharge>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ChannelChargeInput: ChannelChargeInput;
  ChannelConnection: ResolverTypeWrapper<Omit<ChannelConnection, 'nodes'> & { nodes: Array<ResolversTypes['Channel']> }>;
  ChannelFilter: ChannelFilter;
  ChannelInput: ChannelInput;
  ChannelType: ChannelType;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  ContactPersonInput: ContactPersonInput;
  ContactPoint: ResolverTypeWrapper<ContactPoint>;
  ContactPointInput: ContactPointInput;
  CreateServiceCodeTaken: ResolverTypeWrapper<CreateServiceCodeTaken>;
  CreateServiceError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CreateServiceError']>;
  CreateServiceInvalid: ResolverTypeWrapper<CreateServiceInvalid>;
  CreateServicePayload: ResolverTypeWrapper<Omit<CreateServicePayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['CreateServiceError']>, service?: Maybe<ResolversTypes['Service']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EServiceChannel: ResolverTypeWrapper<ChannelRow>;
  EmailChannel: ResolverTypeWrapper<ChannelRow>;
  Evidence: ResolverTypeWrapper<EvidenceData>;
  EvidenceInput: EvidenceInput;
  ExecutionType: ExecutionType;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  ImportCataloguePayload: ResolverTypeWrapper<ImportCataloguePayload>;
  Institution: ResolverTypeWrapper<InstitutionRow>;
  InstitutionConnection: ResolverTypeWrapper<Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InstitutionEdge']>, nodes: Array<ResolversTypes['Institution']> }>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  InstitutionType: InstitutionType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LegalResource: ResolverTypeWrapper<LegalResourceData>;
  LegalResourceInput: LegalResourceInput;
  LifeSituation: ResolverTypeWrapper<LifeSituation>;
  LifeSituationSearchEntry: ResolverTypeWrapper<SearchSituationRow>;
  LifeSituationSearchEntryInput: LifeSituationSearchEntryInput;
  LifeSituationSearchHit: ResolverTypeWrapper<LifeSituationSearchHit>;
  LifecyclePhase: LifecyclePhase;
  LocalizedString: ResolverTypeWrapper<LocalizedString>;
  LocalizedStringInput: LocalizedStringInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameServiceProviderError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['NameServiceProviderError']>;
  NameServiceProviderIsHolder: ResolverTypeWrapper<NameServiceProviderIsHolder>;
  NameServiceProviderPayload: ResolverTypeWrapper<Omit<NameServiceProviderPayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['NameServiceProviderError']>, service?: Maybe<ResolversTypes['Service']> }>;
  NameServiceProviderUnknownInstitution: ResolverTypeWrapper<NameServiceProviderUnknownInstitution>;
  NamedServiceProviderInput: NamedServiceProviderInput;
  OpeningException: ResolverTypeWrapper<OpeningExceptionData>;
  OpeningExceptionInput: OpeningExceptionInput;
  OpeningHours: ResolverTypeWrapper<OpeningHoursData>;
  OpeningHoursInput: OpeningHoursInput;
  OpeningPeriod: ResolverTypeWrapper<OpeningPeriod>;
  OpeningPeriodInput: OpeningPeriodInput;
  OutputType: OutputType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhoneChannel: ResolverTypeWrapper<ChannelRow>;
  PostChannel: ResolverTypeWrapper<ChannelRow>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  PostalAddressInput: PostalAddressInput;
  ProviderRole: ProviderRole;
  PublishServiceAlreadyPublished: ResolverTypeWrapper<PublishServiceAlreadyPublished>;
  PublishServiceError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['PublishServiceError']>;
  PublishServiceIncomplete: ResolverTypeWrapper<PublishServiceIncomplete>;
  PublishServicePayload: ResolverTypeWrapper<Omit<PublishServicePayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['PublishServiceError']>, service?: Maybe<ResolversTypes['Service']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordServiceDemandError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RecordServiceDemandError']>;
  RecordServiceDemandInvalid: ResolverTypeWrapper<RecordServiceDemandInvalid>;
  RecordServiceDemandPayload: ResolverTypeWrapper<Omit<RecordServiceDemandPayload, 'errors'> & { errors: Array<ResolversTypes['RecordServiceDemandError']> }>;
  Redress: ResolverTypeWrapper<RedressData>;
  RedressInput: RedressInput;
  RemoveServiceProviderError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RemoveServiceProviderError']>;
  RemoveServiceProviderNotNamed: ResolverTypeWrapper<RemoveServiceProviderNotNamed>;
  RemoveServiceProviderPayload: ResolverTypeWrapper<Omit<RemoveServiceProviderPayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['RemoveServiceProviderError']>, service?: Maybe<ResolversTypes['Service']> }>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchEdge']>, nodes: Array<ResolversTypes['SearchHit']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchFacetValue: ResolverTypeWrapper<SearchFacetValue>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['SearchHit']>;
  SearchHitKind: SearchHitKind;
  SearchReason: ResolverTypeWrapper<SearchReason>;
  SearchReasonKind: SearchReasonKind;
  SearchScoreParts: ResolverTypeWrapper<SearchScoreParts>;
  Service: ResolverTypeWrapper<ServiceRow>;
  ServiceAudience: ServiceAudience;
  ServiceBasis: ServiceBasis;
  ServiceChange: ServiceChange;
  ServiceChangeConnection: ResolverTypeWrapper<Omit<ServiceChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceChangeEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceChangeEdge: ResolverTypeWrapper<Omit<ServiceChangeEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceChannel: ResolverTypeWrapper<ChannelLinkRow>;
  ServiceChannelInput: ServiceChannelInput;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceCost: ResolverTypeWrapper<Cost>;
  ServiceCostInput: ServiceCostInput;
  ServiceDemandInput: ServiceDemandInput;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceImportance: ResolverTypeWrapper<Importance>;
  ServiceImportanceInput: ServiceImportanceInput;
  ServiceIndicator: ResolverTypeWrapper<ServiceIndicator>;
  ServiceIndicatorInput: ServiceIndicatorInput;
  ServiceInput: ServiceInput;
  ServiceInternalInput: ServiceInternalInput;
  ServiceInternalView: ResolverTypeWrapper<ServiceRow>;
  ServiceKind: ServiceKind;
  ServiceLocation: ResolverTypeWrapper<ChannelRow>;
  ServiceLocationDistanceConnection: ResolverTypeWrapper<Omit<ServiceLocationDistanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceLocationDistanceEdge']>, nodes: Array<ResolversTypes['ServiceLocation']> }>;
  ServiceLocationDistanceEdge: ResolverTypeWrapper<Omit<ServiceLocationDistanceEdge, 'node'> & { node: ResolversTypes['ServiceLocation'] }>;
  ServiceLocationSearchHit: ResolverTypeWrapper<Omit<ServiceLocationSearchHit, 'location'> & { location: ResolversTypes['ServiceLocation'] }>;
  ServiceOutput: ResolverTypeWrapper<Output>;
  ServiceOutputInput: ServiceOutputInput;
  ServiceProvider: ResolverTypeWrapper<Provider>;
  ServiceProviderInput: ServiceProviderInput;
  ServiceRequirement: ResolverTypeWrapper<Requirement>;
  ServiceRequirementInput: ServiceRequirementInput;
  ServiceSearchConnection: ResolverTypeWrapper<Omit<ServiceSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceSearchEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceSearchEdge: ResolverTypeWrapper<Omit<ServiceSearchEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceSearchHit: ResolverTypeWrapper<Omit<ServiceSearchHit, 'service'> & { service: ResolversTypes['Service'] }>;
  ServiceStatus: ServiceStatus;
  ServiceVersion: ResolverTypeWrapper<ServiceVersionRow>;
  ServiceVersionConnection: ResolverTypeWrapper<Omit<ServiceVersionConnection, 'nodes'> & { nodes: Array<ResolversTypes['ServiceVersion']> }>;
  SetLifeSituationSearchEntryError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['SetLifeSituationSearchEntryError']>;
  SetLifeSituationSearchEntryInvalid: ResolverTypeWrapper<SetLifeSituationSearchEntryInvalid>;
  SetLifeSituationSearchEntryPayload: ResolverTypeWrapper<Omit<SetLifeSituationSearchEntryPayload, 'entry' | 'errors'> & { entry?: Maybe<ResolversTypes['LifeSituationSearchEntry']>, errors: Array<ResolversTypes['SetLifeSituationSearchEntryError']> }>;
  SetLifeSituationSearchEntryVersionConflict: ResolverTypeWrapper<SetLifeSituationSearchEntryVersionConflict>;
  SilenceMeaning: SilenceMeaning;
  ThematicArea: ThematicArea;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TimeRangeInput: TimeRangeInput;
  UpdateServiceError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpdateServiceError']>;
  UpdateServiceInvalid: ResolverTypeWrapper<UpdateServiceInvalid>;
  UpdateServicePayload: ResolverTypeWrapper<Omit<UpdateServicePayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['UpdateServiceError']>, service?: Maybe<ResolversTypes['Service']> }>;
  UpdateServiceVersionConflict: ResolverTypeWrapper<UpdateServiceVersionConflict>;
  UpsertChannelError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpsertChannelError']>;
  UpsertChannelInvalid: ResolverTypeWrapper<UpsertChannelInvalid>;
  UpsertChannelPayload: ResolverTypeWrapper<Omit<UpsertChannelPayload, 'channel' | 'errors'> & { channel?: Maybe<ResolversTypes['Channel']>, errors: Array<ResolversTypes['UpsertChannelError']> }>;
  UpsertServiceCodeTaken: ResolverTypeWrapper<UpsertServiceCodeTaken>;
  UpsertServiceError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpsertServiceError']>;
  UpsertServiceInvalid: ResolverTypeWrapper<UpsertServiceInvalid>;
  UpsertServicePayload: ResolverTypeWrapper<Omit<UpsertServicePayload, 'errors' | 'service'> & { errors: Array<ResolversTypes['UpsertServiceError']>, service?: Maybe<ResolversTypes['Service']> }>;
  WebPageChannel: ResolverTypeWrapper<ChannelRow>;
  Weekday: Weekday;
  WriteOutcome: WriteOutcome;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accessibility: AccessibilityData;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AccessibilityInput: AccessibilityInput;
  ArchiveServiceAlreadyArchived: ArchiveServiceAlreadyArchived;
  ArchiveServiceError: ResolversInterfaceTypes<ResolversParentTypes>['ArchiveServiceError'];
  ArchiveServicePayload: Omit<ArchiveServicePayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['ArchiveServiceError']>, service?: Maybe<ResolversParentTypes['Service']> };
  CatalogueImportResult: CatalogueImportResult;
  Int: Scalars['Int']['output'];
  CatalogueQualityReport: QualityReport;
  Channel: ChannelRow;
  ID: Scalars['ID']['output'];
  ChannelCharge: ChannelLinkCharge;
  Float: Scalars['Float']['output'];
  ChannelChargeInput: ChannelChargeInput;
  ChannelConnection: Omit<ChannelConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Channel']> };
  ChannelFilter: ChannelFilter;
  ChannelInput: ChannelInput;
  ContactPerson: ContactPerson;
  ContactPersonInput: ContactPersonInput;
  ContactPoint: ContactPoint;
  ContactPointInput: ContactPointInput;
  CreateServiceCodeTaken: CreateServiceCodeTaken;
  CreateServiceError: ResolversInterfaceTypes<ResolversParentTypes>['CreateServiceError'];
  CreateServiceInvalid: CreateServiceInvalid;
  CreateServicePayload: Omit<CreateServicePayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['CreateServiceError']>, service?: Maybe<ResolversParentTypes['Service']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EServiceChannel: ChannelRow;
  EmailChannel: ChannelRow;
  Evidence: EvidenceData;
  EvidenceInput: EvidenceInput;
  FieldProblem: FieldProblem;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  ImportCataloguePayload: ImportCataloguePayload;
  Institution: InstitutionRow;
  InstitutionConnection: Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InstitutionEdge']>, nodes: Array<ResolversParentTypes['Institution']> };
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  JSON: Scalars['JSON']['output'];
  LegalResource: LegalResourceData;
  LegalResourceInput: LegalResourceInput;
  LifeSituation: LifeSituation;
  LifeSituationSearchEntry: SearchSituationRow;
  LifeSituationSearchEntryInput: LifeSituationSearchEntryInput;
  LifeSituationSearchHit: LifeSituationSearchHit;
  LocalizedString: LocalizedString;
  LocalizedStringInput: LocalizedStringInput;
  Mutation: Record<PropertyKey, never>;
  NameServiceProviderError: ResolversInterfaceTypes<ResolversParentTypes>['NameServiceProviderError'];
  NameServiceProviderIsHolder: NameServiceProviderIsHolder;
  NameServiceProviderPayload: Omit<NameServiceProviderPayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['NameServiceProviderError']>, service?: Maybe<ResolversParentTypes['Service']> };
  NameServiceProviderUnknownInstitution: NameServiceProviderUnknownInstitution;
  NamedServiceProviderInput: NamedServiceProviderInput;
  OpeningException: OpeningExceptionData;
  OpeningExceptionInput: OpeningExceptionInput;
  OpeningHours: OpeningHoursData;
  OpeningHoursInput: OpeningHoursInput;
  OpeningPeriod: OpeningPeriod;
  OpeningPeriodInput: OpeningPeriodInput;
  PageInfo: PageInfo;
  PhoneChannel: ChannelRow;
  PostChannel: ChannelRow;
  PostalAddress: PostalAddress;
  PostalAddressInput: PostalAddressInput;
  PublishServiceAlreadyPublished: PublishServiceAlreadyPublished;
  PublishServiceError: ResolversInterfaceTypes<ResolversParentTypes>['PublishServiceError'];
  PublishServiceIncomplete: PublishServiceIncomplete;
  PublishServicePayload: Omit<PublishServicePayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['PublishServiceError']>, service?: Maybe<ResolversParentTypes['Service']> };
  Query: Record<PropertyKey, never>;
  RecordServiceDemandError: ResolversInterfaceTypes<ResolversParentTypes>['RecordServiceDemandError'];
  RecordServiceDemandInvalid: RecordServiceDemandInvalid;
  RecordServiceDemandPayload: Omit<RecordServiceDemandPayload, 'errors'> & { errors: Array<ResolversParentTypes['RecordServiceDemandError']> };
  Redress: RedressData;
  RedressInput: RedressInput;
  RemoveServiceProviderError: ResolversInterfaceTypes<ResolversParentTypes>['RemoveServiceProviderError'];
  RemoveServiceProviderNotNamed: RemoveServiceProviderNotNamed;
  RemoveServiceProviderPayload: Omit<RemoveServiceProviderPayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['RemoveServiceProviderError']>, service?: Maybe<ResolversParentTypes['Service']> };
  SearchConnection: Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchEdge']>, nodes: Array<ResolversParentTypes['SearchHit']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchFacetValue: SearchFacetValue;
  SearchFacets: SearchFacets;
  SearchFilter: SearchFilter;
  SearchHit: ResolversInterfaceTypes<ResolversParentTypes>['SearchHit'];
  SearchReason: SearchReason;
  SearchScoreParts: SearchScoreParts;
  Service: ServiceRow;
  ServiceChangeConnection: Omit<ServiceChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceChangeEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceChangeEdge: Omit<ServiceChangeEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceChannel: ChannelLinkRow;
  ServiceChannelInput: ServiceChannelInput;
  ServiceConnection: Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceCost: Cost;
  ServiceCostInput: ServiceCostInput;
  ServiceDemandInput: ServiceDemandInput;
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  ServiceImportance: Importance;
  ServiceImportanceInput: ServiceImportanceInput;
  ServiceIndicator: ServiceIndicator;
  ServiceIndicatorInput: ServiceIndicatorInput;
  ServiceInput: ServiceInput;
  ServiceInternalInput: ServiceInternalInput;
  ServiceInternalView: ServiceRow;
  ServiceLocation: ChannelRow;
  ServiceLocationDistanceConnection: Omit<ServiceLocationDistanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceLocationDistanceEdge']>, nodes: Array<ResolversParentTypes['ServiceLocation']> };
  ServiceLocationDistanceEdge: Omit<ServiceLocationDistanceEdge, 'node'> & { node: ResolversParentTypes['ServiceLocation'] };
  ServiceLocationSearchHit: Omit<ServiceLocationSearchHit, 'location'> & { location: ResolversParentTypes['ServiceLocation'] };
  ServiceOutput: Output;
  ServiceOutputInput: ServiceOutputInput;
  ServiceProvider: Provider;
  ServiceProviderInput: ServiceProviderInput;
  ServiceRequirement: Requirement;
  ServiceRequirementInput: ServiceRequirementInput;
  ServiceSearchConnection: Omit<ServiceSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceSearchEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceSearchEdge: Omit<ServiceSearchEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceSearchHit: Omit<ServiceSearchHit, 'service'> & { service: ResolversParentTypes['Service'] };
  ServiceVersion: ServiceVersionRow;
  ServiceVersionConnection: Omit<ServiceVersionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ServiceVersion']> };
  SetLifeSituationSearchEntryError: ResolversInterfaceTypes<ResolversParentTypes>['SetLifeSituationSearchEntryError'];
  SetLifeSituationSearchEntryInvalid: SetLifeSituationSearchEntryInvalid;
  SetLifeSituationSearchEntryPayload: Omit<SetLifeSituationSearchEntryPayload, 'entry' | 'errors'> & { entry?: Maybe<ResolversParentTypes['LifeSituationSearchEntry']>, errors: Array<ResolversParentTypes['SetLifeSituationSearchEntryError']> };
  SetLifeSituationSearchEntryVersionConflict: SetLifeSituationSearchEntryVersionConflict;
  TimeRange: TimeRange;
  TimeRangeInput: TimeRangeInput;
  UpdateServiceError: ResolversInterfaceTypes<ResolversParentTypes>['UpdateServiceError'];
  UpdateServiceInvalid: UpdateServiceInvalid;
  UpdateServicePayload: Omit<UpdateServicePayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['UpdateServiceError']>, service?: Maybe<ResolversParentTypes['Service']> };
  UpdateServiceVersionConflict: UpdateServiceVersionConflict;
  UpsertChannelError: ResolversInterfaceTypes<ResolversParentTypes>['UpsertChannelError'];
  UpsertChannelInvalid: UpsertChannelInvalid;
  UpsertChannelPayload: Omit<UpsertChannelPayload, 'channel' | 'errors'> & { channel?: Maybe<ResolversParentTypes['Channel']>, errors: Array<ResolversParentTypes['UpsertChannelError']> };
  UpsertServiceCodeTaken: UpsertServiceCodeTaken;
  UpsertServiceError: ResolversInterfaceTypes<ResolversParentTypes>['UpsertServiceError'];
  UpsertServiceInvalid: UpsertServiceInvalid;
  UpsertServicePayload: Omit<UpsertServicePayload, 'errors' | 'service'> & { errors: Array<ResolversParentTypes['UpsertServiceError']>, service?: Maybe<ResolversParentTypes['Service']> };
  WebPageChannel: ChannelRow;
}>;

export type AccessibilityResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Accessibility'] = ResolversParentTypes['Accessibility']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<AccessibilityNoteArgs>>;
  statementUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wcagLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wheelchairAccessible?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type ArchiveServiceAlreadyArchivedResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ArchiveServiceAlreadyArchived'] = ResolversParentTypes['ArchiveServiceAlreadyArchived']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArchiveServiceErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ArchiveServiceError'] = ResolversParentTypes['ArchiveServiceError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ArchiveServiceAlreadyArchived', ParentType, ContextType>;
}>;

export type ArchiveServicePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ArchiveServicePayload'] = ResolversParentTypes['ArchiveServicePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['ArchiveServiceError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type CatalogueImportResultResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CatalogueImportResult'] = ResolversParentTypes['CatalogueImportResult']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemType?: Resolver<ResolversTypes['CatalogueItemType'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CatalogueQualityReportResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CatalogueQualityReport'] = ResolversParentTypes['CatalogueQualityReport']> = ResolversObject<{
  channelsWithoutServices?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  publishedWithoutProcessingTime?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  serviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicesMissingEnglish?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  servicesWithoutChannels?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  staleServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type ChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EServiceChannel' | 'EmailChannel' | 'PhoneChannel' | 'PostChannel' | 'ServiceLocation' | 'WebPageChannel', ParentType, ContextType>;
}>;

export type ChannelChargeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ChannelCharge'] = ResolversParentTypes['ChannelCharge']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ChannelChargeDescriptionArgs>>;
}>;

export type ChannelConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ChannelConnection'] = ResolversParentTypes['ChannelConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactPersonResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactPointResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ContactPoint'] = ResolversParentTypes['ContactPoint']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreateServiceCodeTakenResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CreateServiceCodeTaken'] = ResolversParentTypes['CreateServiceCodeTaken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateServiceErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CreateServiceError'] = ResolversParentTypes['CreateServiceError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CreateServiceCodeTaken' | 'CreateServiceInvalid', ParentType, ContextType>;
}>;

export type CreateServiceInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CreateServiceInvalid'] = ResolversParentTypes['CreateServiceInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateServicePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CreateServicePayload'] = ResolversParentTypes['CreateServicePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['CreateServiceError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EServiceChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['EServiceChannel'] = ResolversParentTypes['EServiceChannel']> = ResolversObject<{
  accessibility?: Resolver<Maybe<ResolversTypes['Accessibility']>, ParentType, ContextType>;
  authenticationLevel?: Resolver<ResolversTypes['AuthenticationLevel'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<EServiceChannelDescriptionArgs>>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<EServiceChannelNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<EServiceChannelServicesArgs>>;
  signatureRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmailChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['EmailChannel'] = ResolversParentTypes['EmailChannel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<EmailChannelDescriptionArgs>>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<EmailChannelNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<EmailChannelServicesArgs>>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<EvidenceDescriptionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<EvidenceNameArgs>>;
  obtainedByInstitution?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceRegister?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FieldProblemResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ImportCataloguePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ImportCataloguePayload'] = ResolversParentTypes['ImportCataloguePayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CatalogueImportResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution'], FederationReferenceType extends FederationReferenceTypes['Institution'] = FederationReferenceTypes['Institution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channels?: Resolver<ResolversTypes['ChannelConnection'], ParentType, ContextType, Partial<InstitutionChannelsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<InstitutionNameArgs>>;
  nameTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  portfolioManager?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<InstitutionServicesArgs>>;
  type?: Resolver<ResolversTypes['InstitutionType'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LegalResourceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LegalResource'] = ResolversParentTypes['LegalResource']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LegalResourceTitleArgs>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifeSituationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LifeSituation'] = ResolversParentTypes['LifeSituation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LifeSituationSearchEntryResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LifeSituationSearchEntry'] = ResolversParentTypes['LifeSituationSearchEntry']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phrases?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  serviceCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationSearchEntryTitleArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeSituationSearchHitResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LifeSituationSearchHit'] = ResolversParentTypes['LifeSituationSearchHit']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  lifeSituation?: Resolver<Maybe<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SearchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreParts?: Resolver<Maybe<ResolversTypes['SearchScoreParts']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocalizedStringResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LocalizedString'] = ResolversParentTypes['LocalizedString']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveService?: Resolver<ResolversTypes['ArchiveServicePayload'], ParentType, ContextType, RequireFields<MutationArchiveServiceArgs, 'code'>>;
  createService?: Resolver<ResolversTypes['CreateServicePayload'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'input'>>;
  importCatalogue?: Resolver<ResolversTypes['ImportCataloguePayload'], ParentType, ContextType, RequireFields<MutationImportCatalogueArgs, 'document'>>;
  nameServiceProvider?: Resolver<ResolversTypes['NameServiceProviderPayload'], ParentType, ContextType, RequireFields<MutationNameServiceProviderArgs, 'input'>>;
  publishService?: Resolver<ResolversTypes['PublishServicePayload'], ParentType, ContextType, RequireFields<MutationPublishServiceArgs, 'code'>>;
  recordServiceDemand?: Resolver<ResolversTypes['RecordServiceDemandPayload'], ParentType, ContextType, RequireFields<MutationRecordServiceDemandArgs, 'input'>>;
  removeServiceProvider?: Resolver<ResolversTypes['RemoveServiceProviderPayload'], ParentType, ContextType, RequireFields<MutationRemoveServiceProviderArgs, 'input'>>;
  setLifeSituationSearchEntry?: Resolver<ResolversTypes['SetLifeSituationSearchEntryPayload'], ParentType, ContextType, RequireFields<MutationSetLifeSituationSearchEntryArgs, 'input'>>;
  updateService?: Resolver<ResolversTypes['UpdateServicePayload'], ParentType, ContextType, RequireFields<MutationUpdateServiceArgs, 'code' | 'input'>>;
  upsertChannel?: Resolver<ResolversTypes['UpsertChannelPayload'], ParentType, ContextType, RequireFields<MutationUpsertChannelArgs, 'input'>>;
  upsertService?: Resolver<ResolversTypes['UpsertServicePayload'], ParentType, ContextType, RequireFields<MutationUpsertServiceArgs, 'input' | 'sourceId'>>;
}>;

export type NameServiceProviderErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['NameServiceProviderError'] = ResolversParentTypes['NameServiceProviderError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'NameServiceProviderIsHolder' | 'NameServiceProviderUnknownInstitution', ParentType, ContextType>;
}>;

export type NameServiceProviderIsHolderResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['NameServiceProviderIsHolder'] = ResolversParentTypes['NameServiceProviderIsHolder']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NameServiceProviderPayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['NameServiceProviderPayload'] = ResolversParentTypes['NameServiceProviderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['NameServiceProviderError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type NameServiceProviderUnknownInstitutionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['NameServiceProviderUnknownInstitution'] = ResolversParentTypes['NameServiceProviderUnknownInstitution']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OpeningExceptionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['OpeningException'] = ResolversParentTypes['OpeningException']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['TimeRange']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<OpeningExceptionReasonArgs>>;
}>;

export type OpeningHoursResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  closedOnPublicHolidays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exceptions?: Resolver<Array<ResolversTypes['OpeningException']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<OpeningHoursNoteArgs>>;
  weekly?: Resolver<Array<ResolversTypes['OpeningPeriod']>, ParentType, ContextType>;
}>;

export type OpeningPeriodResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['OpeningPeriod'] = ResolversParentTypes['OpeningPeriod']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PhoneChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PhoneChannel'] = ResolversParentTypes['PhoneChannel']> = ResolversObject<{
  callCost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PhoneChannelCallCostArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PhoneChannelDescriptionArgs>>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PhoneChannelNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  phoneNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<PhoneChannelServicesArgs>>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PostChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PostChannel'] = ResolversParentTypes['PostChannel']> = ResolversObject<{
  address?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PostChannelDescriptionArgs>>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PostChannelNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<PostChannelServicesArgs>>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PostalAddressResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublishServiceAlreadyPublishedResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PublishServiceAlreadyPublished'] = ResolversParentTypes['PublishServiceAlreadyPublished']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PublishServiceErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PublishServiceError'] = ResolversParentTypes['PublishServiceError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'PublishServiceAlreadyPublished' | 'PublishServiceIncomplete', ParentType, ContextType>;
}>;

export type PublishServiceIncompleteResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PublishServiceIncomplete'] = ResolversParentTypes['PublishServiceIncomplete']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PublishServicePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PublishServicePayload'] = ResolversParentTypes['PublishServicePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['PublishServiceError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  catalogueQualityReport?: Resolver<Maybe<ResolversTypes['CatalogueQualityReport']>, ParentType, ContextType, RequireFields<QueryCatalogueQualityReportArgs, 'institutionCode'>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType, Partial<QueryChannelArgs>>;
  channels?: Resolver<Maybe<ResolversTypes['ChannelConnection']>, ParentType, ContextType, Partial<QueryChannelsArgs>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, Partial<QueryInstitutionArgs>>;
  institutions?: Resolver<Maybe<ResolversTypes['InstitutionConnection']>, ParentType, ContextType, Partial<QueryInstitutionsArgs>>;
  search?: Resolver<Maybe<ResolversTypes['SearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  searchServices?: Resolver<Maybe<ResolversTypes['ServiceSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchServicesArgs, 'query'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, Partial<QueryServiceArgs>>;
  serviceChanges?: Resolver<Maybe<ResolversTypes['ServiceChangeConnection']>, ParentType, ContextType, RequireFields<QueryServiceChangesArgs, 'modifiedSince'>>;
  serviceLocationsNear?: Resolver<Maybe<ResolversTypes['ServiceLocationDistanceConnection']>, ParentType, ContextType, RequireFields<QueryServiceLocationsNearArgs, 'near'>>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, Partial<QueryServicesArgs>>;
}>;

export type RecordServiceDemandErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RecordServiceDemandError'] = ResolversParentTypes['RecordServiceDemandError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecordServiceDemandInvalid', ParentType, ContextType>;
}>;

export type RecordServiceDemandInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RecordServiceDemandInvalid'] = ResolversParentTypes['RecordServiceDemandInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecordServiceDemandPayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RecordServiceDemandPayload'] = ResolversParentTypes['RecordServiceDemandPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['RecordServiceDemandError']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedressResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Redress'] = ResolversParentTypes['Redress']> = ResolversObject<{
  appealDeadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appealTo?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  howToAppeal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<RedressHowToAppealArgs>>;
  silence?: Resolver<ResolversTypes['SilenceMeaning'], ParentType, ContextType>;
  silenceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<RedressSilenceNoteArgs>>;
}>;

export type RemoveServiceProviderErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RemoveServiceProviderError'] = ResolversParentTypes['RemoveServiceProviderError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RemoveServiceProviderNotNamed', ParentType, ContextType>;
}>;

export type RemoveServiceProviderNotNamedResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RemoveServiceProviderNotNamed'] = ResolversParentTypes['RemoveServiceProviderNotNamed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RemoveServiceProviderPayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['RemoveServiceProviderPayload'] = ResolversParentTypes['RemoveServiceProviderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['RemoveServiceProviderError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  didYouMean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type SearchFacetValueResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchFacetValue'] = ResolversParentTypes['SearchFacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchFacetsResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = ResolversObject<{
  channel?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  holder?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  kind?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  region?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LifeSituationSearchHit' | 'ServiceLocationSearchHit' | 'ServiceSearchHit', ParentType, ContextType>;
}>;

export type SearchReasonResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchReason'] = ResolversParentTypes['SearchReason']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['SearchReasonKind'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchScorePartsResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SearchScoreParts'] = ResolversParentTypes['SearchScoreParts']> = ResolversObject<{
  channels?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  demand?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  situation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alternativeNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceAlternativeNamesArgs>>;
  audiences?: Resolver<Array<ResolversTypes['ServiceAudience']>, ParentType, ContextType>;
  authenticationLevel?: Resolver<ResolversTypes['AuthenticationLevel'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ServiceBasis'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ServiceChannel']>, ParentType, ContextType, Partial<ServiceChannelsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costs?: Resolver<Array<ResolversTypes['ServiceCost']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceDescriptionArgs>>;
  descriptionTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  executionType?: Resolver<Maybe<ResolversTypes['ExecutionType']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<Maybe<ResolversTypes['ServiceImportance']>, ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceInstructionsArgs>>;
  internal?: Resolver<Maybe<ResolversTypes['ServiceInternalView']>, ParentType, ContextType>;
  isFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isKeyService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceKeywordsArgs>>;
  kind?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['LegalResource']>, ParentType, ContextType>;
  lifecyclePhase?: Resolver<ResolversTypes['LifecyclePhase'], ParentType, ContextType>;
  maturityLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ServiceNameArgs>>;
  nameTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  namedProviders?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['ServiceOutput']>, ParentType, ContextType>;
  processingDaysAreWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  processingTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processingTimeLimit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['ServiceProvider']>, ParentType, ContextType>;
  redress?: Resolver<Maybe<ResolversTypes['Redress']>, ParentType, ContextType>;
  relatedServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  requiredServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ServiceRequirement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceSummaryArgs>>;
  thematicAreas?: Resolver<Array<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceChangeConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceChangeConnection'] = ResolversParentTypes['ServiceChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceChangeEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceChangeEdge'] = ResolversParentTypes['ServiceChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceChannel'] = ResolversParentTypes['ServiceChannel']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['ChannelCharge']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceChannelNoteArgs>>;
}>;

export type ServiceConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceCostResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceCost'] = ResolversParentTypes['ServiceCost']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  channelType?: Resolver<Maybe<ResolversTypes['ChannelType']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceCostDescriptionArgs>>;
  exemptions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceCostExemptionsArgs>>;
}>;

export type ServiceEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceImportanceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceImportance'] = ResolversParentTypes['ServiceImportance']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needImportance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceIndicatorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceIndicator'] = ResolversParentTypes['ServiceIndicator']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceInternalViewResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceInternalView'] = ResolversParentTypes['ServiceInternalView']> = ResolversObject<{
  history?: Resolver<ResolversTypes['ServiceVersionConnection'], ParentType, ContextType, Partial<ServiceInternalViewHistoryArgs>>;
  indicators?: Resolver<Array<ResolversTypes['ServiceIndicator']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  processDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ServiceLocationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceLocation'] = ResolversParentTypes['ServiceLocation']> = ResolversObject<{
  accessibility?: Resolver<Maybe<ResolversTypes['Accessibility']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  coordinates?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceLocationDescriptionArgs>>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isClientServiceCentre?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ServiceLocationIsOpenArgs>>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ServiceLocationNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<ServiceLocationServicesArgs>>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceLocationDistanceConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceLocationDistanceConnection'] = ResolversParentTypes['ServiceLocationDistanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceLocationDistanceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceLocation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceLocationDistanceEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceLocationDistanceEdge'] = ResolversParentTypes['ServiceLocationDistanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceLocation'], ParentType, ContextType>;
}>;

export type ServiceLocationSearchHitResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceLocationSearchHit'] = ResolversParentTypes['ServiceLocationSearchHit']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['ServiceLocation'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SearchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreParts?: Resolver<Maybe<ResolversTypes['SearchScoreParts']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceOutputResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceOutput'] = ResolversParentTypes['ServiceOutput']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ServiceOutputNameArgs>>;
  type?: Resolver<ResolversTypes['OutputType'], ParentType, ContextType>;
}>;

export type ServiceProviderResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceProvider'] = ResolversParentTypes['ServiceProvider']> = ResolversObject<{
  delivers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceProviderDeliversArgs>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceProviderNameArgs>>;
  role?: Resolver<ResolversTypes['ProviderRole'], ParentType, ContextType>;
}>;

export type ServiceRequirementResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceRequirement'] = ResolversParentTypes['ServiceRequirement']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ServiceRequirementDescriptionArgs>>;
}>;

export type ServiceSearchConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceSearchConnection'] = ResolversParentTypes['ServiceSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceSearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceSearchEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceSearchEdge'] = ResolversParentTypes['ServiceSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceSearchHitResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceSearchHit'] = ResolversParentTypes['ServiceSearchHit']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SearchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreParts?: Resolver<Maybe<ResolversTypes['SearchScoreParts']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceVersionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceVersion'] = ResolversParentTypes['ServiceVersion']> = ResolversObject<{
  change?: Resolver<ResolversTypes['ServiceChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceVersionConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceVersionConnection'] = ResolversParentTypes['ServiceVersionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ServiceVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SetLifeSituationSearchEntryErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SetLifeSituationSearchEntryError'] = ResolversParentTypes['SetLifeSituationSearchEntryError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SetLifeSituationSearchEntryInvalid' | 'SetLifeSituationSearchEntryVersionConflict', ParentType, ContextType>;
}>;

export type SetLifeSituationSearchEntryInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SetLifeSituationSearchEntryInvalid'] = ResolversParentTypes['SetLifeSituationSearchEntryInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SetLifeSituationSearchEntryPayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SetLifeSituationSearchEntryPayload'] = ResolversParentTypes['SetLifeSituationSearchEntryPayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['LifeSituationSearchEntry']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['SetLifeSituationSearchEntryError']>, ParentType, ContextType>;
}>;

export type SetLifeSituationSearchEntryVersionConflictResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['SetLifeSituationSearchEntryVersionConflict'] = ResolversParentTypes['SetLifeSituationSearchEntryVersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpdateServiceErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpdateServiceError'] = ResolversParentTypes['UpdateServiceError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpdateServiceInvalid' | 'UpdateServiceVersionConflict', ParentType, ContextType>;
}>;

export type UpdateServiceInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpdateServiceInvalid'] = ResolversParentTypes['UpdateServiceInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateServicePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpdateServicePayload'] = ResolversParentTypes['UpdateServicePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UpdateServiceError']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type UpdateServiceVersionConflictResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpdateServiceVersionConflict'] = ResolversParentTypes['UpdateServiceVersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpsertChannelErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertChannelError'] = ResolversParentTypes['UpsertChannelError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpsertChannelInvalid', ParentType, ContextType>;
}>;

export type UpsertChannelInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertChannelInvalid'] = ResolversParentTypes['UpsertChannelInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpsertChannelPayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertChannelPayload'] = ResolversParentTypes['UpsertChannelPayload']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UpsertChannelError']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
}>;

export type UpsertServiceCodeTakenResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertServiceCodeTaken'] = ResolversParentTypes['UpsertServiceCodeTaken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpsertServiceErrorResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertServiceError'] = ResolversParentTypes['UpsertServiceError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpsertServiceCodeTaken' | 'UpsertServiceInvalid', ParentType, ContextType>;
}>;

export type UpsertServiceInvalidResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertServiceInvalid'] = ResolversParentTypes['UpsertServiceInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpsertServicePayloadResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['UpsertServicePayload'] = ResolversParentTypes['UpsertServicePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UpsertServiceError']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type WebPageChannelResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['WebPageChannel'] = ResolversParentTypes['WebPageChannel']> = ResolversObject<{
  accessibility?: Resolver<Maybe<ResolversTypes['Accessibility']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<WebPageChannelDescriptionArgs>>;
  hours?: Resolver<Maybe<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<WebPageChannelNameArgs>>;
  owner?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<WebPageChannelServicesArgs>>;
  type?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServicesContext> = ResolversObject<{
  Accessibility?: AccessibilityResolvers<ContextType>;
  ArchiveServiceAlreadyArchived?: ArchiveServiceAlreadyArchivedResolvers<ContextType>;
  ArchiveServiceError?: ArchiveServiceErrorResolvers<ContextType>;
  ArchiveServicePayload?: ArchiveServicePayloadResolvers<ContextType>;
  CatalogueImportResult?: CatalogueImportResultResolvers<ContextType>;
  CatalogueQualityReport?: CatalogueQualityReportResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  ChannelCharge?: ChannelChargeResolvers<ContextType>;
  ChannelConnection?: ChannelConnectionResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  ContactPoint?: ContactPointResolvers<ContextType>;
  CreateServiceCodeTaken?: CreateServiceCodeTakenResolvers<ContextType>;
  CreateServiceError?: CreateServiceErrorResolvers<ContextType>;
  CreateServiceInvalid?: CreateServiceInvalidResolvers<ContextType>;
  CreateServicePayload?: CreateServicePayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EServiceChannel?: EServiceChannelResolvers<ContextType>;
  EmailChannel?: EmailChannelResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  ImportCataloguePayload?: ImportCataloguePayloadResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LegalResource?: LegalResourceResolvers<ContextType>;
  LifeSituation?: LifeSituationResolvers<ContextType>;
  LifeSituationSearchEntry?: LifeSituationSearchEntryResolvers<ContextType>;
  LifeSituationSearchHit?: LifeSituationSearchHitResolvers<ContextType>;
  LocalizedString?: LocalizedStringResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameServiceProviderError?: NameServiceProviderErrorResolvers<ContextType>;
  NameServiceProviderIsHolder?: NameServiceProviderIsHolderResolvers<ContextType>;
  NameServiceProviderPayload?: NameServiceProviderPayloadResolvers<ContextType>;
  NameServiceProviderUnknownInstitution?: NameServiceProviderUnknownInstitutionResolvers<ContextType>;
  OpeningException?: OpeningExceptionResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  OpeningPeriod?: OpeningPeriodResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhoneChannel?: PhoneChannelResolvers<ContextType>;
  PostChannel?: PostChannelResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  PublishServiceAlreadyPublished?: PublishServiceAlreadyPublishedResolvers<ContextType>;
  PublishServiceError?: PublishServiceErrorResolvers<ContextType>;
  PublishServiceIncomplete?: PublishServiceIncompleteResolvers<ContextType>;
  PublishServicePayload?: PublishServicePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordServiceDemandError?: RecordServiceDemandErrorResolvers<ContextType>;
  RecordServiceDemandInvalid?: RecordServiceDemandInvalidResolvers<ContextType>;
  RecordServiceDemandPayload?: RecordServiceDemandPayloadResolvers<ContextType>;
  Redress?: RedressResolvers<ContextType>;
  RemoveServiceProviderError?: RemoveServiceProviderErrorResolvers<ContextType>;
  RemoveServiceProviderNotNamed?: RemoveServiceProviderNotNamedResolvers<ContextType>;
  RemoveServiceProviderPayload?: RemoveServiceProviderPayloadResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacetValue?: SearchFacetValueResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchReason?: SearchReasonResolvers<ContextType>;
  SearchScoreParts?: SearchScorePartsResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceChangeConnection?: ServiceChangeConnectionResolvers<ContextType>;
  ServiceChangeEdge?: ServiceChangeEdgeResolvers<ContextType>;
  ServiceChannel?: ServiceChannelResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceCost?: ServiceCostResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceImportance?: ServiceImportanceResolvers<ContextType>;
  ServiceIndicator?: ServiceIndicatorResolvers<ContextType>;
  ServiceInternalView?: ServiceInternalViewResolvers<ContextType>;
  ServiceLocation?: ServiceLocationResolvers<ContextType>;
  ServiceLocationDistanceConnection?: ServiceLocationDistanceConnectionResolvers<ContextType>;
  ServiceLocationDistanceEdge?: ServiceLocationDistanceEdgeResolvers<ContextType>;
  ServiceLocationSearchHit?: ServiceLocationSearchHitResolvers<ContextType>;
  ServiceOutput?: ServiceOutputResolvers<ContextType>;
  ServiceProvider?: ServiceProviderResolvers<ContextType>;
  ServiceRequirement?: ServiceRequirementResolvers<ContextType>;
  ServiceSearchConnection?: ServiceSearchConnectionResolvers<ContextType>;
  ServiceSearchEdge?: ServiceSearchEdgeResolvers<ContextType>;
  ServiceSearchHit?: ServiceSearchHitResolvers<ContextType>;
  ServiceVersion?: ServiceVersionResolvers<ContextType>;
  ServiceVersionConnection?: ServiceVersionConnectionResolvers<ContextType>;
  SetLifeSituationSearchEntryError?: SetLifeSituationSearchEntryErrorResolvers<ContextType>;
  SetLifeSituationSearchEntryInvalid?: SetLifeSituationSearchEntryInvalidResolvers<ContextType>;
  SetLifeSituationSearchEntryPayload?: SetLifeSituationSearchEntryPayloadResolvers<ContextType>;
  SetLifeSituationSearchEntryVersionConflict?: SetLifeSituationSearchEntryVersionConflictResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  UpdateServiceError?: UpdateServiceErrorResolvers<ContextType>;
  UpdateServiceInvalid?: UpdateServiceInvalidResolvers<ContextType>;
  UpdateServicePayload?: UpdateServicePayloadResolvers<ContextType>;
  UpdateServiceVersionConflict?: UpdateServiceVersionConflictResolvers<ContextType>;
  UpsertChannelError?: UpsertChannelErrorResolvers<ContextType>;
  UpsertChannelInvalid?: UpsertChannelInvalidResolvers<ContextType>;
  UpsertChannelPayload?: UpsertChannelPayloadResolvers<ContextType>;
  UpsertServiceCodeTaken?: UpsertServiceCodeTakenResolvers<ContextType>;
  UpsertServiceError?: UpsertServiceErrorResolvers<ContextType>;
  UpsertServiceInvalid?: UpsertServiceInvalidResolvers<ContextType>;
  UpsertServicePayload?: UpsertServicePayloadResolvers<ContextType>;
  WebPageChannel?: WebPageChannelResolvers<ContextType>;
}>;

