import { DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Client } from './Client.ts';
import { Consent } from './Consent.ts';
import { Contact } from './Contact.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Representation } from './Representation.ts';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Client,
  Consent,
  Contact,
  Representation,
};
