/** The platform subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { createApiKey, revokeApiKey, rotateApiKey } from '../commands/api-keys.ts';
import { checkSubgraph, publishSubgraph, restoreSupergraph } from '../commands/registry.ts';
import type { PlatformContext } from '../context.ts';
import type { MutationResolvers } from '../generated/types.ts';

export const Mutation: MutationResolvers<PlatformContext> = {
  createApiKey: (_, { input }, ctx) => createApiKey(ctx, input),
  rotateApiKey: (_, { input }, ctx) => rotateApiKey(ctx, input),
  revokeApiKey: (_, { input }, ctx) => revokeApiKey(ctx, input),
  checkSubgraph: (_, { input }, ctx) => checkSubgraph(ctx, input),
  publishSubgraph: (_, { input }, ctx) => publishSubgraph(ctx, input),
  restoreSupergraph: (_, { input }, ctx) => restoreSupergraph(ctx, input),
};
