import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiKeyRow, ApiKeyUsageRow, ApiKeyOperationUsageRow, RegistrySubgraphRow, RegistrySchemaVersionRow, RegistrySupergraphRow, ApplicationRow, AccessRequestRow, RegistryCheckRow, WebhookSubscriptionRow, WebhookDeliveryRow } from '../db/tables.ts';
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

/** The terms a developer accepts for an application. */
export type AcceptTermsOfUseInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** The version read and accepted; must be the current one. */
  version: Scalars['Int']['input'];
};

/** The result of acceptTermsOfUse. */
export type AcceptTermsOfUsePayload = {
  __typename?: 'AcceptTermsOfUsePayload';
  /** The application; null when `errors` is not empty. */
  application?: Maybe<Application>;
  /** Why nothing was accepted; empty on success. */
  errors: Array<ApplicationProblem>;
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
  /**
   * Use per UTC day and operation, oldest day first and then by operation, over the same window as `usage`. Visible
   * only where the key is (operators and the key's owner: the application, and its developer in the developer portal).
   * Today's numbers trail by a few seconds.
   */
  operationUsage: Array<ApiKeyOperationUsage>;
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
export type ApiKeyOperationUsageArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
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

/** One key's use of one operation on one UTC day. */
export type ApiKeyOperationUsage = {
  __typename?: 'ApiKeyOperationUsage';
  /** The day, e.g. "2026-03-01". */
  date: Scalars['Date']['output'];
  /** Times its response carried at least one error. */
  errors: Scalars['Int']['output'];
  /**
   * The operation's name, e.g. "MekletPakalpojumus"; for a document without a named operation `#` and the first 12
   * hex digits of the document's SHA-256 (of its persisted id for persisted documents), e.g. "#3fa9c1d2e4b5".
   * A key's day counts its first 100 operations by name; any further ones together as "#other".
   */
  operation: Scalars['String']['output'];
  /** Times it was sent with the key, rejected ones included. */
  operations: Scalars['Int']['output'];
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

/** A third-party application registered by a developer. */
export type Application = {
  __typename?: 'Application';
  /** Its requests for a higher tier or scopes, newest first. */
  accessRequests: Array<ApplicationAccessRequest>;
  /** Its OIDC client id, e.g. "pasts-app-k3x9": the owner code of its keys and the recipient named in persons' consents. */
  clientId: Scalars['String']['output'];
  /** An e-mail address or phone number to reach its developer. */
  contact: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Its keys, newest first, revoked ones included. */
  keys: Array<ApiKey>;
  /** True when the current terms of use are not accepted yet: no key can be made until they are. */
  mustAcceptTerms: Scalars['Boolean']['output'];
  /** Its name as persons see it when it asks for consent, e.g. "Pasts". */
  name: Scalars['String']['output'];
  /** What it does with the graph, as persons see it when it asks for consent. */
  purpose: Scalars['String']['output'];
  /** Where the citizen portal may send persons back after a consent request (exact https, or http on loopback, URLs). */
  redirectUris: Array<Scalars['String']['output']>;
  /** The newest terms of use its developer accepted; null when none. */
  termsAccepted?: Maybe<TermsAcceptance>;
};

/** An application's request for a higher tier or scopes to persons' data. */
export type ApplicationAccessRequest = {
  __typename?: 'ApplicationAccessRequest';
  /** The application's client id. */
  application: Scalars['String']['output'];
  /** When it was decided; null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided, e.g. "operator:ops"; null while pending. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The operator's note on the decision. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why, in the developer's words. */
  reason: Scalars['String']['output'];
  /** When it was asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** The scopes asked for, e.g. ["consent:cases:read"]. */
  scopes: Array<Scalars['String']['output']>;
  /** Where it stands. */
  status: ApplicationAccessRequestStatus;
  /** The tier asked for. */
  tier: ApiKeyTier;
};

/** Whether an access request is decided. */
export type ApplicationAccessRequestStatus =
  /** Approved: the application's keys have the tier and scopes. */
  | 'APPROVED'
  /** Waiting for an operator. */
  | 'PENDING'
  /** Rejected; `note` says why. */
  | 'REJECTED';

/** One of the developer's applications. */
export type ApplicationInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
};

/** One key of the developer's applications. */
export type ApplicationKeyInput = {
  /** One of the application's keys. */
  keyId: Scalars['ID']['input'];
};

/** The result of createApplicationKey, rotateApplicationKey and revokeApplicationKey. */
export type ApplicationKeyPayload = {
  __typename?: 'ApplicationKeyPayload';
  /** The new (or revoked) key; null when `errors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** Why nothing changed; empty on success. */
  errors: Array<ApplicationProblem>;
  /** The whole new key, shown this once; null after a revocation or when `errors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** A typed reason an application mutation did nothing. */
export type ApplicationProblem = {
  __typename?: 'ApplicationProblem';
  /** BAD_USER_INPUT, NOT_FOUND, TERMS_NOT_ACCEPTED, CONFLICT or LIMIT_REACHED. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to do. */
  message: Scalars['String']['output'];
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

export type CreateWebhookSubscriptionInput = {
  /** The event types to deliver: 1–50 of those docs/events.md lists, e.g. "lv.gov.psg.case.status-changed.v1". */
  types: Array<Scalars['String']['input']>;
  /** The endpoint: an https URL (http only for networks the operators allow), at most 2000 characters. */
  url: Scalars['String']['input'];
};

/** The result of createWebhookSubscription. */
export type CreateWebhookSubscriptionPayload = {
  __typename?: 'CreateWebhookSubscriptionPayload';
  /** Why no subscription was made; empty on success. */
  errors: Array<WebhookError>;
  /** The signing secret, `whsec_<base64>`, shown this once; null when `errors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The new subscription; null when `errors` is not empty. */
  subscription?: Maybe<WebhookSubscription>;
};

/** An operator's decision on a request. */
export type DecideApplicationAccessInput = {
  /** True to approve, false to reject. */
  approve: Scalars['Boolean']['input'];
  /** Why, 3–500 characters. */
  note: Scalars['String']['input'];
  /** The pending request. */
  requestId: Scalars['ID']['input'];
};

export type DeleteWebhookSubscriptionInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** The result of deleteWebhookSubscription. */
export type DeleteWebhookSubscriptionPayload = {
  __typename?: 'DeleteWebhookSubscriptionPayload';
  /** The id of the subscription ended; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  errors: Array<WebhookError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The application's developer accepts the terms of use of the given version, which must be the current one. The
   * acceptance is recorded with its time and version; when a new version is published, keys can be made again only
   * after it is accepted.
   */
  acceptTermsOfUse: AcceptTermsOfUsePayload;
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
   * Makes a FREE-tier key for the developer's application, once the current terms of use are accepted; the key is in
   * `secret`, shown this once. At most 5 active keys per application.
   */
  createApplicationKey: ApplicationKeyPayload;
  /**
   * Subscribes an HTTPS endpoint to events (docs/events.md, "Webhooks"). Institutions receive events of their own
   * cases and services, applications events of persons who consented to them (checked at every delivery, so a
   * revocation stops deliveries at once), operators every event. The endpoint must answer the validation handshake
   * (an OPTIONS request) before the first delivery. The signing secret is in the payload's `secret`, shown this
   * once. A URL of a private or internal address is refused unless the platform's operators allow its network.
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /**
   * An operator approves or rejects a pending request; approval gives the application's active keys the tier and
   * scopes asked for. The decision is recorded with who made it, when and why.
   */
  decideApplicationAccess: RequestApplicationAccessPayload;
  /** Ends a subscription: nothing more is delivered to it, and its deliveries are forgotten. */
  deleteWebhookSubscription: DeleteWebhookSubscriptionPayload;
  /**
   * Checks a subgraph schema and, when every check passes, publishes it: a new version of the subgraph and a new
   * supergraph, which every gateway serves within seconds without a restart. When a check fails nothing changes and
   * `check.problems` says why. Publishing the current schema and URL again changes nothing (`unchanged`). For
   * institutions (their own subgraphs; a new subgraph is named after the institution, e.g. "lad" or "lad-fields")
   * and operators.
   */
  publishSubgraph: PublishSubgraphPayload;
  /**
   * Sends dead-lettered deliveries again: the given ones, or all of the subscription's dead letters. Each starts over
   * with a full set of tries, under its first `webhook-id` (the event id), so a receiver that got it after all drops it.
   */
  redriveWebhookDeliveries: RedriveWebhookDeliveriesPayload;
  /**
   * The signed-in developer (a person) registers an application: it gets an OIDC client id of its own (the owner
   * code of its keys and the recipient of persons' consents). Keys come after the terms of use are accepted.
   */
  registerApplication: RegisterApplicationPayload;
  /**
   * The developer asks for a higher tier or for scopes to persons' data for an application; an operator decides
   * (`decideApplicationAccess`). One pending request per application.
   */
  requestApplicationAccess: RequestApplicationAccessPayload;
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
  /** Revokes one of the developer's application's keys at once (also before a new version of the terms is accepted). */
  revokeApplicationKey: ApplicationKeyPayload;
  /**
   * Replaces a key with a new one with the same owner, name, scopes, tier and expiry (operators only). The old key
   * stops working at once, or after `graceMinutes` so that deployed systems can switch over. The new key is in the
   * payload's `secret`, shown this once.
   */
  rotateApiKey: RotateApiKeyPayload;
  /**
   * Replaces one of the developer's application's keys with a new one (same tier and scopes); the old key stops at once.
   * Like making a key, it needs the current terms of use accepted (TERMS_NOT_ACCEPTED otherwise).
   */
  rotateApplicationKey: ApplicationKeyPayload;
  /**
   * Gives a subscription a new signing secret, shown this once. The old secret keeps signing beside the new one for
   * `graceMinutes` (both signatures are sent), so the receiver can switch without losing a delivery.
   */
  rotateWebhookSecret: RotateWebhookSecretPayload;
};


export type MutationAcceptTermsOfUseArgs = {
  input: AcceptTermsOfUseInput;
};


export type MutationCheckSubgraphArgs = {
  input: SubgraphSchemaInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateApplicationKeyArgs = {
  input: ApplicationInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDecideApplicationAccessArgs = {
  input: DecideApplicationAccessInput;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  input: DeleteWebhookSubscriptionInput;
};


export type MutationPublishSubgraphArgs = {
  input: SubgraphSchemaInput;
};


export type MutationRedriveWebhookDeliveriesArgs = {
  input: RedriveWebhookDeliveriesInput;
};


export type MutationRegisterApplicationArgs = {
  input: RegisterApplicationInput;
};


export type MutationRequestApplicationAccessArgs = {
  input: RequestApplicationAccessInput;
};


export type MutationRestoreSupergraphArgs = {
  input: RestoreSupergraphInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRevokeApplicationKeyArgs = {
  input: ApplicationKeyInput;
};


export type MutationRotateApiKeyArgs = {
  input: RotateApiKeyInput;
};


export type MutationRotateApplicationKeyArgs = {
  input: ApplicationKeyInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One change to the public contract. */
export type PublicContractChange = {
  __typename?: 'PublicContractChange';
  /** The schema coordinate it is about, e.g. "Service.keywords", when there is one. */
  coordinate?: Maybe<Scalars['String']['output']>;
  /** How it affects applications. */
  criticality: SchemaChangeCriticality;
  /** What changed, e.g. "Field 'keywords' was removed from object type 'Service'". */
  message: Scalars['String']['output'];
};

/** The public contract as published with one supergraph version. */
export type PublicContractVersion = {
  __typename?: 'PublicContractVersion';
  /** True when one of `changes` is BREAKING. */
  breaking: Scalars['Boolean']['output'];
  /** What changed in the public contract against the version before, most severe first; empty when nothing did. */
  changes: Array<PublicContractChange>;
  /** When it was published. */
  createdAt: Scalars['DateTime']['output'];
  /** True for the contract the gateways serve now. */
  live: Scalars['Boolean']['output'];
  /** Why the supergraph was composed, e.g. "publish lad v3". */
  reason: Scalars['String']['output'];
  /** The contract's SDL, with descriptions. */
  sdl: Scalars['String']['output'];
  /** Which subgraphs define each type of the contract, for the API catalogue. */
  typeOwners: Array<PublicTypeOwner>;
  /** The supergraph version it was published with. */
  version: Scalars['Int']['output'];
};

/** A page of public contract versions. */
export type PublicContractVersionConnection = {
  __typename?: 'PublicContractVersionConnection';
  /** The versions on this page, newest first. */
  nodes: Array<PublicContractVersion>;
  pageInfo: PageInfo;
};

/** The subgraphs that define a type of the public contract. */
export type PublicTypeOwner = {
  __typename?: 'PublicTypeOwner';
  /** The subgraphs defining it or adding fields to it, e.g. ["services", "cases"]. */
  subgraphs: Array<Scalars['String']['output']>;
  /** The type's name, e.g. "Service". */
  type: Scalars['String']['output'];
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
  /** Requests of applications for a higher tier or more scopes, oldest first, for operators (FORBIDDEN otherwise). */
  applicationAccessRequests?: Maybe<Array<ApplicationAccessRequest>>;
  /** The terms of use for applications now in force. Anyone may read them. */
  currentTermsOfUse?: Maybe<TermsOfUse>;
  /**
   * The keys owned by the calling application (its OIDC client id) or institution (its code), newest first,
   * revoked and expired ones included. Paginated: `first` is 1–100 (default 20). FORBIDDEN for persons and anonymous
   * callers.
   */
  myApiKeys?: Maybe<ApiKeyConnection>;
  /**
   * The applications the signed-in developer registered, oldest first. Developers sign in as persons (the developer
   * portal); FORBIDDEN for any other caller, UNAUTHENTICATED without a token.
   */
  myApplications?: Maybe<Array<Application>>;
  /**
   * The public contract (the schema applications build against, as in schema/contracts/public.graphql) published
   * with each supergraph version, newest first: the changelog of the public API. Anyone may read it. With
   * `changedOnly: true` only the versions whose public contract changed (and the first). Paginated: `first` is 1–100
   * (default 20); pass `pageInfo.endCursor` as `after`.
   */
  publicContractVersions?: Maybe<PublicContractVersionConnection>;
  /**
   * A registered application as persons see it when it asks for their consent: its name, purpose, developer contact
   * and redirect URIs. Anyone may read it (the citizen portal shows it on the consent page); null when no application
   * has this client id.
   */
  registeredApplication?: Maybe<RegisteredApplication>;
  /** One subgraph of the registry by name, e.g. "lad"; null when there is none. For institutions and operators. */
  registeredSubgraph?: Maybe<RegisteredSubgraph>;
  /**
   * Every subgraph in the schema registry, the platform's own and the institutions', oldest first. For institutions
   * and operators (FORBIDDEN otherwise): an institution sees every subgraph's name, owner and current schema, as it
   * must compose with them.
   */
  registeredSubgraphs?: Maybe<Array<RegisteredSubgraph>>;
  /**
   * Every subgraph of the served supergraph with its owner, version and whether it answers now (asked at most every
   * 30 seconds). Anyone may read it: the developer portal's status page.
   */
  subgraphStatuses?: Maybe<Array<SubgraphStatus>>;
  /**
   * The supergraphs the registry composed, newest first: the first is the one the gateway serves. For institutions
   * and operators. Paginated: `first` is 1–100 (default 20); pass `pageInfo.endCursor` as `after`.
   */
  supergraphVersions?: Maybe<SupergraphVersionConnection>;
  /** One webhook subscription by id; null when there is none or the caller may not see it (only its owner and operators may). */
  webhookSubscription?: Maybe<WebhookSubscription>;
  /**
   * Webhook subscriptions (docs/events.md, "Webhooks"): an institution's and an application's own, newest first;
   * operators see every one. FORBIDDEN for persons: a person follows their own cases in the portal.
   */
  webhookSubscriptions?: Maybe<Array<WebhookSubscription>>;
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
export type QueryApplicationAccessRequestsArgs = {
  status?: InputMaybe<ApplicationAccessRequestStatus>;
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
export type QueryPublicContractVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryRegisteredApplicationArgs = {
  clientId: Scalars['String']['input'];
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


/**
 * The platform itself: API keys for applications and institutions, and their usage; the schema registry through
 * which institutions add subgraphs of their own (see docs/institution-subgraph.md). Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};

export type RedriveWebhookDeliveriesInput = {
  /** Dead-lettered deliveries to send again; all of the subscription's dead letters when left out. */
  deliveryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The subscription. */
  subscriptionId: Scalars['ID']['input'];
};

/** The result of redriveWebhookDeliveries. */
export type RedriveWebhookDeliveriesPayload = {
  __typename?: 'RedriveWebhookDeliveriesPayload';
  /** Why nothing was redriven; empty on success. */
  errors: Array<WebhookError>;
  /** How many deliveries were put back to PENDING. */
  redriven: Scalars['Int']['output'];
  /** The subscription; null when it was not found. */
  subscription?: Maybe<WebhookSubscription>;
};

/** An application a developer registers. */
export type RegisterApplicationInput = {
  /** An e-mail address or phone number, 3–200 characters. */
  contact: Scalars['String']['input'];
  /** Its name, 2–80 characters. */
  name: Scalars['String']['input'];
  /** What it does with the graph, 10–500 characters. */
  purpose: Scalars['String']['input'];
  /** Up to 5 redirect URIs: https, or http on localhost/127.0.0.1. */
  redirectUris: Array<Scalars['String']['input']>;
};

/** The result of registerApplication. */
export type RegisterApplicationPayload = {
  __typename?: 'RegisterApplicationPayload';
  /** The application; null when `errors` is not empty. */
  application?: Maybe<Application>;
  /** Why nothing was registered; empty on success. */
  errors: Array<ApplicationProblem>;
};

/** What anyone may know of a registered application: who asks for a person's consent, and why. */
export type RegisteredApplication = {
  __typename?: 'RegisteredApplication';
  /** Its OIDC client id, e.g. "gimenes-kalendars-3f9a1c". */
  clientId: Scalars['String']['output'];
  /** How to reach its developer. */
  contact: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** What it does with the graph, in its developer's words. */
  purpose: Scalars['String']['output'];
  /** Where the citizen portal may send persons back after a consent request. */
  redirectUris: Array<Scalars['String']['output']>;
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

/** What a developer asks an operator for. */
export type RequestApplicationAccessInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** Why, 10–500 characters. */
  reason: Scalars['String']['input'];
  /** Scopes asked for (lowercase, e.g. "consent:cases:read"); may be empty. */
  scopes: Array<Scalars['String']['input']>;
  /** The tier asked for: STANDARD or PARTNER. */
  tier: ApiKeyTier;
};

/** The result of requestApplicationAccess and decideApplicationAccess. */
export type RequestApplicationAccessPayload = {
  __typename?: 'RequestApplicationAccessPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<ApplicationProblem>;
  /** The request; null when `errors` is not empty. */
  request?: Maybe<ApplicationAccessRequest>;
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

export type RotateWebhookSecretInput = {
  /** Minutes the old secret keeps signing beside the new one, 0–10080 (a week). Default: 1440 (a day). */
  graceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** The result of rotateWebhookSecret. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** Why the secret was not rotated; empty on success. */
  errors: Array<WebhookError>;
  /** The new secret, shown this once; null when `errors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The subscription with its new secret; null when `errors` is not empty. */
  subscription?: Maybe<WebhookSubscription>;
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
  /**
   * The schema breaks the public contract (schema/contracts/public.graphql) that applications build against, or
   * leaves a type a public field returns out of it. The message names the applications that used the field lately.
   */
  | 'PUBLIC_CONTRACT'
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

/** A subgraph of the served supergraph and whether it answers. */
export type SubgraphStatus = {
  __typename?: 'SubgraphStatus';
  /** When it was last asked. */
  checkedAt: Scalars['DateTime']['output'];
  /** Its name in the graph, e.g. "services". */
  name: Scalars['String']['output'];
  /** PLATFORM for the platform's own subgraphs, else the owning institution's code, e.g. "LAD". */
  owner: Scalars['String']['output'];
  /** When that version was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** True when the subgraph answered its readiness check (`/readyz`) at `checkedAt`. */
  up: Scalars['Boolean']['output'];
  /** The version the served supergraph is composed with. */
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

/** An acceptance of the terms of use. */
export type TermsAcceptance = {
  __typename?: 'TermsAcceptance';
  /** When. */
  acceptedAt: Scalars['DateTime']['output'];
  /** The version accepted. */
  version: Scalars['Int']['output'];
};

/** A version of the terms of use for applications. */
export type TermsOfUse = {
  __typename?: 'TermsOfUse';
  /** When it came into force. */
  publishedAt: Scalars['Date']['output'];
  /** The terms, in Latvian, as plain text with paragraphs. */
  text: Scalars['String']['output'];
  /** 1, 2, …: a new version asks every application to accept again. */
  version: Scalars['Int']['output'];
};

/** One event's delivery to one subscription. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Tries made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was taken from the bus for this subscription. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint took it; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The CloudEvent's id, also the `webhook-id` header on every try. */
  eventId: Scalars['ID']['output'];
  /** The CloudEvent's type. */
  eventType: Scalars['String']['output'];
  /** The delivery's id, for redriveWebhookDeliveries. */
  id: Scalars['ID']['output'];
  /** When the last try started; null before the first. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last try failed; null after a success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last try; null when it got no answer. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next try is due; null when none will be made. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every try failed (12 by default, over about a day): kept for the owner to redrive. */
  | 'DEAD_LETTERED'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Waiting for its first or next try (`nextAttemptAt`). */
  | 'PENDING'
  /** Not sent, and never will be: the person withdrew the consent to the application before it went out. */
  | 'WITHHELD';

/**
 * Why a webhook mutation did not do it. `code` is one of: INVALID_URL (not an absolute http(s) URL, or http to a
 * public address), PRIVATE_ADDRESS (the host is or resolves to a private, loopback or link-local address the
 * operators have not allowed), UNRESOLVABLE_HOST, UNKNOWN_EVENT_TYPE, BAD_USER_INPUT (another input out of range),
 * NOT_FOUND (no such subscription of yours).
 */
export type WebhookError = {
  __typename?: 'WebhookError';
  /** INVALID_URL, PRIVATE_ADDRESS, UNRESOLVABLE_HOST, UNKNOWN_EVENT_TYPE, BAD_USER_INPUT or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. "url" or "types"; null when none is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What to do about it. */
  message: Scalars['String']['output'];
};

/** A subscription's health, counted over its deliveries now kept. */
export type WebhookHealth = {
  __typename?: 'WebhookHealth';
  /** Failed tries since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  /** Deliveries that failed every try: redrive them with redriveWebhookDeliveries. */
  deadLettered: Scalars['Int']['output'];
  /** Deliveries made. */
  delivered: Scalars['Int']['output'];
  /** Why the last failed try failed, e.g. "HTTP 503" or "timed out after 10000 ms". */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a try last failed; null if none has. */
  lastFailureAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a try last succeeded; null if none has. */
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** Deliveries waiting for their first or next try. */
  pending: Scalars['Int']['output'];
  /** HEALTHY when the last attempt succeeded (or none was made yet), FAILING when it failed. */
  state: WebhookHealthState;
};

/** Whether a subscription's endpoint takes its deliveries. */
export type WebhookHealthState =
  /** The last try failed; deliveries are retried with backoff. */
  | 'FAILING'
  /** The last try succeeded, or none was made yet. */
  | 'HEALTHY';

/** Who owns a webhook subscription. */
export type WebhookOwnerKind =
  /** A third-party application (its OIDC client id): events of persons who consented to it. */
  | 'APPLICATION'
  /** An institution's system (its code): events of its own cases and services. */
  | 'INSTITUTION'
  /** A platform operator: every event. */
  | 'OPERATOR';

/**
 * An endpoint that receives events as signed HTTP POSTs (CloudEvents in structured JSON, signed per Standard
 * Webhooks): see docs/events.md, "Webhooks", for verifying a signature.
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The subscription's deliveries, newest first, optionally of one status. `first` is 1–100 (default 20). */
  deliveries: Array<WebhookDelivery>;
  /** How the endpoint is doing: what waits, what failed, what is dead-lettered. */
  health: WebhookHealth;
  /** The subscription's id. */
  id: Scalars['ID']['output'];
  /** The owner: an institution's code, an application's client id, or an operator's subject. */
  ownerCode: Scalars['String']['output'];
  /** Whose subscription it is. */
  ownerKind: WebhookOwnerKind;
  /** Until when the previous secret still signs beside the current one; null when only one is in use. */
  previousSecretValidUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When the secret was last rotated; null if never. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event types delivered, e.g. ["lv.gov.psg.case.status-changed.v1"]; other types are not sent. */
  types: Array<Scalars['String']['output']>;
  /** The endpoint, e.g. "https://hooks.example.lv/psg". */
  url: Scalars['String']['output'];
  /** When the endpoint answered the validation handshake; null until then (deliveries wait for it). */
  validatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/**
 * An endpoint that receives events as signed HTTP POSTs (CloudEvents in structured JSON, signed per Standard
 * Webhooks): see docs/events.md, "Webhooks", for verifying a signature.
 */
export type WebhookSubscriptionDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
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
  AcceptTermsOfUseInput: AcceptTermsOfUseInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AcceptTermsOfUsePayload: ResolverTypeWrapper<Omit<AcceptTermsOfUsePayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiKeyEdge']>, nodes: Array<ResolversTypes['ApiKey']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyFilter: ApiKeyFilter;
  ApiKeyOperationUsage: ResolverTypeWrapper<ApiKeyOperationUsageRow>;
  ApiKeyOwnerKind: ApiKeyOwnerKind;
  ApiKeyStatus: ApiKeyStatus;
  ApiKeyTier: ApiKeyTier;
  ApiKeyUsageDay: ResolverTypeWrapper<ApiKeyUsageRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Application: ResolverTypeWrapper<ApplicationRow>;
  ApplicationAccessRequest: ResolverTypeWrapper<AccessRequestRow>;
  ApplicationAccessRequestStatus: ApplicationAccessRequestStatus;
  ApplicationInput: ApplicationInput;
  ApplicationKeyInput: ApplicationKeyInput;
  ApplicationKeyPayload: ResolverTypeWrapper<Omit<ApplicationKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ApplicationProblem: ResolverTypeWrapper<ApplicationProblem>;
  CheckSubgraphPayload: ResolverTypeWrapper<Omit<CheckSubgraphPayload, 'check'> & { check: ResolversTypes['SubgraphCheck'] }>;
  CreateApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CreateApiKeyError']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: ResolverTypeWrapper<CreateApiKeyInvalidInput>;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['CreateApiKeyError']> }>;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: ResolverTypeWrapper<Omit<CreateWebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['WebhookSubscription']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideApplicationAccessInput: DecideApplicationAccessInput;
  DeleteWebhookSubscriptionInput: DeleteWebhookSubscriptionInput;
  DeleteWebhookSubscriptionPayload: ResolverTypeWrapper<DeleteWebhookSubscriptionPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicContractChange: ResolverTypeWrapper<PublicContractChange>;
  PublicContractVersion: ResolverTypeWrapper<RegistrySupergraphRow>;
  PublicContractVersionConnection: ResolverTypeWrapper<Omit<PublicContractVersionConnection, 'nodes'> & { nodes: Array<ResolversTypes['PublicContractVersion']> }>;
  PublicTypeOwner: ResolverTypeWrapper<PublicTypeOwner>;
  PublishSubgraphPayload: ResolverTypeWrapper<Omit<PublishSubgraphPayload, 'check' | 'supergraph' | 'version'> & { check: ResolversTypes['SubgraphCheck'], supergraph?: Maybe<ResolversTypes['SupergraphVersion']>, version?: Maybe<ResolversTypes['SubgraphSchemaVersion']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedriveWebhookDeliveriesInput: RedriveWebhookDeliveriesInput;
  RedriveWebhookDeliveriesPayload: ResolverTypeWrapper<Omit<RedriveWebhookDeliveriesPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['WebhookSubscription']> }>;
  RegisterApplicationInput: RegisterApplicationInput;
  RegisterApplicationPayload: ResolverTypeWrapper<Omit<RegisterApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  RegisteredApplication: ResolverTypeWrapper<ApplicationRow>;
  RegisteredSubgraph: ResolverTypeWrapper<RegistrySubgraphRow>;
  RequestApplicationAccessInput: RequestApplicationAccessInput;
  RequestApplicationAccessPayload: ResolverTypeWrapper<Omit<RequestApplicationAccessPayload, 'request'> & { request?: Maybe<ResolversTypes['ApplicationAccessRequest']> }>;
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
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['WebhookSubscription']> }>;
  SchemaChange: ResolverTypeWrapper<SchemaChange>;
  SchemaChangeCriticality: SchemaChangeCriticality;
  SubgraphCheck: ResolverTypeWrapper<RegistryCheckRow>;
  SubgraphCheckOutcome: SubgraphCheckOutcome;
  SubgraphProblem: ResolverTypeWrapper<SubgraphProblem>;
  SubgraphProblemRule: SubgraphProblemRule;
  SubgraphSchemaInput: SubgraphSchemaInput;
  SubgraphSchemaVersion: ResolverTypeWrapper<RegistrySchemaVersionRow>;
  SubgraphStatus: ResolverTypeWrapper<SubgraphStatus>;
  SupergraphVersion: ResolverTypeWrapper<RegistrySupergraphRow>;
  SupergraphVersionConnection: ResolverTypeWrapper<Omit<SupergraphVersionConnection, 'nodes'> & { nodes: Array<ResolversTypes['SupergraphVersion']> }>;
  TermsAcceptance: ResolverTypeWrapper<TermsAcceptance>;
  TermsOfUse: ResolverTypeWrapper<TermsOfUse>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookError: ResolverTypeWrapper<WebhookError>;
  WebhookHealth: ResolverTypeWrapper<WebhookHealth>;
  WebhookHealthState: WebhookHealthState;
  WebhookOwnerKind: WebhookOwnerKind;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptTermsOfUseInput: AcceptTermsOfUseInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AcceptTermsOfUsePayload: Omit<AcceptTermsOfUsePayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  ApiKey: ApiKeyRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']>, nodes: Array<ResolversParentTypes['ApiKey']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyFilter: ApiKeyFilter;
  ApiKeyOperationUsage: ApiKeyOperationUsageRow;
  ApiKeyUsageDay: ApiKeyUsageRow;
  Float: Scalars['Float']['output'];
  Application: ApplicationRow;
  ApplicationAccessRequest: AccessRequestRow;
  ApplicationInput: ApplicationInput;
  ApplicationKeyInput: ApplicationKeyInput;
  ApplicationKeyPayload: Omit<ApplicationKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ApplicationProblem: ApplicationProblem;
  CheckSubgraphPayload: Omit<CheckSubgraphPayload, 'check'> & { check: ResolversParentTypes['SubgraphCheck'] };
  CreateApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['CreateApiKeyError'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: CreateApiKeyInvalidInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['CreateApiKeyError']> };
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: Omit<CreateWebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['WebhookSubscription']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideApplicationAccessInput: DecideApplicationAccessInput;
  DeleteWebhookSubscriptionInput: DeleteWebhookSubscriptionInput;
  DeleteWebhookSubscriptionPayload: DeleteWebhookSubscriptionPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublicContractChange: PublicContractChange;
  PublicContractVersion: RegistrySupergraphRow;
  PublicContractVersionConnection: Omit<PublicContractVersionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PublicContractVersion']> };
  PublicTypeOwner: PublicTypeOwner;
  PublishSubgraphPayload: Omit<PublishSubgraphPayload, 'check' | 'supergraph' | 'version'> & { check: ResolversParentTypes['SubgraphCheck'], supergraph?: Maybe<ResolversParentTypes['SupergraphVersion']>, version?: Maybe<ResolversParentTypes['SubgraphSchemaVersion']> };
  Query: Record<PropertyKey, never>;
  RedriveWebhookDeliveriesInput: RedriveWebhookDeliveriesInput;
  RedriveWebhookDeliveriesPayload: Omit<RedriveWebhookDeliveriesPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['WebhookSubscription']> };
  RegisterApplicationInput: RegisterApplicationInput;
  RegisterApplicationPayload: Omit<RegisterApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  RegisteredApplication: ApplicationRow;
  RegisteredSubgraph: RegistrySubgraphRow;
  RequestApplicationAccessInput: RequestApplicationAccessInput;
  RequestApplicationAccessPayload: Omit<RequestApplicationAccessPayload, 'request'> & { request?: Maybe<ResolversParentTypes['ApplicationAccessRequest']> };
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
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['WebhookSubscription']> };
  SchemaChange: SchemaChange;
  SubgraphCheck: RegistryCheckRow;
  SubgraphProblem: SubgraphProblem;
  SubgraphSchemaInput: SubgraphSchemaInput;
  SubgraphSchemaVersion: RegistrySchemaVersionRow;
  SubgraphStatus: SubgraphStatus;
  SupergraphVersion: RegistrySupergraphRow;
  SupergraphVersionConnection: Omit<SupergraphVersionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SupergraphVersion']> };
  TermsAcceptance: TermsAcceptance;
  TermsOfUse: TermsOfUse;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookError: WebhookError;
  WebhookHealth: WebhookHealth;
  WebhookSubscription: WebhookSubscriptionRow;
}>;

export type AcceptTermsOfUsePayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['AcceptTermsOfUsePayload'] = ResolversParentTypes['AcceptTermsOfUsePayload']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ApplicationProblem']>, ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'], FederationReferenceType extends FederationReferenceTypes['ApiKey'] = FederationReferenceTypes['ApiKey']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationUsage?: Resolver<Array<ResolversTypes['ApiKeyOperationUsage']>, ParentType, ContextType, Partial<ApiKeyOperationUsageArgs>>;
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

export type ApiKeyOperationUsageResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKeyOperationUsage'] = ResolversParentTypes['ApiKeyOperationUsage']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyUsageDayResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApiKeyUsageDay'] = ResolversParentTypes['ApiKeyUsageDay']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = ResolversObject<{
  accessRequests?: Resolver<Array<ResolversTypes['ApplicationAccessRequest']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  mustAcceptTerms?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  termsAccepted?: Resolver<Maybe<ResolversTypes['TermsAcceptance']>, ParentType, ContextType>;
}>;

export type ApplicationAccessRequestResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApplicationAccessRequest'] = ResolversParentTypes['ApplicationAccessRequest']> = ResolversObject<{
  application?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationAccessRequestStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ApiKeyTier'], ParentType, ContextType>;
}>;

export type ApplicationKeyPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApplicationKeyPayload'] = ResolversParentTypes['ApplicationKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ApplicationProblem']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApplicationProblemResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['ApplicationProblem'] = ResolversParentTypes['ApplicationProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CreateWebhookSubscriptionPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['CreateWebhookSubscriptionPayload'] = ResolversParentTypes['CreateWebhookSubscriptionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['WebhookError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteWebhookSubscriptionPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['DeleteWebhookSubscriptionPayload'] = ResolversParentTypes['DeleteWebhookSubscriptionPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['WebhookError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptTermsOfUse?: Resolver<ResolversTypes['AcceptTermsOfUsePayload'], ParentType, ContextType, RequireFields<MutationAcceptTermsOfUseArgs, 'input'>>;
  checkSubgraph?: Resolver<ResolversTypes['CheckSubgraphPayload'], ParentType, ContextType, RequireFields<MutationCheckSubgraphArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createApplicationKey?: Resolver<ResolversTypes['ApplicationKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApplicationKeyArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['CreateWebhookSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  decideApplicationAccess?: Resolver<ResolversTypes['RequestApplicationAccessPayload'], ParentType, ContextType, RequireFields<MutationDecideApplicationAccessArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['DeleteWebhookSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'input'>>;
  publishSubgraph?: Resolver<ResolversTypes['PublishSubgraphPayload'], ParentType, ContextType, RequireFields<MutationPublishSubgraphArgs, 'input'>>;
  redriveWebhookDeliveries?: Resolver<ResolversTypes['RedriveWebhookDeliveriesPayload'], ParentType, ContextType, RequireFields<MutationRedriveWebhookDeliveriesArgs, 'input'>>;
  registerApplication?: Resolver<ResolversTypes['RegisterApplicationPayload'], ParentType, ContextType, RequireFields<MutationRegisterApplicationArgs, 'input'>>;
  requestApplicationAccess?: Resolver<ResolversTypes['RequestApplicationAccessPayload'], ParentType, ContextType, RequireFields<MutationRequestApplicationAccessArgs, 'input'>>;
  restoreSupergraph?: Resolver<ResolversTypes['RestoreSupergraphPayload'], ParentType, ContextType, RequireFields<MutationRestoreSupergraphArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  revokeApplicationKey?: Resolver<ResolversTypes['ApplicationKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApplicationKeyArgs, 'input'>>;
  rotateApiKey?: Resolver<ResolversTypes['RotateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
  rotateApplicationKey?: Resolver<ResolversTypes['ApplicationKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApplicationKeyArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PublicContractChangeResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PublicContractChange'] = ResolversParentTypes['PublicContractChange']> = ResolversObject<{
  coordinate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criticality?: Resolver<ResolversTypes['SchemaChangeCriticality'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublicContractVersionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PublicContractVersion'] = ResolversParentTypes['PublicContractVersion']> = ResolversObject<{
  breaking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['PublicContractChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sdl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typeOwners?: Resolver<Array<ResolversTypes['PublicTypeOwner']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicContractVersionConnectionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PublicContractVersionConnection'] = ResolversParentTypes['PublicContractVersionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PublicContractVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PublicTypeOwnerResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PublicTypeOwner'] = ResolversParentTypes['PublicTypeOwner']> = ResolversObject<{
  subgraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  applicationAccessRequests?: Resolver<Maybe<Array<ResolversTypes['ApplicationAccessRequest']>>, ParentType, ContextType, Partial<QueryApplicationAccessRequestsArgs>>;
  currentTermsOfUse?: Resolver<Maybe<ResolversTypes['TermsOfUse']>, ParentType, ContextType>;
  myApiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<QueryMyApiKeysArgs>>;
  myApplications?: Resolver<Maybe<Array<ResolversTypes['Application']>>, ParentType, ContextType>;
  publicContractVersions?: Resolver<Maybe<ResolversTypes['PublicContractVersionConnection']>, ParentType, ContextType, Partial<QueryPublicContractVersionsArgs>>;
  registeredApplication?: Resolver<Maybe<ResolversTypes['RegisteredApplication']>, ParentType, ContextType, RequireFields<QueryRegisteredApplicationArgs, 'clientId'>>;
  registeredSubgraph?: Resolver<Maybe<ResolversTypes['RegisteredSubgraph']>, ParentType, ContextType, RequireFields<QueryRegisteredSubgraphArgs, 'name'>>;
  registeredSubgraphs?: Resolver<Maybe<Array<ResolversTypes['RegisteredSubgraph']>>, ParentType, ContextType>;
  subgraphStatuses?: Resolver<Maybe<Array<ResolversTypes['SubgraphStatus']>>, ParentType, ContextType>;
  supergraphVersions?: Resolver<Maybe<ResolversTypes['SupergraphVersionConnection']>, ParentType, ContextType, Partial<QuerySupergraphVersionsArgs>>;
  webhookSubscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType, RequireFields<QueryWebhookSubscriptionArgs, 'id'>>;
  webhookSubscriptions?: Resolver<Maybe<Array<ResolversTypes['WebhookSubscription']>>, ParentType, ContextType>;
}>;

export type RedriveWebhookDeliveriesPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RedriveWebhookDeliveriesPayload'] = ResolversParentTypes['RedriveWebhookDeliveriesPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['WebhookError']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export type RegisterApplicationPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RegisterApplicationPayload'] = ResolversParentTypes['RegisterApplicationPayload']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ApplicationProblem']>, ParentType, ContextType>;
}>;

export type RegisteredApplicationResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RegisteredApplication'] = ResolversParentTypes['RegisteredApplication']> = ResolversObject<{
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RegisteredSubgraphResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RegisteredSubgraph'] = ResolversParentTypes['RegisteredSubgraph']> = ResolversObject<{
  checks?: Resolver<Array<ResolversTypes['SubgraphCheck']>, ParentType, ContextType, Partial<RegisteredSubgraphChecksArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['SubgraphSchemaVersion']>, ParentType, ContextType, Partial<RegisteredSubgraphVersionsArgs>>;
}>;

export type RequestApplicationAccessPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RequestApplicationAccessPayload'] = ResolversParentTypes['RequestApplicationAccessPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['ApplicationProblem']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ApplicationAccessRequest']>, ParentType, ContextType>;
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

export type RotateWebhookSecretPayloadResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['WebhookError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
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

export type SubgraphStatusResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['SubgraphStatus'] = ResolversParentTypes['SubgraphStatus']> = ResolversObject<{
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  up?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type TermsAcceptanceResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['TermsAcceptance'] = ResolversParentTypes['TermsAcceptance']> = ResolversObject<{
  acceptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TermsOfUseResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['TermsOfUse'] = ResolversParentTypes['TermsOfUse']> = ResolversObject<{
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookErrorResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['WebhookError'] = ResolversParentTypes['WebhookError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookHealthResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['WebhookHealth'] = ResolversParentTypes['WebhookHealth']> = ResolversObject<{
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadLettered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastFailureAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WebhookHealthState'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, Partial<WebhookSubscriptionDeliveriesArgs>>;
  health?: Resolver<ResolversTypes['WebhookHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerKind?: Resolver<ResolversTypes['WebhookOwnerKind'], ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PlatformContext> = ResolversObject<{
  AcceptTermsOfUsePayload?: AcceptTermsOfUsePayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyOperationUsage?: ApiKeyOperationUsageResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationAccessRequest?: ApplicationAccessRequestResolvers<ContextType>;
  ApplicationKeyPayload?: ApplicationKeyPayloadResolvers<ContextType>;
  ApplicationProblem?: ApplicationProblemResolvers<ContextType>;
  CheckSubgraphPayload?: CheckSubgraphPayloadResolvers<ContextType>;
  CreateApiKeyError?: CreateApiKeyErrorResolvers<ContextType>;
  CreateApiKeyInvalidInput?: CreateApiKeyInvalidInputResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateWebhookSubscriptionPayload?: CreateWebhookSubscriptionPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteWebhookSubscriptionPayload?: DeleteWebhookSubscriptionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublicContractChange?: PublicContractChangeResolvers<ContextType>;
  PublicContractVersion?: PublicContractVersionResolvers<ContextType>;
  PublicContractVersionConnection?: PublicContractVersionConnectionResolvers<ContextType>;
  PublicTypeOwner?: PublicTypeOwnerResolvers<ContextType>;
  PublishSubgraphPayload?: PublishSubgraphPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedriveWebhookDeliveriesPayload?: RedriveWebhookDeliveriesPayloadResolvers<ContextType>;
  RegisterApplicationPayload?: RegisterApplicationPayloadResolvers<ContextType>;
  RegisteredApplication?: RegisteredApplicationResolvers<ContextType>;
  RegisteredSubgraph?: RegisteredSubgraphResolvers<ContextType>;
  RequestApplicationAccessPayload?: RequestApplicationAccessPayloadResolvers<ContextType>;
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
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SchemaChange?: SchemaChangeResolvers<ContextType>;
  SubgraphCheck?: SubgraphCheckResolvers<ContextType>;
  SubgraphProblem?: SubgraphProblemResolvers<ContextType>;
  SubgraphSchemaVersion?: SubgraphSchemaVersionResolvers<ContextType>;
  SubgraphStatus?: SubgraphStatusResolvers<ContextType>;
  SupergraphVersion?: SupergraphVersionResolvers<ContextType>;
  SupergraphVersionConnection?: SupergraphVersionConnectionResolvers<ContextType>;
  TermsAcceptance?: TermsAcceptanceResolvers<ContextType>;
  TermsOfUse?: TermsOfUseResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookError?: WebhookErrorResolvers<ContextType>;
  WebhookHealth?: WebhookHealthResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
}>;

