import type { PartyRef } from '@public-service-graph/subgraph-kit/identity';

/** The clients subgraph's answer about one person acting for one party (X-Act-For). */
export interface RepresentationAnswer {
  onBehalfOf: PartyRef | null;
  scopes: string[];
  refusal: { code: string; message: string } | null;
  /** The person's stored language, when the request named none. */
  language?: string | null;
}

/**
 * The identity enrichment's answers about X-Act-For, kept briefly (gateway/enrich-identity.ts): a portal acting for a
 * company sends the header on every request, and each would otherwise cost a call to the clients subgraph. Kept for
 * at most `ttlMs`, and all dropped when a consent or power of attorney is granted or revoked (gateway/bus-events.ts),
 * so a revocation stops working on the next request once its event is on the bus. Representations that end by the
 * clock or change in a register send no event: the TTL bounds those. Answers about an application's consents are
 * never kept: each use of a consent is recorded in the person's consent log by that very call.
 */
export class RepresentationCache {
  private readonly entries = new Map<string, { answer: RepresentationAnswer; until: number }>();
  private generation = 0;

  constructor(private readonly ttlMs: number, private readonly maxEntries = 10_000) {}

  private static key(personClientId: string, actFor: string): string {
    return `${personClientId}\n${actFor.trim().toLowerCase()}`;
  }

  /** The kept answer, or the clients subgraph's (`ask`), kept unless an event came while it was asked. */
  async get(personClientId: string, actFor: string, ask: () => Promise<RepresentationAnswer>): Promise<RepresentationAnswer> {
    const key = RepresentationCache.key(personClientId, actFor);
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.answer;
    const generation = this.generation;
    const answer = await ask();
    if (generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { answer, until: Date.now() + this.ttlMs });
    }
    return answer;
  }

  /** A consent or representation changed somewhere: nothing kept may be used again. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
