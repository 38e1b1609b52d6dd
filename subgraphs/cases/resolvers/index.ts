import { Date_, DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Case, CaseEvent } from './Case.ts';
import { Client } from './Client.ts';
import { CloudEvent, EventsQuery, EventsSubscription } from './Events.ts';
import { IndicatorQuery } from './Indicators.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { CaseReport, figureResolvers, Service } from './Service.ts';
import { ServiceProjectionQuery } from './ServiceProjection.ts';
import { LifeSituationIndicator } from './SituationIndicator.ts';

export const resolvers: Resolvers = {
  DateTime,
  Date: Date_,
  Query: { ...Query, ...ServiceProjectionQuery, ...EventsQuery, ...IndicatorQuery },
  Mutation,
  Subscription: EventsSubscription,
  Case,
  CaseEvent,
  Client,
  CloudEvent,
  Service,
  CaseReport,
  LifeSituationIndicator,
  ...figureResolvers,
};
