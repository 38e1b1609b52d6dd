/**
 * Starts the platform subgraph's webhook dispatcher (subgraphs/platform/webhooks/) on the process's bus: on the
 * embedded bus it listens in the process (the relay marks an event sent only once its fan-out is stored); on
 * JetStream it pulls from the durable consumer WEBHOOK_CONSUMER, which replicas share, and acknowledges a message only
 * once its deliveries are stored; one whose fan-out keeps failing goes to the dead-letter stream after its last
 * delivery (common/events/dead-letters.ts).
 */
import type { JsMsg } from '@nats-io/jetstream';
import type { Config } from '../common/config.ts';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { audienceOf, EmbeddedBus, type EventBus, type JetStreamBus } from '../common/events/bus.ts';
import { isFor } from '../common/events/dead-letters.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { AddressGuard } from '../subgraphs/platform/webhooks/address-guard.ts';
import { WebhookDispatcher, type ConsentCheck } from '../subgraphs/platform/webhooks/dispatcher.ts';

const CONSENT_QUERY = `query WebhookConsent($input: GatewayAuthorizationInput!) { gatewayAuthorization(input: $input) { scopes refusal { code message } } }`;

/**
 * The consent check through the clients subgraph's narrow port (`gatewayAuthorization`, the question the gateway
 * asks on every request of an application): the scopes the person has granted the application now. Each check is
 * recorded there as a use of the consent ("webhook <type>").
 */
export function clientsConsentCheck(opts: { clientsUrl: () => string | null; token: () => Promise<string>; timeoutMs: number }): ConsentCheck {
  return async (clientId, application, scope, eventType) => {
    const url = opts.clientsUrl();
    if (!url) throw new Error('no clients subgraph to ask');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await opts.token()}` },
      body: JSON.stringify({ query: CONSENT_QUERY, variables: { input: { personClientId: clientId, application, operation: `webhook ${eventType}` } } }),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const body = (await res.json()) as { data?: { gatewayAuthorization?: { scopes: string[]; refusal: unknown } }; errors?: unknown[] };
    const answer = body.data?.gatewayAuthorization;
    if (!answer) throw new Error(`clients subgraph answered no consent: ${JSON.stringify(body.errors ?? res.status)}`);
    return !answer.refusal && answer.scopes.includes(scope);
  };
}

export interface RunningDispatcher {
  dispatcher: WebhookDispatcher;
  stop(): Promise<void>;
}

export function dispatcherFor(config: Config, db: Db, consent: ConsentCheck | null, log: Logger): WebhookDispatcher {
  return new WebhookDispatcher({
    db, consent, log,
    guard: new AddressGuard(config.WEBHOOK_ALLOWED_NETWORKS),
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    backoffBaseMs: config.WEBHOOK_BACKOFF_BASE_MS,
    backoffMaxMs: config.WEBHOOK_BACKOFF_MAX_MS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    perEndpoint: config.WEBHOOK_ENDPOINT_CONCURRENCY,
    concurrency: config.WEBHOOK_CONCURRENCY,
    pollMs: config.WEBHOOK_POLL_MS,
    retentionMs: config.EVENTS_RETENTION_DAYS * 86_400_000,
  });
}

/** Starts `dispatcher` taking events from `bus` and trying deliveries. */
export async function runDispatcher(dispatcher: WebhookDispatcher, bus: EventBus, config: Config, log: Logger): Promise<RunningDispatcher> {
  let stopTaking: () => Promise<void>;
  if (bus instanceof EmbeddedBus) {
    const off = bus.subscribe((event, audience) => dispatcher.offer(event, audience));
    stopTaking = async () => void off();
  } else {
    const jet = bus as JetStreamBus;
    const name = config.WEBHOOK_CONSUMER;
    const consumer = await jet.durableConsumer(name, 30_000);
    // One at a time after a batch failed, so one bad event is retried (and at last dead-lettered) alone.
    const takeOne = async (m: JsMsg) => {
      try {
        let event: EventEnvelope;
        try {
          event = m.json<EventEnvelope>();
        } catch (err) {
          await jet.deadLetters.deadLetter(m, name, `not a JSON event: ${(err as Error).message}`);
          return;
        }
        try {
          await dispatcher.take([{ event, audience: audienceOf(m.headers) }]);
          m.ack();
        } catch (err) {
          if ((await jet.deadLetters.failed(m, name, err)) === 'dead-lettered') log.error({ err, event: event.id }, 'webhook fan-out failed on the last delivery; moved to the dead-letter stream');
        }
      } catch (err) {
        log.warn({ err }, 'webhook event not settled; the bus delivers it again');
        m.nak(1000);
      }
    };
    let taking = true;
    // Batches of up to 500 messages: one fan-out statement each, acknowledged once it committed.
    const loop = (async () => {
      while (taking) {
        const msgs: JsMsg[] = [];
        try {
          for await (const m of await consumer.fetch({ max_messages: 500, expires: 1000 })) {
            if (isFor(m, name) && !jet.deadLetters.overdue(m)) msgs.push(m);
            else if (isFor(m, name)) await jet.deadLetters.deadLetter(m, name, `delivered ${m.info.deliveryCount} times without an answer`);
            else m.ack();
          }
          if (!msgs.length) continue;
        } catch (err) {
          if (!taking) return;
          log.warn({ err, messages: msgs.length }, 'taking webhook events from the bus failed; the bus delivers them again');
          for (const m of msgs) m.nak(1000);
          await new Promise((resolve) => setTimeout(resolve, 1000));
          continue;
        }
        try {
          await dispatcher.take(msgs.map((m) => ({ event: m.json<EventEnvelope>(), audience: audienceOf(m.headers) })));
          for (const m of msgs) m.ack();
        } catch (err) {
          log.warn({ err, messages: msgs.length }, 'webhook fan-out failed; taking the batch one event at a time');
          for (const m of msgs) await takeOne(m);
        }
      }
    })();
    stopTaking = async () => {
      taking = false;
      await loop;
    };
  }
  dispatcher.start();
  log.info({ bus: bus.kind }, 'webhook dispatcher started');
  return {
    dispatcher,
    stop: async () => {
      await stopTaking();
      await dispatcher.stop();
    },
  };
}
