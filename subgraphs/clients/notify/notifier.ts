/**
 * The notifier: a bus consumer that tells a person of events about them by their stored preferences per topic and
 * channel. For each channel that is on (and reachable) it writes a notification row first, once per event, client
 * and channel (so a repeat delivery of the event sends nothing twice), then sends it, or holds it in quiet hours
 * for the scheduler to send when they end. PORTAL notifications are the rows themselves (`me.notifications`).
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventConsumer } from '@public-service-graph/subgraph-kit/events/consumer';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { ConsumerDeps } from '@public-service-graph/subgraph-kit/subgraph-server';
import { clients, contacts, notifications, preferences, type NotificationRow } from '../db/tables.ts';
import { preferencesView } from '../domain/preferences.ts';
import { channelSenders, type ChannelSender, type NotifySettings, type PushChannel } from './channels.ts';
import { parseQuietHours, quietUntil } from './quiet-hours.ts';
import { languageOf, NOTIFIED_TYPES, render } from './templates.ts';


export function createNotifier({ db, settings, log }: Pick<ConsumerDeps, 'db' | 'settings' | 'log'>, senders?: Record<PushChannel, ChannelSender>): EventConsumer {
  const config = settings as unknown as NotifySettings;
  const send_ = senders ?? channelSenders(config, log);
  parseQuietHours(config.NOTIFY_QUIET_HOURS); // a bad setting fails at start, not at the first event

  /** The address a channel needs, looked up at sending time (not kept with the notification). */
  async function addressOf(row: NotificationRow): Promise<string | null> {
    if (row.channel === 'E_ADDRESS') {
      const [client] = await db.select({ personalCode: clients.personalCode, registrationNumber: clients.registrationNumber }).from(clients).where(eq(clients.id, row.clientId));
      return client?.personalCode ?? client?.registrationNumber ?? null;
    }
    const kind = row.channel === 'EMAIL' ? 'EMAIL' : 'PHONE';
    const found = await db.select().from(contacts).where(and(eq(contacts.clientId, row.clientId), eq(contacts.kind, kind))).orderBy(asc(contacts.createdAt));
    return (found.find((c) => c.preferredFor.includes(row.topic)) ?? found[0])?.value ?? null;
  }

  async function send(row: NotificationRow): Promise<void> {
    const to = await addressOf(row);
    if (!to) {
      await db.update(notifications).set({ status: 'FAILED', failure: 'no address for the channel any more' }).where(eq(notifications.id, row.id));
      return;
    }
    await send_[row.channel as PushChannel].send({ id: row.id, to, language: languageOf(row.language), title: row.title, body: row.body });
    await db.update(notifications).set({ status: 'SENT', sentAt: new Date() }).where(eq(notifications.id, row.id));
  }

  async function notify(event: EventEnvelope, clientId: string): Promise<void> {
    const [[stored], [client], contactRows] = await Promise.all([
      db.select().from(preferences).where(eq(preferences.clientId, clientId)),
      db.select({ eAddressActivatedAt: clients.eAddressActivatedAt }).from(clients).where(eq(clients.id, clientId)),
      db.select({ kind: contacts.kind }).from(contacts).where(eq(contacts.clientId, clientId)),
    ]);
    const language = languageOf(stored?.language);
    const text = render(event, language);
    if (!text) return;
    const view = preferencesView(stored ?? null, { eAddress: !!client?.eAddressActivatedAt, email: contactRows.some((c) => c.kind === 'EMAIL'), phone: contactRows.some((c) => c.kind === 'PHONE') });
    const channels = view.notifications.filter((n) => n.topic === text.topic && n.enabled).map((n) => n.channel);
    if (!channels.length) return;
    const now = new Date();
    // Read per event: an operator's change of the setting (and a test's) applies from the next event.
    const holdUntil = quietUntil(now, parseQuietHours(config.NOTIFY_QUIET_HOURS));
    await db
      .insert(notifications)
      .values(channels.map((channel) => ({
        clientId, eventId: event.id, eventType: event.type, subject: event.subject, topic: text.topic, channel, language, title: text.title, body: text.body,
        status: channel === 'PORTAL' ? ('SENT' as const) : holdUntil ? ('HELD' as const) : ('PENDING' as const),
        holdUntil: channel === 'PORTAL' ? null : holdUntil,
        sentAt: channel === 'PORTAL' ? now : null,
        createdAt: now,
      })))
      .onConflictDoNothing();
    // Also those a failed earlier delivery of this event left PENDING: the bus redelivers until they are sent.
    const pending = await db.select().from(notifications).where(and(eq(notifications.eventId, event.id), eq(notifications.clientId, clientId), eq(notifications.status, 'PENDING')));
    for (const row of pending) await send(row);
  }

  return {
    name: 'clients-notifier',
    startAt: 'new',
    accepts: (event) => NOTIFIED_TYPES.includes(event.type),
    handle: async (event, audience) => {
      if (audience.clientId) await notify(event, audience.clientId);
    },
    /** Sends the held notifications whose quiet hours have ended; returns how many it sent. */
    async tick(now) {
      const due = await db.select().from(notifications).where(and(eq(notifications.status, 'HELD'), lte(notifications.holdUntil, now))).limit(500);
      let sent = 0;
      for (const row of due) {
        // Claim it first, so two schedulers do not both send it.
        const [claimed] = await db.update(notifications).set({ status: 'PENDING' }).where(and(eq(notifications.id, row.id), eq(notifications.status, 'HELD'))).returning();
        if (!claimed) continue;
        try {
          await send(claimed);
          sent++;
        } catch (err) {
          log.warn({ err, notification: row.id }, 'held notification not sent; retried on the next run');
          await db.update(notifications).set({ status: 'HELD' }).where(inArray(notifications.id, [row.id]));
        }
      }
      return sent;
    },
  };
}
