import { Date_, DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Case, CaseEvent } from './Case.ts';
import { Client } from './Client.ts';
import { CloudEvent, EventsQuery } from './Events.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { CaseReport, Service } from './Service.ts';
import { ServiceProjectionQuery } from './ServiceProjection.ts';

export const resolvers: Resolvers = {
  DateTime,
  Date: Date_,
  Query: { ...Query, ...ServiceProjectionQuery, ...EventsQuery },
  Mutation,
  Case,
  CaseEvent,
  Client,
  CloudEvent,
  Service,
  CaseReport,
};
