import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CaseRow, StatusChangeRow } from '../db/tables.ts';
import type { ClientRef, ServiceRef, CasesContext } from '../context.ts';
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
  /** ISO 8601 date-time, e.g. "2026-03-01T09:30:00Z". Output is always UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Kinds of actors in the access log. */
export type AccessActorKind =
  /** A third-party application, with the client's consent. */
  | 'APPLICATION'
  /** An institution's system or staff. */
  | 'INSTITUTION'
  /** A platform operator. */
  | 'OPERATOR'
  /** A person acting for the client: a parent, a board member, a holder of a power of attorney. */
  | 'PERSON';

/** One read of a client's data by someone other than the client. */
export type AccessEvent = {
  __typename?: 'AccessEvent';
  /** Who exactly: an institution code, an application id, an operator id, or a representative's display name or client id. */
  actor: Scalars['String']['output'];
  /** Who read it: PERSON (a representative), INSTITUTION, APPLICATION or OPERATOR. */
  actorKind: AccessActorKind;
  /** When the data was read. */
  at: Scalars['DateTime']['output'];
  /** The stated purpose of the read, when one was given. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** What was read, e.g. "case PMLP-2026/004211". */
  resource: Scalars['String']['output'];
};

/** One application for a service by one client (pakalpojuma gadījums), as the holder institution reports it. */
export type Case = {
  __typename?: 'Case';
  /** The client the case is for; null when the caller may not read that client's profile. */
  client?: Maybe<Client>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Code of the institution that handles the case, e.g. "PMLP". */
  institutionCode: Scalars['String']['output'];
  /** The institution's own reference for the case (unique within that institution), e.g. "PMLP-2026/001234". */
  reference: Scalars['String']['output'];
  /** The service applied for. */
  service: Service;
  /** The current normalized status. */
  status: CaseStatus;
  /** Every status the case has had, oldest first. */
  statusHistory: Array<CaseStatusChange>;
  /** When the client submitted the application. */
  submittedAt: Scalars['DateTime']['output'];
};

/** A page of cases. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  nodes: Array<Case>;
  pageInfo: PageInfo;
  /** How many cases match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A case and its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

/** Normalized case status, the same for every institution. */
export type CaseStatus =
  /** Waiting for the client: documents, payment, or an answer. */
  | 'AWAITING_CLIENT'
  /** Finished: the result has been delivered. */
  | 'COMPLETED'
  /** A decision has been made. */
  | 'DECIDED'
  /** Being processed. */
  | 'IN_PROGRESS'
  /** Registered by the institution. */
  | 'REGISTERED'
  /** Refused by the institution. */
  | 'REJECTED'
  /** Submitted by the client, not yet registered by the institution. */
  | 'SUBMITTED'
  /** Withdrawn by the client. */
  | 'WITHDRAWN';

/** One entry of a case's status history. */
export type CaseStatusChange = {
  __typename?: 'CaseStatusChange';
  /** When it moved. */
  at: Scalars['DateTime']['output'];
  /** The status the case moved to. */
  status: CaseStatus;
};

/** A client, as seen from the cases made for them. */
export type Client = {
  __typename?: 'Client';
  /**
   * Reads of this client's cases by anyone but the client (institutions, applications, representatives,
   * operators). The clients subgraph merges them into `Client.accessLog`.
   */
  caseAccessEvents: Array<AccessEvent>;
  /** The client's cases, newest first. Visible only to the client themself. `first` is 1–100 (default 20). */
  cases: CaseConnection;
  id: Scalars['ID']['output'];
};


/** A client, as seen from the cases made for them. */
export type ClientCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them.
 * Owned by the cases subgraph.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One case by id. A person sees only their own cases; an institution only cases of its own services.
   * Returns null when the case does not exist or the caller may not see it.
   */
  case?: Maybe<Case>;
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them.
 * Owned by the cases subgraph.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};

/** A public service, referenced by the cases made for it. */
export type Service = {
  __typename?: 'Service';
  /** Stable service code, the key this subgraph knows services by. */
  code: Scalars['String']['output'];
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
  Case: Case;
  Client: Client;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessActorKind: AccessActorKind;
  AccessEvent: ResolverTypeWrapper<AccessEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Case: ResolverTypeWrapper<CaseRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseStatus: CaseStatus;
  CaseStatusChange: ResolverTypeWrapper<StatusChangeRow>;
  Client: ResolverTypeWrapper<ClientRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ServiceRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessEvent: AccessEvent;
  String: Scalars['String']['output'];
  Case: CaseRow;
  ID: Scalars['ID']['output'];
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  Int: Scalars['Int']['output'];
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseStatusChange: StatusChangeRow;
  Client: ClientRef;
  DateTime: Scalars['DateTime']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Service: ServiceRef;
}>;

export type AccessEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['AccessEvent'] = ResolversParentTypes['AccessEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AccessActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['CaseStatusChange']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CaseConnectionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseEdgeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
}>;

export type CaseStatusChangeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStatusChange'] = ResolversParentTypes['CaseStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseAccessEvents?: Resolver<Array<ResolversTypes['AccessEvent']>, ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, Partial<ClientCasesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PageInfoResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
}>;

export type ServiceResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CasesContext> = ResolversObject<{
  AccessEvent?: AccessEventResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseStatusChange?: CaseStatusChangeResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

