import { Date_, DateTime } from '../../../common/scalars.ts';
import type { Resolvers } from '../generated/types.ts';
import { CalendarMutation } from '../commands/calendar.ts';
import { Case, CaseEvent } from './Case.ts';
import { Client } from './Client.ts';
import { CloudEvent, EventsQuery } from './Events.ts';
import { Mutation } from '../commands/institution-cases.ts';
import { Query } from './Query.ts';
import { CaseReport, Service } from './Service.ts';
import { ServiceProjectionMutation, ServiceProjectionQuery } from './ServiceProjection.ts';

export const resolvers: Resolvers = {
  DateTime,
  Date: Date_,
  Query: { ...Query, ...ServiceProjectionQuery, ...EventsQuery },
  Mutation: { ...Mutation, ...CalendarMutation, ...ServiceProjectionMutation },
  Case,
  CaseEvent,
  Client,
  CloudEvent,
  Service,
  CaseReport,
};
