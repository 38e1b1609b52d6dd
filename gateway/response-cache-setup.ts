import type { Config } from '../common/config.ts';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { KeptAnswerGate } from './access/kept-answers.ts';
import { CATALOGUE_EVENT_TYPES, REPRESENTATION_EVENT_TYPES, listenToEvents, type EventSource } from './bus-events.ts';
import { RepresentationCache } from './enrichment-cache.ts';
import { createResponseCache, type ResponseCache } from './response-cache.ts';
import { MemoryResponseStore, RedisResponseStore } from './response-store.ts';

/**
 * The gateway's response cache as configured (RESPONSE_CACHE*, REDIS_URL), listening to the catalogue's events on
 * `bus` (or on NATS_URL when the gateway runs without the subgraphs). Null when it is off, or when the gateway cannot
 * hear catalogue events: without them a publish would wait for the TTL, so it is better to keep nothing. `gate`: the
 * access layer's rate limit and usage counts for the answers served before execution.
 */
export async function startResponseCache(config: Config, events: EventSource, log: Logger, gate?: KeptAnswerGate): Promise<(ResponseCache & { close(): Promise<void> }) | null> {
  if (!config.RESPONSE_CACHE) return null;
  const store = config.REDIS_URL
    ? await RedisResponseStore.connect(config.REDIS_URL, `${config.REDIS_KEY_PREFIX}response:`)
    : new MemoryResponseStore(config.RESPONSE_CACHE_MAX_ENTRIES);
  const cache = createResponseCache({ store, ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS, log, maxRequests: config.RESPONSE_CACHE_MAX_ENTRIES, gate });
  if (!events.bus && !events.nats) {
    log.warn('response cache off: this gateway hears no catalogue events (no bus in the process, NATS_URL unset)');
    await store.close();
    return null;
  }
  const stop = await listenToEvents(events, CATALOGUE_EVENT_TYPES, (event) => cache.invalidate(event.id), log).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  return {
    ...cache,
    close: async () => {
      await stop();
      await store.close();
    },
  };
}

/** The X-Act-For answers cache (ENRICHMENT_CACHE_MS), cleared by consent and representation events; null when off. */
export async function representationCache(config: Config, events: EventSource, log: Logger): Promise<{ cache: RepresentationCache; close(): Promise<void> } | null> {
  if (!config.ENRICHMENT_CACHE_MS || (!events.bus && !events.nats)) return null;
  const cache = new RepresentationCache(config.ENRICHMENT_CACHE_MS);
  const close = await listenToEvents(events, REPRESENTATION_EVENT_TYPES, () => cache.clear(), log);
  return { cache, close };
}
