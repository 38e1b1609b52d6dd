import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiKeyRow, ApiKeyUsageRow } from '../db/tables.ts';
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
 * How much a key may ask of the graph per minute, in query cost points (see README, \"Limits\"). The numbers are
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
  /** Sum of their query cost in points (see README, "Limits"). */
  cost: Scalars['Float']['output'];
  /** The day, e.g. "2026-03-01". */
  date: Scalars['Date']['output'];
  /** Operations whose response carried at least one error (rate-limited and refused ones included). */
  errors: Scalars['Int']['output'];
  /** GraphQL operations sent with the key, rejected ones included. */
  operations: Scalars['Int']['output'];
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
   * Creates an API key for an application or an institution (operators only). The key itself is in the payload's
   * `secret`, shown this once: store it in a secret store. Send it as the `X-API-Key` header.
   */
  createApiKey: CreateApiKeyPayload;
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


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
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

/**
 * The platform itself: API keys for applications and institutions, and their usage. Owned by the platform subgraph.
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
  apiKeys: ApiKeyConnection;
  /**
   * The keys owned by the calling application (its OIDC client id) or institution (its code), newest first,
   * revoked and expired ones included. Paginated: `first` is 1–100 (default 20). FORBIDDEN for persons and anonymous
   * callers.
   */
  myApiKeys: ApiKeyConnection;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage. Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The platform itself: API keys for applications and institutions, and their usage. Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The platform itself: API keys for applications and institutions, and their usage. Owned by the platform subgraph.
 * Keys are created, rotated and revoked by operators; an application or institution reads its own keys and usage.
 */
export type QueryMyApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  CreateApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CreateApiKeyError']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: ResolverTypeWrapper<CreateApiKeyInvalidInput>;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['CreateApiKeyError']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevokeApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RevokeApiKeyError']>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyNotFound: ResolverTypeWrapper<RevokeApiKeyNotFound>;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['RevokeApiKeyError']> }>;
  RotateApiKeyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RotateApiKeyError']>;
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyNotActive: ResolverTypeWrapper<RotateApiKeyNotActive>;
  RotateApiKeyNotFound: ResolverTypeWrapper<RotateApiKeyNotFound>;
  RotateApiKeyPayload: ResolverTypeWrapper<Omit<RotateApiKeyPayload, 'apiKey' | 'errors' | 'previous'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, errors: Array<ResolversTypes['RotateApiKeyError']>, previous?: Maybe<ResolversTypes['ApiKey']> }>;
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
  CreateApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['CreateApiKeyError'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyInvalidInput: CreateApiKeyInvalidInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['CreateApiKeyError']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RevokeApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['RevokeApiKeyError'];
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyNotFound: RevokeApiKeyNotFound;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey' | 'errors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['RevokeApiKeyError']> };
  RotateApiKeyError: ResolversInterfaceTypes<ResolversParentTypes>['RotateApiKeyError'];
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyNotActive: RotateApiKeyNotActive;
  RotateApiKeyNotFound: RotateApiKeyNotFound;
  RotateApiKeyPayload: Omit<RotateApiKeyPayload, 'apiKey' | 'errors' | 'previous'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, errors: Array<ResolversParentTypes['RotateApiKeyError']>, previous?: Maybe<ResolversParentTypes['ApiKey']> };
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
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  rotateApiKey?: Resolver<ResolversTypes['RotateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PlatformContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeyArgs, 'id'>>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<QueryApiKeysArgs>>;
  myApiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<QueryMyApiKeysArgs>>;
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

export type Resolvers<ContextType = PlatformContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  CreateApiKeyError?: CreateApiKeyErrorResolvers<ContextType>;
  CreateApiKeyInvalidInput?: CreateApiKeyInvalidInputResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevokeApiKeyError?: RevokeApiKeyErrorResolvers<ContextType>;
  RevokeApiKeyNotFound?: RevokeApiKeyNotFoundResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RotateApiKeyError?: RotateApiKeyErrorResolvers<ContextType>;
  RotateApiKeyNotActive?: RotateApiKeyNotActiveResolvers<ContextType>;
  RotateApiKeyNotFound?: RotateApiKeyNotFoundResolvers<ContextType>;
  RotateApiKeyPayload?: RotateApiKeyPayloadResolvers<ContextType>;
}>;

