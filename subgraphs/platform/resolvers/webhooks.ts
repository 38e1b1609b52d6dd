/** Webhook subscriptions read through the graph (docs/events.md, "Webhooks"); the writes are commands/webhooks.ts. */
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { pageSize } from '@public-service-graph/subgraph-kit/pagination';
import type { PlatformContext } from '../context.ts';
import { ownSubscription } from '../commands/webhooks.ts';
import { subscriptionsOf } from '../data/webhook-store.ts';
import { requireWebhookOwner } from '../domain/webhooks.ts';
import type { QueryResolvers, WebhookSubscriptionResolvers } from '../generated/types.ts';

export const webhookQuery: QueryResolvers<PlatformContext> = {
  webhookSubscriptions: (_, __, ctx) => subscriptionsOf(ctx.db, requireWebhookOwner(ctx.identity)),
  webhookSubscription: (_, { id }, ctx) => ownSubscription(ctx, id),
};

export const WebhookSubscription: WebhookSubscriptionResolvers<PlatformContext> = {
  health: async (row, _, ctx) => {
    const counts = await ctx.webhookLoaders.counts.load(row.id);
    return {
      state: row.consecutiveFailures > 0 ? 'FAILING' : 'HEALTHY',
      pending: counts.PENDING,
      delivered: counts.DELIVERED,
      deadLettered: counts.DEAD_LETTERED,
      consecutiveFailures: row.consecutiveFailures,
      lastSuccessAt: row.lastSuccessAt,
      lastFailureAt: row.lastFailureAt,
      lastError: row.lastError,
    };
  },
  deliveries: (row, { status, first }, ctx) => {
    if (first != null && (first < 1 || first > 100)) throw badInput('first must be 1–100.', { argument: 'first' });
    return ctx.webhookLoaders.deliveries(status ?? null, pageSize(first)).load(row.id);
  },
  previousSecretValidUntil: (row) => (row.previousSecretValidUntil && row.previousSecretValidUntil > new Date() ? row.previousSecretValidUntil : null),
};
