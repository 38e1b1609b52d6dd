import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import type { PlatformContext } from '../context.ts';
import * as store from '../data/registry-store.ts';
import { requireOperator, requirePublisher, requireRegistryReader } from '../domain/access.ts';
import { checkSubgraph, publishSubgraph, restoreSupergraph, type Candidate } from '../domain/registry.ts';
import type { MutationResolvers, QueryResolvers, RegisteredSubgraphResolvers, SupergraphVersionResolvers } from '../generated/types.ts';

/** The schema registry's API: reads for institutions and operators, checks and publishes, restores for operators. */

const MAX_SDL_CHARS = 1_000_000;

function candidateOf(input: Candidate): Candidate {
  if (input.sdl.length > MAX_SDL_CHARS) throw badInput(`The SDL is larger than ${MAX_SDL_CHARS} characters.`, { argument: 'input.sdl' });
  return { name: input.name.trim(), sdl: input.sdl, routingUrl: input.routingUrl.trim() };
}

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

export const registryMutation: Pick<MutationResolvers<PlatformContext>, 'checkSubgraph' | 'publishSubgraph' | 'restoreSupergraph'> = {
  checkSubgraph: async (_, { input }, ctx) => {
    const publisher = requirePublisher(ctx.identity);
    const { check } = await checkSubgraph(ctx.db, candidateOf(input), publisher);
    return { check };
  },
  publishSubgraph: async (_, { input }, ctx) => {
    const publisher = requirePublisher(ctx.identity);
    const outcome = await publishSubgraph(ctx.db, candidateOf(input), publisher);
    if (outcome.supergraph)
      ctx.log.info({ subgraph: input.name, version: outcome.version?.version, supergraph: outcome.supergraph.version, by: publisher.by }, 'subgraph published');
    return { check: outcome.check, version: outcome.version, supergraph: outcome.supergraph, unchanged: outcome.unchanged };
  },
  restoreSupergraph: async (_, { input }, ctx) => {
    requireOperator(ctx.identity);
    const restored = await restoreSupergraph(ctx.db, input.version, ctx.identity.subject);
    if (!restored) return { supergraph: null, errors: [{ __typename: 'RestoreSupergraphNotFound', code: 'NOT_FOUND', message: `No supergraph has the version ${input.version}.` }] };
    ctx.log.info({ restored: input.version, supergraph: restored.version, by: ctx.identity.subject }, 'supergraph restored');
    return { supergraph: restored, errors: [] };
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
