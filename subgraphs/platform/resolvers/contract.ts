import { parse } from 'graphql';
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import { ownersOf } from '@public-service-graph/composition';
import type { PlatformContext } from '../context.ts';
import * as store from '../data/registry-store.ts';
import type { RegistrySupergraphRow } from '../db/tables.ts';
import type { PublicContractVersionResolvers, QueryResolvers, SchemaChangeCriticality } from '../generated/types.ts';

/** The public contract's changelog and the subgraphs' status: public reads, for the developer portal. */

const STATUS_TTL_MS = 30_000;
let statuses: { at: number; value: Promise<{ name: string; owner: string; version: number; publishedAt: Date; up: boolean; checkedAt: Date }[]> } | null = null;

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

export const contractQuery: Pick<QueryResolvers<PlatformContext>, 'publicContractVersions' | 'subgraphStatuses'> = {
  publicContractVersions: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const [before] = (decodeCursor(args.after, 1) as [unknown] | null) ?? [null];
    if (before !== null && !Number.isInteger(before)) throw badInput('"after" is not a cursor this list gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
    const rows = await store.listSupergraphs(ctx.db, before as number | null, size + 1, args.changedOnly ?? false);
    const nodes = rows.slice(0, size);
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor([nodes.at(-1)!.version]) : null } };
  },
  subgraphStatuses: (_, __, ctx) => {
    // Asked at most every 30 s whoever reads the page: the status page must not become a way to load the subgraphs.
    if (!statuses || Date.now() - statuses.at > STATUS_TTL_MS) {
      const value = (async () => {
        const current = await store.currentSubgraphs(ctx.db);
        const checkedAt = new Date();
        return Promise.all(current.map(async (s) => ({ name: s.name, owner: s.owner, version: s.version.version, publishedAt: s.version.publishedAt, up: await answers(s.url), checkedAt })));
      })();
      statuses = { at: Date.now(), value };
      value.catch(() => (statuses = null));
    }
    return statuses.value;
  },
};

const owners = new Map<number, { type: string; subgraphs: string[] }[]>();

export const PublicContractVersion: PublicContractVersionResolvers<PlatformContext> = {
  live: async (s, _, ctx) => (await ctx.loaders.liveSupergraphVersion()) === s.version,
  sdl: (s) => s.publicSdl,
  changes: (s) => s.publicChanges.map((c) => ({ ...c, criticality: c.criticality as SchemaChangeCriticality })),
  breaking: (s) => s.publicChanges.some((c) => c.criticality === 'BREAKING'),
  typeOwners: (s: RegistrySupergraphRow) => {
    let list = owners.get(s.version);
    if (!list) {
      const inContract = new Set(s.publicSdl ? parse(s.publicSdl).definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])) : []);
      list = [...ownersOf(s.sdl)].filter(([coordinate]) => !coordinate.includes('.') && inContract.has(coordinate)).map(([type, subgraphs]) => ({ type, subgraphs }));
      owners.set(s.version, list);
    }
    return list;
  },
};
