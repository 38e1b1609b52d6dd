/** The platform subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { createApiKey, revokeApiKey, rotateApiKey } from '../commands/api-keys.ts';
import { registerApplication, acceptTermsOfUse, createApplicationKey, rotateApplicationKey, revokeApplicationKey, requestApplicationAccess, decideApplicationAccess } from '../commands/applications.ts';
import { checkSubgraph, publishSubgraph, restoreSupergraph } from '../commands/registry.ts';
import { createWebhookSubscription, deleteWebhookSubscription, redriveWebhookDeliveries, rotateWebhookSecret } from '../commands/webhooks.ts';
import type { PlatformContext } from '../context.ts';
import type { MutationResolvers } from '../generated/types.ts';

export const Mutation: MutationResolvers<PlatformContext> = {
  createApiKey: (_, { input }, ctx) => createApiKey(ctx, input),
  rotateApiKey: (_, { input }, ctx) => rotateApiKey(ctx, input),
  revokeApiKey: (_, { input }, ctx) => revokeApiKey(ctx, input),
  checkSubgraph: (_, { input }, ctx) => checkSubgraph(ctx, input),
  publishSubgraph: (_, { input }, ctx) => publishSubgraph(ctx, input),
  restoreSupergraph: (_, { input }, ctx) => restoreSupergraph(ctx, input),
  createWebhookSubscription: (_, { input }, ctx) => createWebhookSubscription(ctx, input),
  rotateWebhookSecret: (_, { input }, ctx) => rotateWebhookSecret(ctx, input),
  deleteWebhookSubscription: (_, { input }, ctx) => deleteWebhookSubscription(ctx, input),
  redriveWebhookDeliveries: (_, { input }, ctx) => redriveWebhookDeliveries(ctx, input),
  registerApplication: (_, { input }, ctx) => registerApplication(ctx, input),
  acceptTermsOfUse: (_, { input }, ctx) => acceptTermsOfUse(ctx, input),
  createApplicationKey: (_, { input }, ctx) => createApplicationKey(ctx, input),
  rotateApplicationKey: (_, { input }, ctx) => rotateApplicationKey(ctx, input),
  revokeApplicationKey: (_, { input }, ctx) => revokeApplicationKey(ctx, input),
  requestApplicationAccess: (_, { input }, ctx) => requestApplicationAccess(ctx, input),
  decideApplicationAccess: (_, { input }, ctx) => decideApplicationAccess(ctx, input),
};
