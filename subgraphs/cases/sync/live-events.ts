/**
 * Live events for `Subscription.events`: one poller per process reads what is new in the feed's two sources (the
 * cases' outbox and the events received from the bus) every LIVE_POLL_MS while anyone listens, and hands each event
 * to the streams whose audience may see it, by the same rule as the feed's SQL (data/outbox-store.ts). One read per
 * interval whatever the number of streams; a replica sees every committed event, wherever it was written.
 */
import { and, asc, gt, max } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { consentScopeFor } from '@public-service-graph/subgraph-kit/events/types';
import { outbox, receivedEvents } from '../db/tables.ts';
import type { EventAudience } from '../domain/access.ts';

const LIVE_POLL_MS = 300;
const BATCH = 500;

interface Row { id: number; envelope: EventEnvelope; institutionCode: string | null; clientId: string | null; applicationId: string | null; public: boolean }
interface Listener { audience: EventAudience; types: Set<string> | null; push(event: EventEnvelope): void; end(): void }

const CONSENT_ENDED = new Set(['lv.gov.psg.consent.revoked.v1', 'lv.gov.psg.consent.expired.v1']);

/**
 * Whether this event takes away the consent an application's stream reads the person by: a revoked or expired consent
 * of one of its persons that names it. The stream ends (after the event, if it may see it); the application
 * reconnects, and its rights are decided again.
 */
export function endsStream(row: Pick<Row, 'clientId' | 'applicationId'> & { type: string }, audience: EventAudience): boolean {
  return 'clientIds' in audience && !!audience.application && row.applicationId === audience.application && CONSENT_ENDED.has(row.type) &&
    row.clientId !== null && audience.clientIds.includes(row.clientId);
}

/** The feed's visibility rule, for one row in memory. */
export function visibleTo(row: Pick<Row, 'institutionCode' | 'clientId' | 'applicationId' | 'public'> & { type: string }, audience: EventAudience): boolean {
  if ('all' in audience || row.public) return true;
  if ('institutionCode' in audience) return row.institutionCode === audience.institutionCode;
  if (audience.application && row.applicationId === audience.application) return true;
  if (audience.application && !consentScopeFor(row.type)) return false;
  return row.clientId !== null && audience.clientIds.includes(row.clientId);
}

export class LiveEvents {
  private readonly listeners = new Set<Listener>();
  private position: [number, number] | null = null;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db, private readonly intervalMs = LIVE_POLL_MS) {}

  /** The events `audience` may see from now on, until `signal` aborts (the stream closed). */
  async *stream(audience: EventAudience, types: readonly string[] | null, signal: AbortSignal): AsyncGenerator<EventEnvelope> {
    const queue: EventEnvelope[] = [];
    let wake: (() => void) | undefined;
    let ended = false;
    const listener: Listener = {
      audience, types: types?.length ? new Set(types) : null,
      push: (e) => { if (!ended) queue.push(e); wake?.(); },
      end: () => { ended = true; wake?.(); },
    };
    if (!this.position) this.position = await this.latest();
    this.listeners.add(listener);
    this.schedule();
    const stop = () => wake?.();
    signal.addEventListener('abort', stop, { once: true });
    try {
      while (!signal.aborted) {
        if (!queue.length && !ended) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        while (queue.length && !signal.aborted) yield queue.shift()!;
        if (ended) return;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.position = null;
      }
    }
  }

  private async latest(): Promise<[number, number]> {
    const [[own], [received]] = await Promise.all([
      this.db.select({ id: max(outbox.id) }).from(outbox),
      this.db.select({ id: max(receivedEvents.id) }).from(receivedEvents),
    ]);
    return [Number(own?.id ?? 0), Number(received?.id ?? 0)];
  }

  private schedule(): void {
    if (this.timer || !this.listeners.size) return;
    this.timer = setTimeout(() => {
      this.polling = this.polling.then(() => this.poll()).catch(() => {}).finally(() => {
        this.timer = undefined;
        this.schedule();
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (!this.position) return;
    const [ownAfter, receivedAfter] = this.position;
    const [own, received] = await Promise.all([
      this.db.select({ id: outbox.id, envelope: outbox.envelope, institutionCode: outbox.institutionCode, clientId: outbox.clientId }).from(outbox).where(and(gt(outbox.id, ownAfter))).orderBy(asc(outbox.id)).limit(BATCH),
      this.db.select({ id: receivedEvents.id, envelope: receivedEvents.envelope, institutionCode: receivedEvents.institutionCode, clientId: receivedEvents.clientId, applicationId: receivedEvents.applicationId, public: receivedEvents.public }).from(receivedEvents).where(gt(receivedEvents.id, receivedAfter)).orderBy(asc(receivedEvents.id)).limit(BATCH),
    ]);
    if (!this.position) return;
    this.position = [own.at(-1)?.id ?? ownAfter, received.at(-1)?.id ?? receivedAfter];
    for (const row of [...own.map((r) => ({ ...r, applicationId: null, public: false })), ...received])
      for (const l of this.listeners) {
        const event = { ...row, type: row.envelope.type };
        if ((!l.types || l.types.has(event.type)) && visibleTo(event, l.audience)) l.push(row.envelope);
        if (endsStream(event, l.audience)) l.end();
      }
  }
}
