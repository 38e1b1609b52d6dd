import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import type { PlatformContext } from '../context.ts';
import * as store from '../data/registry-store.ts';
import { requireRegistryReader } from '../domain/access.ts';
import type { QueryResolvers, RegisteredSubgraphResolvers, SupergraphVersionResolvers } from '../generated/types.ts';

/** The schema registry's reads, for institutions and operators (its writes: commands/registry.ts). */

export const registryQuery: Pick<QueryResolvers<PlatformContext>, 'registeredSubgraphs' | 'registeredSubgraph' | 'supergraphVersions'> = {
  registeredSubgraphs: (_, __, ctx) => {
    requireRegistryReader(ctx.identity);
    return store.listSubgraphs(ctx.db);
  },
  registeredSubgraph: (_, { name }, ctx) => {
    requireRegistryReader(ctx.identity);
    return store.subgraphByName(ctx.db, name);
  },
  supergraphVersions: async (_, args, ctx) => {
    requireRegistryReader(ctx.identity);
    const size = pageSize(args.first);
    const [before] = (decodeCursor(args.after, 1) as [unknown] | null) ?? [null];
    if (before !== null && !Number.isInteger(before)) throw badInput('"after" is not a cursor this list gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
    const rows = await store.listSupergraphs(ctx.db, before as number | null, size + 1);
    const nodes = rows.slice(0, size);
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor([nodes.at(-1)!.version]) : null } };
  },
};

/** `last` of RegisteredSubgraph.versions and .checks: 1–100, default 20. */
function lastOf(last: number | null | undefined): number {
  if (last != null && (!Number.isInteger(last) || last < 1 || last > 100)) throw badInput(`"last" must be between 1 and 100; got ${last}.`, { argument: 'last' });
  return last ?? 20;
}

export const RegisteredSubgraph: RegisteredSubgraphResolvers<PlatformContext> = {
  currentVersion: (s, _, ctx) => (s.currentVersionId ? ctx.loaders.schemaVersionById.load(s.currentVersionId) : null),
  versions: (s, { last }, ctx) => ctx.loaders.recentVersions(lastOf(last)).load(s.name),
  checks: (s, { last }, ctx) => ctx.loaders.recentChecks(lastOf(last)).load(s.name),
};

export const SupergraphVersion: SupergraphVersionResolvers<PlatformContext> = {
  live: async (s, _, ctx) => (await ctx.loaders.liveSupergraphVersion()) === s.version,
  subgraphs: async (s, _, ctx) => (await ctx.loaders.schemaVersionById.loadMany(Object.values(s.subgraphVersions))).filter((v) => v && !(v instanceof Error)) as never,
};
