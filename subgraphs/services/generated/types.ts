import type { GraphQLResolveInfo } from 'graphql';
import type { ServiceRow, InstitutionRow } from '../db/tables.ts';
import type { ServicesContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A public administration body that holds services (pakalpojuma turētājs) or provides them: a ministry,
 * an agency, a municipality, a state company.
 */
export type Institution = {
  __typename?: 'Institution';
  /** Short stable code used across the graph and by institutions' systems, e.g. "PMLP", "VID". */
  code: Scalars['String']['output'];
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * Name in the reader's language: the `language` argument (BCP 47, e.g. "en"), else the request's
   * Accept-Language, else Latvian.
   */
  name: Scalars['String']['output'];
  /** The name in every language it is given in; Latvian is always present. */
  nameTranslations: Array<LocalizedString>;
  /** Registration number in the register of public bodies (11 digits), when known. */
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

/** A text in one language. `language` is a BCP 47 tag such as "lv" or "en". */
export type LocalizedString = {
  __typename?: 'LocalizedString';
  /** BCP 47 language tag, e.g. "lv", "en". */
  language: Scalars['String']['output'];
  /** The text in that language. */
  value: Scalars['String']['output'];
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
 * The service register and public catalogue (pakalpojumu katalogs): institutions and the public services
 * they hold. Owned by the services subgraph.
 */
export type Query = {
  __typename?: 'Query';
  /** One institution by its `id` or its `code` (give exactly one), e.g. `institution(code: "PMLP")`. */
  institution?: Maybe<Institution>;
  /** All institutions, ordered by code. Paginated: `first` is 1–100 (default 20). */
  institutions: InstitutionConnection;
  /**
   * One service by its `id` or its stable `code` (give exactly one). Returns null when no published service
   * matches. Example: `service(code: "PMLP-PASE")`.
   */
  service?: Maybe<Service>;
  /**
   * Published services, ordered by code. Paginated: `first` is 1–100 (default 20); pass the previous page's
   * `pageInfo.endCursor` as `after`.
   */
  services: ServiceConnection;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions and the public services
 * they hold. Owned by the services subgraph.
 */
export type QueryInstitutionArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions and the public services
 * they hold. Owned by the services subgraph.
 */
export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions and the public services
 * they hold. Owned by the services subgraph.
 */
export type QueryServiceArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The service register and public catalogue (pakalpojumu katalogs): institutions and the public services
 * they hold. Owned by the services subgraph.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A public service (publiskais pakalpojums): a set of sequential actions that benefits or is required of a
 * client, delivered by its holder in performing a public function. An e-service is a channel of a service,
 * never a service of its own.
 */
export type Service = {
  __typename?: 'Service';
  /** Who the service is for. */
  audiences: Array<ServiceAudience>;
  /** Stable human-readable code, e.g. "PMLP-PASE" (passport issuance). Never reused. */
  code: Scalars['String']['output'];
  /** Client-facing description in the reader's language; null when none is written yet. */
  description?: Maybe<Scalars['String']['output']>;
  /** The institution that holds the service and answers for it. */
  holder: Institution;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in the reader's language (argument, else Accept-Language, else Latvian). */
  name: Scalars['String']['output'];
  /** The name in every language it is given in. */
  nameTranslations: Array<LocalizedString>;
  /** True when the days in `processingTime` are Latvian working days. */
  processingDaysAreWorkingDays: Scalars['Boolean']['output'];
  /**
   * Usual processing time as an ISO 8601 duration, e.g. "P10D" (10 days). Whether the days are working or
   * calendar days is given by `processingDaysAreWorkingDays`.
   */
  processingTime?: Maybe<Scalars['String']['output']>;
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
export type ServiceNameArgs = {
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

/** A service and its cursor. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

/** Narrows `services`. Every given condition must hold. */
export type ServiceFilter = {
  /** Only services for this audience. */
  audience?: InputMaybe<ServiceAudience>;
  /** Only services held by the institution with this code, e.g. "PMLP". */
  holderCode?: InputMaybe<Scalars['String']['input']>;
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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Institution: ResolverTypeWrapper<InstitutionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InstitutionConnection: ResolverTypeWrapper<Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InstitutionEdge']>, nodes: Array<ResolversTypes['Institution']> }>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  InstitutionType: InstitutionType;
  LocalizedString: ResolverTypeWrapper<LocalizedString>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ServiceRow>;
  ServiceAudience: ServiceAudience;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Institution: InstitutionRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InstitutionConnection: Omit<InstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InstitutionEdge']>, nodes: Array<ResolversParentTypes['Institution']> };
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  LocalizedString: LocalizedString;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Service: ServiceRow;
  ServiceConnection: Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
}>;

export type InstitutionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution'], FederationReferenceType extends FederationReferenceTypes['Institution'] = FederationReferenceTypes['Institution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<InstitutionNameArgs>>;
  nameTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
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

export type LocalizedStringResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['LocalizedString'] = ResolversParentTypes['LocalizedString']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, Partial<QueryInstitutionArgs>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, Partial<QueryInstitutionsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, Partial<QueryServiceArgs>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<QueryServicesArgs>>;
}>;

export type ServiceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audiences?: Resolver<Array<ResolversTypes['ServiceAudience']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceDescriptionArgs>>;
  holder?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ServiceNameArgs>>;
  nameTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  processingDaysAreWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  processingTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServicesContext> = ResolversObject<{
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  LocalizedString?: LocalizedStringResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
}>;

