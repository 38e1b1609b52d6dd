/**
 * The webhook dispatcher: takes events from the bus into deliveries (fan-out) and tries due deliveries against the
 * subscribers' endpoints. Any number of replicas share the work through the database: the fan-out is idempotent
 * and claims skip rows another replica holds. Per replica, each endpoint has at most `perEndpoint` tries in flight
 * and every try a time limit, so a slow or dead endpoint holds only its own slots.
 */
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { consentScopeFor, recipientApplication } from '@public-service-graph/subgraph-kit/events/types';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { AddressGuard } from './address-guard.ts';
import { claimDue, fanOut, markValidated, pruneDeliveries, settle, type ClaimedDelivery, type EventAudience, type TryOutcome } from './delivery-store.ts';
import { postEvent, validateEndpoint } from './send.ts';

/** Whether the person `clientId` has consented, with `scope`, to the application; throws when it cannot be told now. */
export type ConsentCheck = (clientId: string, application: string, scope: string, eventType: string) => Promise<boolean>;

export interface DispatcherOptions {
  db: Db;
  guard: AddressGuard;
  /** Null when this process cannot ask the clients subgraph: applications' deliveries wait. */
  consent: ConsentCheck | null;
  log: Logger;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  timeoutMs: number;
  perEndpoint: number;
  concurrency: number;
  pollMs: number;
  /** Delivered and withheld deliveries older than this are forgotten (checked hourly); 0 keeps them. */
  retentionMs?: number;
}

/** The wait before try `attempt + 1`: base × 2^(attempt − 1), capped. */
export const backoffMs = (attempt: number, baseMs: number, maxMs: number): number => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));

export class WebhookDispatcher {
  private readonly inflight = new Map<string, number>();
  private total = 0;
  private timer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly settled = new Set<() => void>();
  private readonly queue: { event: EventEnvelope; audience: EventAudience; taken: () => void; lost: (err: Error) => void }[] = [];
  private taking: Promise<void> | null = null;
  private readonly ended: { claimed: ClaimedDelivery; outcome: TryOutcome | null }[] = [];
  private recording: Promise<void> | null = null;

  constructor(private readonly opts: DispatcherOptions) {}

  /** A lease long enough for a whole try: the consent check, the handshake and the POST, each within the time limit. */
  private get leaseMs(): number {
    return this.opts.timeoutMs * 3 + 1000;
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.opts.pollMs);
    this.timer.unref();
    if (this.opts.retentionMs) {
      this.pruneTimer = setInterval(() => void this.prune(), 3600_000);
      this.pruneTimer.unref();
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.pruneTimer);
    await this.idle();
    await this.pumping;
    while (this.total > 0) await new Promise<void>((resolve) => this.settled.add(resolve));
    await this.recording;
  }

  /** Takes events from the bus: stored with their deliveries before the bus is told they were taken. */
  async take(batch: { event: EventEnvelope; audience: EventAudience }[]): Promise<void> {
    const added = await fanOut(this.opts.db, batch);
    if (added) this.wake();
  }

  /**
   * Queues an event from the embedded bus, which hands it over inside the relay's transaction: it is taken (stored
   * with its deliveries) right after, in order. The promise resolves once it is stored; the relay marks the event
   * sent only then, so a crash before leaves it in the outbox to be relayed again (docs/events.md).
   */
  offer(event: EventEnvelope, audience: EventAudience): Promise<void> {
    return new Promise<void>((taken, lost) => {
      this.queue.push({ event, audience, taken, lost });
      this.taking ??= this.takeQueued().finally(() => (this.taking = null));
    });
  }

  /** Resolves when every offered event has been taken (or given back, when stopped). */
  async idle(): Promise<void> {
    while (this.taking) await this.taking;
  }

  private async takeQueued(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.slice(0, 500);
      try {
        await this.take(batch.map(({ event, audience }) => ({ event, audience })));
        this.queue.splice(0, batch.length);
        for (const b of batch) b.taken();
      } catch (err) {
        if (this.stopped) {
          // Not stored: the relay leaves these events unsent, and relays them again.
          for (const b of this.queue.splice(0)) b.lost(new Error('the webhook dispatcher stopped before storing the event'));
          return;
        }
        this.opts.log.warn({ err, events: batch.length }, 'webhook fan-out failed; trying again in a second');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** Looks for due deliveries now (after a fan-out, a finished try, or on the poll). */
  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((err: unknown) => this.opts.log.warn({ err }, 'webhook claim failed; retrying on the next poll'))
      .finally(() => {
        this.pumping = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async pump(): Promise<void> {
    const free = this.opts.concurrency - this.total;
    if (free <= 0) return;
    const claimed = await claimDue(this.opts.db, { inflight: this.inflight, perEndpoint: this.opts.perEndpoint, limit: free, leaseMs: this.leaseMs });
    for (const c of claimed) {
      this.inflight.set(c.subscriptionId, (this.inflight.get(c.subscriptionId) ?? 0) + 1);
      this.total++;
      void this.attempt(c)
        .catch((err: unknown) => {
          this.opts.log.warn({ err, deliveryId: c.id }, 'webhook try failed unexpectedly; it is tried again when its lease ends');
          return null;
        })
        .then((outcome) => {
          this.ended.push({ claimed: c, outcome });
          this.record();
        });
    }
  }

  /**
   * Writes the outcomes of ended tries, all that ended while the previous write ran in one statement, then frees
   * their slots. A try whose outcome is not written is tried again (same webhook-id) when its lease ends.
   */
  private record(): void {
    if (this.recording) return;
    this.recording = (async () => {
      while (this.ended.length) {
        const batch = this.ended.splice(0, 1000);
        try {
          await settle(this.opts.db, batch.filter((t): t is { claimed: ClaimedDelivery; outcome: TryOutcome } => t.outcome !== null));
        } catch (err) {
          this.opts.log.warn({ err, tries: batch.length }, 'webhook tries not recorded; they are tried again when their leases end');
        }
        for (const { claimed: c } of batch) {
          const left = this.inflight.get(c.subscriptionId)! - 1;
          if (left) this.inflight.set(c.subscriptionId, left);
          else this.inflight.delete(c.subscriptionId);
          this.total--;
        }
        for (const resolve of this.settled) resolve();
        this.settled.clear();
        this.wake();
      }
    })().finally(() => {
      this.recording = null;
      if (this.ended.length) this.record();
    });
  }

  private retryAt(attempt: number): Date | null {
    if (attempt >= this.opts.maxAttempts) return null;
    return new Date(Date.now() + backoffMs(attempt, this.opts.backoffBaseMs, this.opts.backoffMaxMs));
  }

  /** One try of one delivery; never throws. */
  private async attempt(c: ClaimedDelivery): Promise<TryOutcome> {
    // A consent's own events go to the application it names: no consent of the person's is asked for them.
    if (c.ownerKind === 'APPLICATION' && recipientApplication(c.envelope) !== c.ownerCode) {
      const scope = consentScopeFor(c.eventType);
      if (!scope || !c.clientId) return { kind: 'withheld', reason: 'events of this type are not sent to applications' };
      const postpone = (error: string): TryOutcome => ({ kind: 'postponed', error, retryAt: new Date(Date.now() + this.opts.backoffBaseMs) });
      if (!this.opts.consent) return postpone('the person’s consent cannot be checked by this dispatcher');
      try {
        if (!(await this.opts.consent(c.clientId, c.ownerCode, scope, c.eventType)))
          return { kind: 'withheld', reason: 'the person has not consented to this application, or withdrew the consent' };
      } catch (err) {
        this.opts.log.warn({ err }, 'consent check failed; the delivery waits');
        return postpone('the person’s consent could not be checked; tried again shortly');
      }
    }
    if (!c.validatedAt) {
      const refusal = await validateEndpoint(this.opts.guard, c.url, this.opts.timeoutMs);
      if (refusal) return { kind: 'failed', statusCode: null, error: refusal, retryAt: this.retryAt(c.attempts) };
      await markValidated(this.opts.db, c.subscriptionId);
    }
    const secrets = [c.secret, ...(c.previousSecret && c.previousSecretValidUntil && new Date(c.previousSecretValidUntil) > new Date() ? [c.previousSecret] : [])];
    try {
      const status = await postEvent(this.opts.guard, c.url, c.eventId, JSON.stringify(c.envelope), secrets, this.opts.timeoutMs);
      if (status >= 200 && status <= 299) return { kind: 'delivered', statusCode: status };
      return { kind: 'failed', statusCode: status, error: `HTTP ${status}`, retryAt: this.retryAt(c.attempts) };
    } catch (err) {
      return { kind: 'failed', statusCode: null, error: (err as Error).message, retryAt: this.retryAt(c.attempts) };
    }
  }

  private async prune(): Promise<void> {
    try {
      const gone = await pruneDeliveries(this.opts.db, new Date(Date.now() - this.opts.retentionMs!));
      if (gone) this.opts.log.info({ gone }, 'old webhook deliveries forgotten');
    } catch (err) {
      this.opts.log.warn({ err }, 'pruning webhook deliveries failed');
    }
  }
}
