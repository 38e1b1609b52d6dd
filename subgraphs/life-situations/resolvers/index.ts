import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { DateTime, Date_ } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Client, offerResolvers } from './Client.ts';
import { catalogueResolvers } from './LifeSituation.ts';
import { eventResolvers } from './LifeEvent.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

/** Any JSON value, passed through (a version's snapshot). */
const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (v) => v, parseValue: (v) => v, parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables) });

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  DateTime,
  Date: Date_,
  Query,
  Mutation,
  Client,
  ...catalogueResolvers,
  ...offerResolvers,
  ...eventResolvers,
  ReportLifeEventError: { __resolveType: (error) => error.__typename! },
  LifeSituationWriteError: { __resolveType: (error) => error.__typename! },
};
