import { DateTime, Date_ } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Client, offerResolvers } from './Client.ts';
import { catalogueResolvers } from './LifeSituation.ts';
import { eventResolvers } from './LifeEvent.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  DateTime,
  Date: Date_,
  Query,
  Mutation,
  Client,
  ...catalogueResolvers,
  ...offerResolvers,
  ...eventResolvers,
  ReportLifeEventError: { __resolveType: (error) => error.__typename! },
};
