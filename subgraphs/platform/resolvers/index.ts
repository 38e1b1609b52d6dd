import { Date_, DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { ApiKey, ApiKeyOperationUsage, ApiKeyUsageDay } from './ApiKey.ts';
import { Application, ApplicationAccessRequest, applicationQuery } from './applications.ts';
import { contractQuery, PublicContractVersion } from './contract.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { RegisteredSubgraph, SupergraphVersion, registryQuery } from './registry.ts';
import { WebhookSubscription, webhookQuery } from './webhooks.ts';

/** Typed errors are built with their __typename (see commands/). */
const byTypename = <T extends string>(error: { __typename?: T }): T | null => error.__typename ?? null;

export const resolvers: Resolvers = {
  DateTime,
  Date: Date_,
  Query: { ...Query, ...registryQuery, ...webhookQuery, ...contractQuery, ...applicationQuery },
  Mutation,
  WebhookSubscription,
  Application,
  ApplicationAccessRequest,
  PublicContractVersion,
  ApiKey,
  RegisteredSubgraph,
  SupergraphVersion,
  ApiKeyUsageDay,
  ApiKeyOperationUsage,
  CreateApiKeyError: { __resolveType: byTypename },
  RotateApiKeyError: { __resolveType: byTypename },
  RevokeApiKeyError: { __resolveType: byTypename },
  RestoreSupergraphError: { __resolveType: byTypename },
};
