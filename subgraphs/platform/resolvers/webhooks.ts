/** Webhook subscriptions through the graph (docs/events.md, "Webhooks"). */
import { badInput, isUuid } from '../../../common/errors.ts';
import { pageSize } from '../../../common/pagination.ts';
import type { PlatformContext } from '../context.ts';
import { deleteSubscription, insertSubscription, rotateSecret, subscriptionById, subscriptionsOf } from '../data/webhook-store.ts';
import { checkTypes, DEFAULT_GRACE_MINUTES, MAX_GRACE_MINUTES, mayManageSubscription, newSecret, requireWebhookOwner } from '../domain/webhooks.ts';
import type { MutationResolvers, QueryResolvers, WebhookSubscriptionResolvers } from '../generated/types.ts';
import { redrive } from '../webhooks/delivery-store.ts';

const NOT_FOUND = { code: 'NOT_FOUND', message: 'You have no webhook subscription with this id.', field: 'id' };

/** The subscription if the caller may manage it; null for one that does not exist or is someone else's. */
async function ownSubscription(ctx: PlatformContext, id: string) {
  requireWebhookOwner(ctx.identity);
  if (!isUuid(id)) return null;
  const row = await subscriptionById(ctx.db, id);
  return row && mayManageSubscription(ctx.identity, row) ? row : null;
}

export const webhookQuery: QueryResolvers<PlatformContext> = {
  webhookSubscriptions: (_, __, ctx) => subscriptionsOf(ctx.db, requireWebhookOwner(ctx.identity)),
  webhookSubscription: (_, { id }, ctx) => ownSubscription(ctx, id),
};

export const webhookMutation: MutationResolvers<PlatformContext> = {
  createWebhookSubscription: async (_, { input }, ctx) => {
    const owner = requireWebhookOwner(ctx.identity);
    const refused = (code: string, message: string, field: string) => ({ subscription: null, secret: null, errors: [{ code, message, field }] });
    const types = checkTypes(owner, input.types);
    if (!Array.isArray(types)) return refused(types.code, types.message, types.field);
    const urlProblem = await ctx.addressGuard.checkUrl(input.url.trim());
    if (urlProblem) return refused(urlProblem.code, urlProblem.message, 'url');
    const secret = newSecret();
    const row = await insertSubscription(ctx.db, owner, { url: input.url.trim(), types, secret }, ctx.identity.subject);
    ctx.log.info({ subscriptionId: row.id, owner: `${owner.kind}:${owner.code}`, types }, 'webhook subscription created');
    return { subscription: row, secret, errors: [] };
  },

  rotateWebhookSecret: async (_, { input }, ctx) => {
    const grace = input.graceMinutes ?? DEFAULT_GRACE_MINUTES;
    if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_MINUTES) throw badInput(`graceMinutes must be 0–${MAX_GRACE_MINUTES}.`, { argument: 'input.graceMinutes' });
    const row = await ownSubscription(ctx, input.id);
    if (!row) return { subscription: null, secret: null, errors: [NOT_FOUND] };
    const secret = newSecret();
    const updated = await rotateSecret(ctx.db, row, secret, grace ? new Date(Date.now() + grace * 60_000) : null);
    ctx.log.info({ subscriptionId: row.id, graceMinutes: grace }, 'webhook secret rotated');
    return { subscription: updated, secret, errors: [] };
  },

  deleteWebhookSubscription: async (_, { input }, ctx) => {
    const row = await ownSubscription(ctx, input.id);
    if (!row) return { deletedId: null, errors: [NOT_FOUND] };
    await deleteSubscription(ctx.db, row.id);
    ctx.log.info({ subscriptionId: row.id }, 'webhook subscription deleted');
    return { deletedId: row.id, errors: [] };
  },

  redriveWebhookDeliveries: async (_, { input }, ctx) => {
    const row = await ownSubscription(ctx, input.subscriptionId);
    if (!row) return { redriven: 0, subscription: null, errors: [{ ...NOT_FOUND, field: 'subscriptionId' }] };
    let ids: number[] | null = null;
    if (input.deliveryIds) {
      ids = input.deliveryIds.map(Number);
      if (ids.some((id) => !Number.isSafeInteger(id) || id < 1) || ids.length > 1000)
        return { redriven: 0, subscription: row, errors: [{ code: 'BAD_USER_INPUT', message: 'Give at most 1000 delivery ids from `deliveries { id }`.', field: 'deliveryIds' }] };
    }
    const redriven = await redrive(ctx.db, row.id, ids);
    ctx.log.info({ subscriptionId: row.id, redriven }, 'webhook dead letters redriven');
    return { redriven, subscription: row, errors: [] };
  },
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
