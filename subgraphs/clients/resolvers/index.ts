import { DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { Client } from './Client.ts';
import { Consent } from './Consent.ts';
import { Contact } from './Contact.ts';
import { consentMutations } from './mutations/consents.ts';
import { powerMutations } from './mutations/powers.ts';
import { profileMutations } from './mutations/profile.ts';
import { recordPersonalCodeForwarding } from './gateway.ts';
import { Query } from './Query.ts';
import { Representation } from './Representation.ts';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation: { ...profileMutations, ...consentMutations, ...powerMutations, recordPersonalCodeForwarding },
  Client,
  Consent,
  Contact,
  Representation,
};
