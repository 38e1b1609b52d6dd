import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiKeyRow, ApiKeyUsageRow, RegistrySubgraphRow, RegistrySchemaVersionRow, RegistrySupergraphRow, RegistryCheckRow } from '../db/tables.ts';
import type { PlatformContext } from '../context.ts';
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
  /** Calendar date "YYYY-MM-DD", e.g. "2026-03-01". */
  Date: { input: string; output: string; }
  /** ISO 8601 date-time, e.g. "2026-03-01T09:30:00Z". Output is always UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * An API key, without its secret. Send the key as `X-API-Key: psg_<prefix>_<secret>`; an application may also send a
 * person's bearer token with it to act with that person's token.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it, e.g. "operator:ops". */
  createdBy: Scalars['String']['output'];
  /** When the key stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Roughly when the key was last used (updated every few seconds); null when it has never been used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as the operator named it, e.g. "Mobile app, production". */
  name: Scalars['String']['output'];
  /** The owner: an application's OIDC client id, e.g. "pasts-app", or an institution's code, e.g. "PMLP". */
  ownerCode: Scalars['String']['output'];
  /** Whether the owner is an application or an institution. */
  ownerKind: ApiKeyOwnerKind;
  /**
   * True for first-party portals' keys: only operations on the portal's persisted allow-list are accepted
   * (send `extensions.persistedQuery.sha256Hash`); any other document is refused.
   */
  persistedOperationsOnly: Scalars['Boolean']['output'];
  /** The key's public part, e.g. "k3x9q2mfa7wd": keys start with `psg_<prefix>_`. Safe to show and to log. */
  prefix: Scalars['String']['output'];
  /** The key that replaced this one when it was rotated; null otherwise. */
  replacedBy?: Maybe<ApiKey>;
  /** When it was revoked or rotated away; null while it has not been. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Scopes the key grants, e.g. ["developer"]: `developer` allows introspection of the schema. Other scopes are
   * checked by the subgraphs that own the data.
   */
  scopes: Array<Scalars['String']['output']>;
  /** Whether the key works now. */
  status: ApiKeyStatus;
  /** The rate-limit tier. */
  tier: ApiKeyTier;
  /**
   * Use per UTC day, oldest first, from `from` to `to` inclusive (default: the last 30 days up to today; at most 366
   * days). Days without use are left out. Visible to operators and to the key's owner. Today's numbers trail by a
   * few seconds.
   */
  usage: Array<ApiKeyUsageDay>;
};


/**
 * An API key, without its secret. Send the key as `X-API-Key: psg_<prefix>_<secret>`; an application may also send a
 * person's bearer token with it to act with that person's token.
 */
export type ApiKeyUsageArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  /** The keys on this page, in order. */
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
  /** How many keys match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An API key and its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

/** Narrows `apiKeys`. Every given condition must hold. */
export type ApiKeyFilter = {
  /** Only keys of this owner: an application's client id or an institution's code, e.g. "PMLP". */
  ownerCode?: InputMaybe<Scalars['String']['input']>;
  /** Only keys of this kind of owner. */
  ownerKind?: InputMaybe<ApiKeyOwnerKind>;
  /** Only keys in this status. */
  status?: InputMaybe<ApiKeyStatus>;
};

/** Who an API key is for. */
export type ApiKeyOwnerKind =
  /** A third-party application, identified by its OIDC client id (the same id its persons' tokens carry in `azp`). */
  | 'APPLICATION'
  /** An institution's system, identified by the institution's code, e.g. "PMLP". */
  | 'INSTITUTION';

/** Whether a key works now. */
export type ApiKeyStatus =
  /** The key works. */
  | 'ACTIVE'
  /** Past `expiresAt`; it no longer works. */
  | 'EXPIRED'
  /** Revoked or rotated; it no longer works. */
  | 'REVOKED';

/**
 * How much a key may ask of the graph per minute, in query cost points (see docs/applications.md, \"Limits\"). The numbers are
 * the gateway's configuration (`RATE_LIMITS`); the defaults are given here.
 */
export type ApiKeyTier =
  /** 20 000 points a minute: trying things out. */
  | 'FREE'
  /** 5 000 000 points a minute: the state's own portals. */
  | 'INTERNAL'
  /** 500 000 points a minute: partners and institutions' systems with steady traffic. */
  | 'PARTNER'
  /** 100 000 points a minute: an application in production. */
  | 'STANDARD';

/** One key's use on one UTC day. */
export type ApiKeyUsageDay = {
  __typename?: 'ApiKeyUsageDay';
  /** Sum of their query cost in points (see docs/applications.md, "Limits"). */
  cost: Scalars['Float']['output'];
  /** The day, e.g. "2026-03-01". */
  date: Scalars['Date']['output'];
  /** Operations whose response carried at least one error (rate-limited and refused ones included). */
  errors: Scalars['Int']['output'];
  /** GraphQL operations sent with the key, rejected ones included. */
  operations: Scalars['Int']['output'];
};

/** The result of checkSubgraph. */
export type CheckSubgraphPayload = {
  __typename?: 'CheckSubgraphPayload';
  /** The recorded check. */
  check: SubgraphCheck;
};

/** A reason createApiKey did not create a key. */
export type CreateApiKeyError = {
  /** Machine code, e.g. BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  /** When the key stops working: in the future, at most 3 years ahead. Default: one year from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, 1–100 characters, e.g. "Mobile app, production". */
  name: Scalars['String']['input'];
  /**
   * An application's OIDC client id (lowercase letters, digits and hyphens, 2–64 characters, e.g. "pasts-app"), or an
   * institution's code (uppercase letters, digits and hyphens, 2–32 characters, e.g. "PMLP").
   */
  ownerCode: Scalars['String']['input'];
  /** Whether the key is for an application or an institution. */
  ownerKind: ApiKeyOwnerKind;
  /** Lock the key to the persisted allow-list of operations (first-party portals). Default: false. */
  persistedOperationsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Scopes to grant, at most 20, each lowercase letters, digits and `:_-` (e.g. "developer"). Names starting with
   * "role:" are the graph's roles and cannot be granted. Default: none.
   */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Rate-limit tier. Default: FREE. */
  tier?: InputMaybe<ApiKeyTier>;
};

/** An input value was not acceptable; `field` names it. */
export type CreateApiKeyInvalidInput = CreateApiKeyError & {
  __typename?: 'CreateApiKeyInvalidInput';
  /** BAD_USER_INPUT */
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. "scopes". */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key; null when `errors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not created; empty on success. */
  errors: Array<CreateApiKeyError>;
  /** The whole key, `psg_<prefix>_<secret>`, shown this once and never again; null when `errors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Runs every registry check on a subgraph schema without publishing it: composition with all current subgraphs,
   * breaking changes against the served supergraph (rejected when a changed field was used in the last 30 days), and
   * the governance rules (ownership, no @override of others' fields, prefixed names, descriptions). The result is
   * recorded. For institutions (their own subgraphs) and operators.
   */
  checkSubgraph: CheckSubgraphPayload;
  /**
   * Creates an API key for an application or an institution (operators only). The key itself is in the payload's
   * `secret`, shown this once: store it in a secret store. Send it as the `X-API-Key` header.
   */
  createApiKey: CreateApiKeyPayload;
  /**
   * Checks a subgraph schema and, when every check passes, publishes it: a new version of the subgraph and a new
   * supergraph, which every gateway serves within seconds without a restart. When a check fails nothing changes and
   * `check.problems` says why. Publishing the current schema and URL again changes nothing (`unchanged`). For
   * institutions (their own subgraphs; a new subgraph is named after the institution, e.g. "lad" or "lad-fields")
   * and operators.
   */
  publishSubgraph: PublishSubgraphPayload;
  /**
   * Serves an earlier supergraph again, as a new newest version composed of the same subgraph versions (operators
   * only): the way back when a published subgraph misbehaves at run time. Gateways pick it up within seconds.
   */
  restoreSupergraph: RestoreSupergraphPayload;
  /**
   * Revokes a key (operators only): every gateway replica refuses it at once. Revoking a revoked key changes nothing
   * and is not an error.
   */
  revokeApiKey: RevokeApiKeyPayload;
  /**
   * Replaces a key with a new one with the same owner, name, scopes, tier and expiry (operators only). The old key
   * stops working at once, or after `graceMinutes` so that deployed systems can switch over. The new key is in the
   * payload's `secret`, shown this once.
   */
  rotateApiKey: RotateApiKeyPayload;
};


export type MutationCheckSubgraphArgs = {
  input: SubgraphSchemaInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationPublishSubgraphArgs = {
  input: SubgraphSchemaInput;
};


export type MutationRestoreSupergraphArgs = {
  input: RestoreSupergraphInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRotateApiKeyArgs = {
  input: RotateApiKeyInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The result of publishSubgraph. */
export type PublishSubgraphPayload = {
  __typename?: 'PublishSubgraphPayload';
  /** The checks run before publishing; when it FAILED nothing was published. */
  check: SubgraphCheck;
  /** The new supergraph the gateways will serve; null when the check failed or nothing changed. */
  supergraph?: Maybe<SupergraphVersion>;
  /** True when the schema and routing URL are the ones already published: nothing was written. */
  unchanged: Scalars['Boolean']['output'];
  /** The new version; null when the check failed or nothing changed. */
  version?: Maybe<SubgraphSchemaVersion>;
};

/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One API key by id. Operators see any key; an application or institution sees only its own keys. Returns null
   * when the key does not exist or the caller may not see it.
   */
  apiKey?: Maybe<ApiKey>;
  /**
   * Every API key, newest first, for operators only (FORBIDDEN otherwise). Paginated: `first` is 1–100 (default 20);
   * pass the previous page's `pageInfo.endCursor` as `after`. Secrets are never shown, only each key's `prefix`.
   */
  apiKeys?: Maybe<ApiKeyConnection>;
  /**
   * The keys owned by the calling application (its OIDC client id) or institution (its code), newest first,
   * revoked and expired ones included. Paginated: `first` is 1–100 (default 20). FORBIDDEN for persons and anonymous
   * callers.
   */
  myApiKeys?: Maybe<ApiKeyConnection>;
  /** One subgraph of the registry by name, e.g. "lad"; null when there is none. For institutions and operators. */
  registeredSubgraph?: Maybe<RegisteredSubgraph>;
  /**
   * Every subgraph in the schema registry, the platform's own and the institutions', oldest first. For institutions
   * and operators (FORBIDDEN otherwise): an institution sees every subgraph's name, owner and current schema, as it
   * must compose with them.
   */
  registeredSubgraphs?: Maybe<Array<RegisteredSubgraph>>;
  /**
   * The supergraphs the registry composed, newest first: the first is the one the gateway serves. For institutions
   * and operators. Paginated: `first` is 1–100 (default 20); pass `pageInfo.endCursor` as `after`.
   */
  supergraphVersions?: Maybe<SupergraphVersionConnection>;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryMyApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryRegisteredSubgraphArgs = {
  name: Scalars['String']['input'];
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QuerySupergraphVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A subgraph in the schema registry. */
export type RegisteredSubgraph = {
  __typename?: 'RegisteredSubgraph';
  /** The checks run on its schemas, newest first, at most `last` of them (1–100, default 20). */
  checks: Array<SubgraphCheck>;
  /** When it was first published. */
  createdAt: Scalars['DateTime']['output'];
  /** The version the served supergraph is composed with; null when a restored supergraph left the subgraph out. */
  currentVersion?: Maybe<SubgraphSchemaVersion>;
  /** Its name in the graph, e.g. "lad"; lower-case letters, digits and hyphens. */
  name: Scalars['String']['output'];
  /** Who owns it: PLATFORM for the platform's own subgraphs, else the institution's code, e.g. "LAD". */
  owner: Scalars['String']['output'];
  /** Its published versions, newest first, at most `last` of them (1–100, default 20). */
  versions: Array<SubgraphSchemaVersion>;
};


/** A subgraph in the schema registry. */
export type RegisteredSubgraphChecksArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A subgraph in the schema registry. */
export type RegisteredSubgraphVersionsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A reason restoreSupergraph did not restore. */
export type RestoreSupergraphError = {
  /** Machine code: NOT_FOUND. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RestoreSupergraphInput = {
  /** The earlier supergraph version to serve again. */
  version: Scalars['Int']['input'];
};

/** No supergraph has this version. */
export type RestoreSupergraphNotFound = RestoreSupergraphError & {
  __typename?: 'RestoreSupergraphNotFound';
  /** NOT_FOUND */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The result of restoreSupergraph. */
export type RestoreSupergraphPayload = {
  __typename?: 'RestoreSupergraphPayload';
  /** Why nothing was restored; empty on success. */
  errors: Array<RestoreSupergraphError>;
  /** The new newest supergraph, a copy of the restored one; null when `errors` is not empty. */
  supergraph?: Maybe<SupergraphVersion>;
};

/** A reason revokeApiKey did not revoke a key. */
export type RevokeApiKeyError = {
  /** Machine code: NOT_FOUND. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RevokeApiKeyInput = {
  /** The key to revoke. */
  id: Scalars['ID']['input'];
};

/** No key has this id. */
export type RevokeApiKeyNotFound = RevokeApiKeyError & {
  __typename?: 'RevokeApiKeyNotFound';
  /** NOT_FOUND */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The revoked key; null when `errors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not revoked; empty on success. */
  errors: Array<RevokeApiKeyError>;
};

/** A reason rotateApiKey did not rotate a key. */
export type RotateApiKeyError = {
  /** Machine code: NOT_FOUND or CONFLICT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RotateApiKeyInput = {
  /** Minutes the old key keeps working, 0–10080 (a week). Default: 0, the old key stops at once. */
  graceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The key to replace. */
  id: Scalars['ID']['input'];
};

/** The key is revoked or expired: create a new one instead. */
export type RotateApiKeyNotActive = RotateApiKeyError & {
  __typename?: 'RotateApiKeyNotActive';
  /** CONFLICT */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The key's status. */
  status: ApiKeyStatus;
};

/** No key has this id. */
export type RotateApiKeyNotFound = RotateApiKeyError & {
  __typename?: 'RotateApiKeyNotFound';
  /** NOT_FOUND */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The result of rotateApiKey. */
export type RotateApiKeyPayload = {
  __typename?: 'RotateApiKeyPayload';
  /** The new key; null when `errors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not rotated; empty on success. */
  errors: Array<RotateApiKeyError>;
  /** The old key, now revoked or expiring at the end of the grace period. */
  previous?: Maybe<ApiKey>;
  /** The whole new key, shown this once; null when `errors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** One change to what clients see, against the served supergraph. */
export type SchemaChange = {
  __typename?: 'SchemaChange';
  /** The schema coordinate it is about, e.g. "Client.ladFarm", when there is one. */
  coordinate?: Maybe<Scalars['String']['output']>;
  /** How it affects clients. */
  criticality: SchemaChangeCriticality;
  /** What changes, e.g. "Field 'ladFarm' was removed from object type 'Client'". */
  message: Scalars['String']['output'];
  /** Operations that selected the coordinate in the last 30 days, through any gateway. */
  recentOperations: Scalars['Int']['output'];
};

/** How a change affects clients. */
export type SchemaChangeCriticality =
  /** Clients' operations that use it stop working. */
  | 'BREAKING'
  /** Clients may behave differently (e.g. a new enum value). */
  | 'DANGEROUS'
  /** Nothing breaks. */
  | 'SAFE';

/** The recorded result of a registry check. */
export type SubgraphCheck = {
  __typename?: 'SubgraphCheck';
  /** What the schema changes for clients, most severe first (breaking changes to unused fields are allowed). */
  changes: Array<SchemaChange>;
  /** When it ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** Who asked, e.g. "institution:LAD". */
  checkedBy: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** PASSED when every check passed. */
  outcome: SubgraphCheckOutcome;
  /** Why it failed; empty when it passed. */
  problems: Array<SubgraphProblem>;
  /** True when it was the first step of a publish. */
  publish: Scalars['Boolean']['output'];
  /** The subgraph checked. */
  subgraph: Scalars['String']['output'];
};

/** Whether a check passed. */
export type SubgraphCheckOutcome =
  /** At least one check failed; see `problems`. */
  | 'FAILED'
  /** Every check passed. */
  | 'PASSED';

/** One reason a check failed. */
export type SubgraphProblem = {
  __typename?: 'SubgraphProblem';
  /** The schema coordinate at fault, e.g. "Client.email" or "LadFarm", when there is one. */
  coordinate?: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to do, for a person. */
  message: Scalars['String']['output'];
  /** Which rule. */
  rule: SubgraphProblemRule;
};

/** Why a registry check failed. */
export type SubgraphProblemRule =
  /** The schema breaks something clients used in the usage window. */
  | 'BREAKING_CHANGE'
  /** The schema does not compose with the other current subgraphs. */
  | 'COMPOSITION'
  /** A new type, field, argument or enum value has no description. */
  | 'DESCRIPTION'
  /** The subgraph name is not acceptable. */
  | 'NAME'
  /** A new type or field is not named with the institution's prefix. */
  | 'NAMING'
  /**
   * A field breaks the failure contract: every Query field, every field added to an entity another subgraph owns,
   * and every field whose type is an entity another subgraph owns must be nullable, so an outage or a refusal costs
   * that field only.
   */
  | 'NULLABILITY'
  /** A field uses @override to take over a field another owner resolves. */
  | 'OVERRIDE'
  /** The subgraph belongs to another owner, or the name is not the institution's to take. */
  | 'OWNERSHIP'
  /** The schema redefines a type or field another owner defines. */
  | 'REDEFINITION'
  /** The routing URL is not an http(s) URL. */
  | 'ROUTING_URL'
  /** The SDL does not parse. */
  | 'SYNTAX';

export type SubgraphSchemaInput = {
  /**
   * The subgraph's name. An institution publishes under its code in lower case, alone or followed by "-…", e.g.
   * "lad" or "lad-fields"; the first publish registers the name to it.
   */
  name: Scalars['String']['input'];
  /** Where the gateway sends the subgraph's requests: an http(s) URL, e.g. "https://graph.lad.gov.lv/graphql". */
  routingUrl: Scalars['String']['input'];
  /** The subgraph's whole SDL (Federation v2, with its @link), at most 1 MB. */
  sdl: Scalars['String']['input'];
};

/** One published schema of a subgraph. */
export type SubgraphSchemaVersion = {
  __typename?: 'SubgraphSchemaVersion';
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it, e.g. "institution:LAD". */
  publishedBy: Scalars['String']['output'];
  /** Where the gateway sends the subgraph's requests, e.g. "https://graph.lad.gov.lv/graphql". */
  routingUrl: Scalars['String']['output'];
  /** The subgraph's SDL as published. */
  sdl: Scalars['String']['output'];
  /** The subgraph's name. */
  subgraph: Scalars['String']['output'];
  /** 1 for the first publish, then counting up. */
  version: Scalars['Int']['output'];
};

/** A supergraph the registry composed; the newest is the one served. */
export type SupergraphVersion = {
  __typename?: 'SupergraphVersion';
  /** The schema clients see (without federation's internals), e.g. to diff versions. */
  apiSdl: Scalars['String']['output'];
  /** When it was composed. */
  createdAt: Scalars['DateTime']['output'];
  /** Who caused it, e.g. "institution:LAD". */
  createdBy: Scalars['String']['output'];
  /** True for the supergraph the gateways serve now. */
  live: Scalars['Boolean']['output'];
  /** Why it was composed, e.g. "publish lad v3" or "restore v5". */
  reason: Scalars['String']['output'];
  /** The subgraph versions it was composed from, by subgraph name. */
  subgraphs: Array<SubgraphSchemaVersion>;
  /** 1 for the first, then counting up. */
  version: Scalars['Int']['output'];
};

/** A page of supergraph versions. */
export type SupergraphVersionConnection = {
  __typename?: 'SupergraphVersionConnection';
  /** The versions on this page, newest first. */
  nodes: Array<SupergraphVersion>;
  pageInfo: PageInfo;
};

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
  ApiKey: ApiKey;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApiKey:
    ( { __typename: 'ApiKey' }
    & GraphQLRecursivePick<FederationTypes['ApiKey'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CreateApiKeyError: ( CreateApiKeyInvalidInput );
  RestoreSupergraphError: ( RestoreSupergraphNotFound );
  RevokeApiKeyError: ( RevokeApiKeyNotFound );
  RotateApiKeyError:
    | ( RotateApiKeyNotActive )
    | ( RotateApiKeyNotFound )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiKeyEdge']>, nodes: Array<ResolversTypes['ApiKey']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyFilter: ApiKeyFilter;
  ApiKeyOwnerKind: ApiKeyOwnerKind;
  ApiKeyStatus: ApiKeyStatus;
  ApiKeyTier: ApiKeyTier;
  ApiKeyUsageDay: ResolverTypeWrapper<ApiKeyUsageRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CheckSubgraphPayload: ResolverTypeWrapper<Omit<CheckSubgraphPayload, 'check'> & { check: ResolversTypes['SubgraphCheck'] }>;
  CreateApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CreateApiKeyError']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: ResolverTypeWrapper<CreateApiKeyInvalidInput>;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['CreateApiKeyError']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishSubgraphPayload: ResolverTypeWrapper<Omit<PublishSubgraphPayload, 'check' | 'supergraph' | 'version'> & { check: ResolversTypes['SubgraphCheck'], supergraph?: Maybe<ResolversTypes['SupergraphVersion']>, version?: Maybe<ResolversTypes['SubgraphSchemaVersion']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisteredSubgraph: ResolverTypeWrapper<RegistrySubgraphRow>;
  RestoreSupergraphError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RestoreSupergraphError']>;
  RestoreSupergraphInput: RestoreSupergraphInput;
  RestoreSupergraphNotFound: ResolverTypeWrapper<RestoreSupergraphNotFound>;
  RestoreSupergraphPayload: ResolverTypeWrapper<Omit<RestoreSupergraphPayload, 'errors' | 'supergraph'> & { errors: Array<ResolversTypes['RestoreSupergraphError']>, supergraph?: Maybe<ResolversTypes['SupergraphVersion']> }>;
  RevokeApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RevokeApiKeyError']>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyNotFound: ResolverTypeWrapper<RevokeApiKeyNotFound>;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['RevokeApiKeyError']> }>;
  RotateApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RotateApiKeyError']>;
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyNotActive: ResolverTypeWrapper<RotateApiKeyNotActive>;
  RotateApiKeyNotFound: ResolverTypeWrapper<RotateApiKeyNotFound>;
  RotateApiKeyPayload: ResolverTypeWrapper<Omit<RotateApiKeyPayload, 'apiKey' | 'errors' | 'previous'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['RotateApiKeyError']>, previous?: Maybe<ResolversTypes['ApiKey']> }>;
  SchemaChange: ResolverTypeWrapper<SchemaChange>;
  SchemaChangeCriticality: SchemaChangeCriticality;
  SubgraphCheck: ResolverTypeWrapper<RegistryCheckRow>;
  SubgraphCheckOutcome: SubgraphCheckOutcome;
  SubgraphProblem: ResolverTypeWrapper<SubgraphProblem>;
  SubgraphProblemRule: SubgraphProblemRule;
  SubgraphSchemaInput: SubgraphSchemaInput;
  SubgraphSchemaVersion: ResolverTypeWrapper<RegistrySchemaVersionRow>;
  SupergraphVersion: ResolverTypeWrapper<RegistrySupergraphRow>;
  SupergraphVersionConnection: ResolverTypeWrapper<Omit<SupergraphVersionConnection, 'nodes'> & { nodes: Array<ResolversTypes['SupergraphVersion']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']>, nodes: Array<ResolversParentTypes['ApiKey']> };
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyFilter: ApiKeyFilter;
  ApiKeyUsageDay: ApiKeyUsageRow;
  Float: Scalars['Float']['output'];
  CheckSubgraphPayload: Omit<CheckSubgraphPayload, 'check'> & { check: ResolversParentTypes['SubgraphCheck'] };
  CreateApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['CreateApiKeyError'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: CreateApiKeyInvalidInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['CreateApiKeyError']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublishSubgraphPayload: Omit<PublishSubgraphPayload, 'check' | 'supergraph' | 'version'> & { check: ResolversParentTypes['SubgraphCheck'], supergraph?: Maybe<ResolversParentTypes['SupergraphVersion']>, version?: Maybe<ResolversParentTypes['SubgraphSchemaVersion']> };
  Query: Record<PropertyKey, never>;
  RegisteredSubgraph: RegistrySubgraphRow;
  RestoreSupergraphError: ResolversInterfaceTypes<ResolversParentTypes>['RestoreSupergraphError'];
  RestoreSupergraphInput: RestoreSupergraphInput;
  RestoreSupergraphNotFound: RestoreSupergraphNotFound;
  RestoreSupergraphPayload: Omit<RestoreSupergraphPayload, 'errors' | 'supergraph'> & { errors: Array<ResolversParentTypes['RestoreSupergraphError']>, supergraph?: Maybe<ResolversParentTypes['SupergraphVersion']> };
  RevokeApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['RevokeApiKeyError'];
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyNotFound: RevokeApiKeyNotFound;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['RevokeApiKeyError']> };
  RotateApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['RotateApiKeyError'];
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyNotActive: RotateApiKeyNotActive;
  RotateApiKeyNotFound: RotateApiKeyNotFound;
  RotateApiKeyPayload: Omit<RotateApiKeyPayload, 'apiKey' | 'errors' | 'previous'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['RotateApiKeyError']>, previous?: Maybe<ResolversParentTypes['ApiKey']> };
  SchemaChange: SchemaChange;
  SubgraphCheck: RegistryCheckRow;
  SubgraphProblem: SubgraphProblem;
  SubgraphSchemaInput: SubgraphSchemaInput;
  SubgraphSchemaVersion: RegistrySchemaVersionRow;
  SupergraphVersion: RegistrySupergraphRow;
  SupergraphVersionConnection: Omit<SupergraphVersionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SupergraphVersion']> };
}>;

export type ApiKeyResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'], FederationReferenceType extends FederationReferenceTypes['ApiKey'] = FederationReferenceTypes['ApiKey']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerKind?: Resolver<ResolversTypes['ApiKeyOwnerKind'], ParentType, ContextType>;
  persistedOperationsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedBy?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ApiKeyTier'], ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiKeyUsageDay']>, ParentType, ContextType, Partial<ApiKeyUsageArgs>>;
}>;

export type ApiKeyConnectionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApiKeyUsageDayResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKeyUsageDay'] = ResolversParentTypes['ApiKeyUsageDay']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CheckSubgraphPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['CheckSubgraphPayload'] = ResolversParentTypes['CheckSubgraphPayload']> = ResolversObject<{
  check?: Resolver<ResolversTypes['SubgraphCheck'], ParentType, ContextType>;
}>;

export type CreateApiKeyErrorResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['CreateApiKeyError'] = ResolversParentTypes['CreateApiKeyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CreateApiKeyInvalidInput', ParentType, ContextType>;
}>;

export type CreateApiKeyInvalidInputResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['CreateApiKeyInvalidInput'] = ResolversParentTypes['CreateApiKeyInvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CreateApiKeyError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  checkSubgraph?: Resolver<ResolversTypes['CheckSubgraphPayload'], ParentType, ContextType, RequireFields<MutationCheckSubgraphArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  publishSubgraph?: Resolver<ResolversTypes['PublishSubgraphPayload'], ParentType, ContextType, RequireFields<MutationPublishSubgraphArgs, 'input'>>;
  restoreSupergraph?: Resolver<ResolversTypes['RestoreSupergraphPayload'], ParentType, ContextType, RequireFields<MutationRestoreSupergraphArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  rotateApiKey?: Resolver<ResolversTypes['RotateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PublishSubgraphPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PublishSubgraphPayload'] = ResolversParentTypes['PublishSubgraphPayload']> = ResolversObject<{
  check?: Resolver<ResolversTypes['SubgraphCheck'], ParentType, ContextType>;
  supergraph?: Resolver<Maybe<ResolversTypes['SupergraphVersion']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeyArgs, 'id'>>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<QueryApiKeysArgs>>;
  myApiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<QueryMyApiKeysArgs>>;
  registeredSubgraph?: Resolver<Maybe<ResolversTypes['RegisteredSubgraph']>, ParentType, ContextType, RequireFields<QueryRegisteredSubgraphArgs, 'name'>>;
  registeredSubgraphs?: Resolver<Maybe<Array<ResolversTypes['RegisteredSubgraph']>>, ParentType, ContextType>;
  supergraphVersions?: Resolver<Maybe<ResolversTypes['SupergraphVersionConnection']>, ParentType, ContextType, Partial<QuerySupergraphVersionsArgs>>;
}>;

export type RegisteredSubgraphResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RegisteredSubgraph'] = ResolversParentTypes['RegisteredSubgraph']> = ResolversObject<{
  checks?: Resolver<Array<ResolversTypes['SubgraphCheck']>, ParentType, ContextType, Partial<RegisteredSubgraphChecksArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType, Partial<RegisteredSubgraphVersionsArgs>>;
}>;

export type RestoreSupergraphErrorResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RestoreSupergraphError'] = ResolversParentTypes['RestoreSupergraphError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RestoreSupergraphNotFound', ParentType, ContextType>;
}>;

export type RestoreSupergraphNotFoundResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RestoreSupergraphNotFound'] = ResolversParentTypes['RestoreSupergraphNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RestoreSupergraphPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RestoreSupergraphPayload'] = ResolversParentTypes['RestoreSupergraphPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['RestoreSupergraphError']>, ParentType, ContextType>;
  supergraph?: Resolver<Maybe<ResolversTypes['SupergraphVersion']>, ParentType, ContextType>;
}>;

export type RevokeApiKeyErrorResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RevokeApiKeyError'] = ResolversParentTypes['RevokeApiKeyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RevokeApiKeyNotFound', ParentType, ContextType>;
}>;

export type RevokeApiKeyNotFoundResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RevokeApiKeyNotFound'] = ResolversParentTypes['RevokeApiKeyNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokeApiKeyPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RevokeApiKeyError']>, ParentType, ContextType>;
}>;

export type RotateApiKeyErrorResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RotateApiKeyError'] = ResolversParentTypes['RotateApiKeyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RotateApiKeyNotActive' | 'RotateApiKeyNotFound', ParentType, ContextType>;
}>;

export type RotateApiKeyNotActiveResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RotateApiKeyNotActive'] = ResolversParentTypes['RotateApiKeyNotActive']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RotateApiKeyNotFoundResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RotateApiKeyNotFound'] = ResolversParentTypes['RotateApiKeyNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RotateApiKeyPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RotateApiKeyPayload'] = ResolversParentTypes['RotateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RotateApiKeyError']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SchemaChangeResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SchemaChange'] = ResolversParentTypes['SchemaChange']> = ResolversObject<{
  coordinate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criticality?: Resolver<ResolversTypes['SchemaChangeCriticality'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recentOperations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubgraphCheckResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SubgraphCheck'] = ResolversParentTypes['SubgraphCheck']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['SchemaChange']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SubgraphCheckOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['SubgraphProblem']>, ParentType, ContextType>;
  publish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubgraphProblemResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SubgraphProblem'] = ResolversParentTypes['SubgraphProblem']> = ResolversObject<{
  coordinate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['SubgraphProblemRule'], ParentType, ContextType>;
}>;

export type SubgraphSchemaVersionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SubgraphSchemaVersion'] = ResolversParentTypes['SubgraphSchemaVersion']> = ResolversObject<{
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routingUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sdl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupergraphVersionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SupergraphVersion'] = ResolversParentTypes['SupergraphVersion']> = ResolversObject<{
  apiSdl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupergraphVersionConnectionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SupergraphVersionConnection'] = ResolversParentTypes['SupergraphVersionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['SupergraphVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PlatformContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  CheckSubgraphPayload?: CheckSubgraphPayloadResolvers<ContextType>;
  CreateApiKeyError?: CreateApiKeyErrorResolvers<ContextType>;
  CreateApiKeyInvalidInput?: CreateApiKeyInvalidInputResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishSubgraphPayload?: PublishSubgraphPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredSubgraph?: RegisteredSubgraphResolvers<ContextType>;
  RestoreSupergraphError?: RestoreSupergraphErrorResolvers<ContextType>;
  RestoreSupergraphNotFound?: RestoreSupergraphNotFoundResolvers<ContextType>;
  RestoreSupergraphPayload?: RestoreSupergraphPayloadResolvers<ContextType>;
  RevokeApiKeyError?: RevokeApiKeyErrorResolvers<ContextType>;
  RevokeApiKeyNotFound?: RevokeApiKeyNotFoundResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RotateApiKeyError?: RotateApiKeyErrorResolvers<ContextType>;
  RotateApiKeyNotActive?: RotateApiKeyNotActiveResolvers<ContextType>;
  RotateApiKeyNotFound?: RotateApiKeyNotFoundResolvers<ContextType>;
  RotateApiKeyPayload?: RotateApiKeyPayloadResolvers<ContextType>;
  SchemaChange?: SchemaChangeResolvers<ContextType>;
  SubgraphCheck?: SubgraphCheckResolvers<ContextType>;
  SubgraphProblem?: SubgraphProblemResolvers<ContextType>;
  SubgraphSchemaVersion?: SubgraphSchemaVersionResolvers<ContextType>;
  SupergraphVersion?: SupergraphVersionResolvers<ContextType>;
  SupergraphVersionConnection?: SupergraphVersionConnectionResolvers<ContextType>;
}>;

