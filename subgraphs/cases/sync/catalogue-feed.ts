/**
 * The cases subgraph's projection of the service catalogue: which services exist, who holds them, whether they are
 * published, and whom the holder has named to provide them. Fed from the catalogue's changes feed, never from its
 * tables. How fresh it is:
 * - a write (registerCase, recordServiceDeliveries) first syncs when the last sync is older than `maxAgeMs`, and
 *   syncs once more before it refuses anything: a refusal rests on the feed as it is now (a service published or a
 *   provider named a moment ago is accepted), an acceptance on the feed at most `maxAgeMs` old (a service archived
 *   within that window may still be accepted);
 * - reads (Case.service) use the projection as it is;
 * - `freshness()` says when it last synced and the newest change it holds (operators: `serviceProjection`, and
 *   `syncServiceProjection` to sync at once).
 * The source of changes is the one seam: when the catalogue publishes events, an event-bus source (and a consumer
 * calling `apply`) replaces `graphqlChangeSource`; the rest stays.
 */
import { graphqlError } from '@public-service-graph/subgraph-kit/errors';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { GraphEndpoint } from '@public-service-graph/subgraph-kit/subgraph-server';
import { feedPosition, recordSync, serviceReferenceCount, serviceReferencesByCodes, upsertServiceReferences } from '../data/service-references.ts';
import type { ServiceReferenceRow } from '../db/tables.ts';

export type ServiceChange = ServiceReferenceRow;
export interface ChangePage {
  changes: ServiceChange[];
  endCursor: string | null;
  hasNextPage: boolean;
}
/** Where changes come from: the catalogue's `serviceChanges` today, its events later. */
export interface CatalogueChangeSource {
  changesSince(since: Date, after: string | null): Promise<ChangePage>;
}

/** The feed's advice: ask from a minute before the newest change seen, as a change may commit a little late. */
const OVERLAP_MS = 60_000;
const PAGE = 100;

const CHANGES = `query CatalogueChanges($since: DateTime!, $after: String, $first: Int) {
  serviceChanges(modifiedSince: $since, after: $after, first: $first) {
    edges { modifiedAt node { code status version holder { code } namedProviders { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ChangesResponse {
  data?: { serviceChanges: { edges: { modifiedAt: string; node: { code: string; status: string; version: number; holder: { code: string }; namedProviders: { code: string }[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  errors?: { message: string }[];
}

/**
 * The catalogue's changes feed over GraphQL: the services subgraph itself, or the public graph. A page must come
 * well within the gateway's own timeout for the write waiting on it (SUBGRAPH_TIMEOUT_MS, 10 s by default).
 */
export function graphqlChangeSource(endpoint: GraphEndpoint, timeoutMs = 5_000): CatalogueChangeSource {
  return {
    async changesSince(since, after) {
      const token = endpoint.token ? await endpoint.token() : null;
      const res = await fetch(typeof endpoint.url === 'function' ? endpoint.url() : endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: CHANGES, variables: { since: since.toISOString(), after, first: PAGE } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await res.json()) as ChangesResponse;
      if (!body.data) throw new Error(`The catalogue's changes feed answered ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
      const { edges, pageInfo } = body.data.serviceChanges;
      return {
        changes: edges
          .filter((e) => e.node.status === 'PUBLISHED' || e.node.status === 'ARCHIVED')
          .map((e) => ({
            code: e.node.code,
            holderCode: e.node.holder.code,
            status: e.node.status as ServiceChange['status'],
            providerCodes: e.node.namedProviders.map((p) => p.code),
            version: e.node.version,
            modifiedAt: new Date(e.modifiedAt),
          })),
        endCursor: pageInfo.endCursor,
        hasNextPage: pageInfo.hasNextPage,
      };
    },
  };
}

export interface Freshness {
  lastChangeAt: Date | null;
  syncedAt: Date | null;
  services: number;
  maxAgeMs: number;
}

export class ServiceProjection {
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly source: CatalogueChangeSource | null,
    readonly maxAgeMs: number,
  ) {}

  /** Reads every change since the last one seen; concurrent callers in this process share one sync. */
  sync(): Promise<void> {
    this.inflight ??= this.readFeed().finally(() => (this.inflight = null));
    return this.inflight;
  }

  /** Applies changes however they arrived (the feed today, events later). */
  apply(changes: ServiceChange[]): Promise<void> {
    return upsertServiceReferences(this.db, changes);
  }

  private async readFeed(): Promise<void> {
    if (!this.source) throw new Error('No source of catalogue changes is configured for the cases subgraph.');
    const startedAt = new Date();
    const position = await feedPosition(this.db);
    const since = position?.lastChangeAt ? new Date(position.lastChangeAt.getTime() - OVERLAP_MS) : new Date(0);
    let newest = position?.lastChangeAt ?? null;
    let after: string | null = null;
    for (;;) {
      const page = await this.source.changesSince(since, after);
      await this.apply(page.changes);
      for (const c of page.changes) if (!newest || c.modifiedAt > newest) newest = c.modifiedAt;
      if (!page.hasNextPage || !page.endCursor) break;
      after = page.endCursor;
    }
    await recordSync(this.db, newest, startedAt);
  }

  /**
   * The projected services for a write's codes: synced first when older than `maxAgeMs`, and once more when
   * `accepts` would refuse one. When the feed cannot be read for that, the write is SUBGRAPH_UNAVAILABLE (retry):
   * never refused on what may be out of date.
   */
  async forWrite(codes: string[], accepts: (code: string, service: ServiceReferenceRow | undefined) => boolean): Promise<Map<string, ServiceReferenceRow>> {
    const position = await feedPosition(this.db);
    let synced = false;
    let failure: unknown = null;
    const trySync = async () => {
      synced = true;
      await this.sync().catch((err) => (failure = err));
    };
    const lookup = async () => new Map((await serviceReferencesByCodes(this.db, codes)).map((r) => [r.code, r]));
    const refusesAny = (rows: Map<string, ServiceReferenceRow>) => codes.some((code) => !accepts(code, rows.get(code)));
    if (!position || Date.now() - position.syncedAt.getTime() > this.maxAgeMs) await trySync();
    let rows = await lookup();
    if (refusesAny(rows) && !synced) {
      await trySync();
      rows = await lookup();
    }
    if (failure && refusesAny(rows))
      throw graphqlError('SUBGRAPH_UNAVAILABLE', 'The service catalogue cannot be reached to check the service code; nothing was written. Retry in a moment.', { retryable: true });
    return rows;
  }

  async freshness(): Promise<Freshness> {
    const [position, services] = await Promise.all([feedPosition(this.db), serviceReferenceCount(this.db)]);
    return { lastChangeAt: position?.lastChangeAt ?? null, syncedAt: position?.syncedAt ?? null, services, maxAgeMs: this.maxAgeMs };
  }
}
