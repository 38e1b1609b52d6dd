/** Webhook subscriptions as their owners read and change them; the dispatcher's statements are in webhooks/. */
import DataLoader from 'dataloader';
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { webhookDeliveries, webhookSubscriptions, type WebhookDeliveryRow, type WebhookDeliveryStatus, type WebhookSubscriptionRow } from '../db/tables.ts';
import type { WebhookOwner } from '../domain/webhooks.ts';

export async function insertSubscription(db: Db, owner: WebhookOwner, values: { url: string; types: string[]; secret: string }, by: string): Promise<WebhookSubscriptionRow> {
  const [row] = await db.insert(webhookSubscriptions).values({ ...values, ownerKind: owner.kind, ownerCode: owner.code, createdBy: by }).returning();
  return row;
}

export async function subscriptionById(db: Db, id: string): Promise<WebhookSubscriptionRow | null> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row ?? null;
}

/** An owner's subscriptions (all for operators), newest first. */
export function subscriptionsOf(db: Db, owner: WebhookOwner): Promise<WebhookSubscriptionRow[]> {
  const s = webhookSubscriptions;
  const where = owner.kind === 'OPERATOR' ? undefined : and(eq(s.ownerKind, owner.kind), eq(s.ownerCode, owner.code));
  return db.select().from(s).where(where).orderBy(desc(s.createdAt)).limit(1000);
}

/** The new secret signs from now on; the old one beside it until `graceUntil`. */
export async function rotateSecret(db: Db, row: WebhookSubscriptionRow, secret: string, graceUntil: Date | null): Promise<WebhookSubscriptionRow> {
  const [updated] = await db
    .update(webhookSubscriptions)
    .set({ secret, previousSecret: graceUntil ? row.secret : null, previousSecretValidUntil: graceUntil, secretRotatedAt: new Date() })
    .where(eq(webhookSubscriptions.id, row.id))
    .returning();
  return updated;
}

export const deleteSubscription = (db: Db, id: string) => db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));

export type DeliveryCounts = Record<WebhookDeliveryStatus, number>;

/** Per request: the delivery counts of every subscription asked for, and their newest deliveries, in one statement each. */
export function createWebhookLoaders(db: Db) {
  const d = webhookDeliveries;
  const counts = new DataLoader<string, DeliveryCounts>(async (ids) => {
    const rows = await db.select({ id: d.subscriptionId, status: d.status, n: sql<number>`count(*)::int` }).from(d).where(inArray(d.subscriptionId, [...ids])).groupBy(d.subscriptionId, d.status);
    return ids.map((id) => {
      const c: DeliveryCounts = { PENDING: 0, DELIVERED: 0, DEAD_LETTERED: 0, WITHHELD: 0 };
      for (const r of rows) if (r.id === id) c[r.status] = Number(r.n);
      return c;
    });
  });
  const recent = new Map<string, DataLoader<string, WebhookDeliveryRow[]>>();
  function deliveries(status: WebhookDeliveryStatus | null, first: number): DataLoader<string, WebhookDeliveryRow[]> {
    const key = `${status}/${first}`;
    let loader = recent.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const ranked = db
          .select({ id: d.id, rank: sql<number>`row_number() over (partition by ${d.subscriptionId} order by ${d.id} desc)`.as('rank') })
          .from(d)
          .where(and(inArray(d.subscriptionId, [...ids]), status ? eq(d.status, status) : undefined))
          .as('ranked');
        const rows = await db.select({ row: d }).from(d).innerJoin(ranked, eq(ranked.id, d.id)).where(lte(ranked.rank, first)).orderBy(desc(d.id));
        return ids.map((id) => rows.map((r) => r.row).filter((r) => r.subscriptionId === id));
      });
      recent.set(key, loader);
    }
    return loader;
  }
  return { counts, deliveries };
}
export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
