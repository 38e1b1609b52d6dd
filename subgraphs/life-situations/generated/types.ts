import type { GraphQLResolveInfo } from 'graphql';
import type { LifeSituationRow, StepRow } from '../db/tables.ts';
import type { ServiceRef, LifeSituationsContext } from '../context.ts';
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
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa).
 */
export type LifeSituation = {
  __typename?: 'LifeSituation';
  /** Whether this is a person's or a business's situation. */
  audience: LifeSituationAudience;
  /** Stable code, e.g. "BERNA-PIEDZIMSANA" (birth of a child). */
  code: Scalars['String']['output'];
  /** What the situation is about, for the client, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** The steps in the order a client usually takes them. */
  steps: Array<LifeSituationStep>;
  /** Title in the reader's language (argument, else Accept-Language, else Latvian). */
  title: Scalars['String']['output'];
  /** The title in every language it is given in. */
  titleTranslations: Array<LocalizedString>;
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa).
 */
export type LifeSituationDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa).
 */
export type LifeSituationTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Whom a life situation concerns. */
export type LifeSituationAudience =
  /** A business's event (EU business event). */
  | 'BUSINESS'
  /** A natural person's life event (EU life event). */
  | 'PERSON';

/** A page of life situations. */
export type LifeSituationConnection = {
  __typename?: 'LifeSituationConnection';
  edges: Array<LifeSituationEdge>;
  nodes: Array<LifeSituation>;
  pageInfo: PageInfo;
  /** How many life situations there are. */
  totalCount: Scalars['Int']['output'];
};

/** A life situation and its cursor. */
export type LifeSituationEdge = {
  __typename?: 'LifeSituationEdge';
  cursor: Scalars['String']['output'];
  node: LifeSituation;
};

/** One step of a life situation and the services that fulfil it. */
export type LifeSituationStep = {
  __typename?: 'LifeSituationStep';
  /** 1-based position in the life situation. */
  position: Scalars['Int']['output'];
  /** False when the step applies only to some clients or is optional. */
  required: Scalars['Boolean']['output'];
  /** Services that fulfil this step, in the order they are usually used. */
  services: Array<Service>;
  /** What the client does at this step, in the reader's language. */
  title: Scalars['String']['output'];
};


/** One step of a life situation and the services that fulfil it. */
export type LifeSituationStepTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

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
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then.
 * Owned by the life-situations subgraph.
 */
export type Query = {
  __typename?: 'Query';
  /** One life situation by `id` or `code` (give exactly one), e.g. `lifeSituation(code: "BERNA-PIEDZIMSANA")`. */
  lifeSituation?: Maybe<LifeSituation>;
  /** All life situations, ordered by code. Paginated: `first` is 1–100 (default 20). */
  lifeSituations: LifeSituationConnection;
};


/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then.
 * Owned by the life-situations subgraph.
 */
export type QueryLifeSituationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then.
 * Owned by the life-situations subgraph.
 */
export type QueryLifeSituationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A public service, as seen from the life situations that include it. */
export type Service = {
  __typename?: 'Service';
  /** Stable service code, the key this subgraph knows services by. */
  code: Scalars['String']['output'];
  /** Life situations with a step that uses this service, ordered by code. */
  lifeSituations: Array<LifeSituation>;
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
  LifeSituation: LifeSituation;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LifeSituation:
    ( { __typename: 'LifeSituation' }
    & GraphQLRecursivePick<FederationTypes['LifeSituation'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  LifeSituation: ResolverTypeWrapper<LifeSituationRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  LifeSituationAudience: LifeSituationAudience;
  LifeSituationConnection: ResolverTypeWrapper<Omit<LifeSituationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LifeSituationEdge']>, nodes: Array<ResolversTypes['LifeSituation']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LifeSituationEdge: ResolverTypeWrapper<Omit<LifeSituationEdge, 'node'> & { node: ResolversTypes['LifeSituation'] }>;
  LifeSituationStep: ResolverTypeWrapper<StepRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LocalizedString: ResolverTypeWrapper<LocalizedString>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ServiceRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  LifeSituation: LifeSituationRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  LifeSituationConnection: Omit<LifeSituationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LifeSituationEdge']>, nodes: Array<ResolversParentTypes['LifeSituation']> };
  Int: Scalars['Int']['output'];
  LifeSituationEdge: Omit<LifeSituationEdge, 'node'> & { node: ResolversParentTypes['LifeSituation'] };
  LifeSituationStep: StepRow;
  Boolean: Scalars['Boolean']['output'];
  LocalizedString: LocalizedString;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Service: ServiceRef;
}>;

export type LifeSituationResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituation'] = ResolversParentTypes['LifeSituation'], FederationReferenceType extends FederationReferenceTypes['LifeSituation'] = FederationReferenceTypes['LifeSituation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifeSituation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<ResolversTypes['LifeSituationAudience'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<LifeSituationDescriptionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LifeSituationStep']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationTitleArgs>>;
  titleTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
}>;

export type LifeSituationConnectionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationConnection'] = ResolversParentTypes['LifeSituationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LifeSituationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeSituationEdgeResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationEdge'] = ResolversParentTypes['LifeSituationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LifeSituation'], ParentType, ContextType>;
}>;

export type LifeSituationStepResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationStep'] = ResolversParentTypes['LifeSituationStep']> = ResolversObject<{
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationStepTitleArgs>>;
}>;

export type LocalizedStringResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LocalizedString'] = ResolversParentTypes['LocalizedString']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  lifeSituation?: Resolver<Maybe<ResolversTypes['LifeSituation']>, ParentType, ContextType, Partial<QueryLifeSituationArgs>>;
  lifeSituations?: Resolver<ResolversTypes['LifeSituationConnection'], ParentType, ContextType, Partial<QueryLifeSituationsArgs>>;
}>;

export type ServiceResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lifeSituations?: Resolver<Array<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LifeSituationsContext> = ResolversObject<{
  LifeSituation?: LifeSituationResolvers<ContextType>;
  LifeSituationConnection?: LifeSituationConnectionResolvers<ContextType>;
  LifeSituationEdge?: LifeSituationEdgeResolvers<ContextType>;
  LifeSituationStep?: LifeSituationStepResolvers<ContextType>;
  LocalizedString?: LocalizedStringResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

