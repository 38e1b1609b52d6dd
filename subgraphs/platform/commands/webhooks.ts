/** The webhook subscriptions' writes (docs/events.md, "Webhooks"): each of (context, input), returning its payload. */
import { badInput, isUuid } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import { deleteSubscription, insertSubscription, rotateSecret, subscriptionById } from '../data/webhook-store.ts';
import { checkTypes, DEFAULT_GRACE_MINUTES, MAX_GRACE_MINUTES, mayManageSubscription, newSecret, requireWebhookOwner } from '../domain/webhooks.ts';
import type { CreateWebhookSubscriptionInput, DeleteWebhookSubscriptionInput, RedriveWebhookDeliveriesInput, RotateWebhookSecretInput } from '../generated/types.ts';
import { redrive } from '../webhooks/delivery-store.ts';

const NOT_FOUND = { code: 'NOT_FOUND', message: 'You have no webhook subscription with this id.', field: 'id' };

/** The subscription if the caller may manage it; null for one that does not exist or is someone else's. */
export async function ownSubscription(ctx: PlatformContext, id: string) {
  requireWebhookOwner(ctx.identity);
  if (!isUuid(id)) return null;
  const row = await subscriptionById(ctx.db, id);
  return row && mayManageSubscription(ctx.identity, row) ? row : null;
}


export async function createWebhookSubscription(ctx: PlatformContext, input: CreateWebhookSubscriptionInput) {
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
}

export async function rotateWebhookSecret(ctx: PlatformContext, input: RotateWebhookSecretInput) {
  const grace = input.graceMinutes ?? DEFAULT_GRACE_MINUTES;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_MINUTES) throw badInput(`graceMinutes must be 0–${MAX_GRACE_MINUTES}.`, { argument: 'input.graceMinutes' });
  const row = await ownSubscription(ctx, input.id);
  if (!row) return { subscription: null, secret: null, errors: [NOT_FOUND] };
  const secret = newSecret();
  const updated = await rotateSecret(ctx.db, row, secret, grace ? new Date(Date.now() + grace * 60_000) : null);
  ctx.log.info({ subscriptionId: row.id, graceMinutes: grace }, 'webhook secret rotated');
  return { subscription: updated, secret, errors: [] };
}

export async function deleteWebhookSubscription(ctx: PlatformContext, input: DeleteWebhookSubscriptionInput) {
  const row = await ownSubscription(ctx, input.id);
  if (!row) return { deletedId: null, errors: [NOT_FOUND] };
  await deleteSubscription(ctx.db, row.id);
  ctx.log.info({ subscriptionId: row.id }, 'webhook subscription deleted');
  return { deletedId: row.id, errors: [] };
}

export async function redriveWebhookDeliveries(ctx: PlatformContext, input: RedriveWebhookDeliveriesInput) {
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
}
