/** The schema registry's writes: institutions check and publish their subgraphs, operators restore a supergraph. */
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import { requireOperator, requirePublisher } from '../domain/access.ts';
import type { ResolversParentTypes as Payloads, RestoreSupergraphInput, SubgraphSchemaInput } from '../generated/types.ts';
import * as registry from './registry-publishing.ts';

const MAX_SDL_CHARS = 1_000_000;

function candidateOf(input: SubgraphSchemaInput): registry.Candidate {
  if (input.sdl.length > MAX_SDL_CHARS) throw badInput(`The SDL is larger than ${MAX_SDL_CHARS} characters.`, { argument: 'input.sdl' });
  return { name: input.name.trim(), sdl: input.sdl, routingUrl: input.routingUrl.trim() };
}

/** Checks a subgraph schema against the graph and records the check; nothing is published. */
export async function checkSubgraph(ctx: PlatformContext, input: SubgraphSchemaInput): Promise<Payloads['CheckSubgraphPayload']> {
  const publisher = requirePublisher(ctx.identity);
  const { check } = await registry.checkSubgraph(ctx.db, candidateOf(input), publisher);
  return { check };
}

/** Publishes a subgraph schema when its check passes: a new version and the supergraph composed with it. */
export async function publishSubgraph(ctx: PlatformContext, input: SubgraphSchemaInput): Promise<Payloads['PublishSubgraphPayload']> {
  const publisher = requirePublisher(ctx.identity);
  const outcome = await registry.publishSubgraph(ctx.db, candidateOf(input), publisher);
  if (outcome.supergraph)
    ctx.log.info({ subgraph: input.name, version: outcome.version?.version, supergraph: outcome.supergraph.version, by: publisher.by }, 'subgraph published');
  return { check: outcome.check, version: outcome.version, supergraph: outcome.supergraph, unchanged: outcome.unchanged };
}

/** An operator serves an earlier supergraph again, as a new version. */
export async function restoreSupergraph(ctx: PlatformContext, input: RestoreSupergraphInput): Promise<Payloads['RestoreSupergraphPayload']> {
  requireOperator(ctx.identity);
  const restored = await registry.restoreSupergraph(ctx.db, input.version, ctx.identity.subject);
  if (!restored) return { supergraph: null, errors: [{ __typename: 'RestoreSupergraphNotFound', code: 'NOT_FOUND', message: `No supergraph has the version ${input.version}.` }] };
  ctx.log.info({ restored: input.version, supergraph: restored.version, by: ctx.identity.subject }, 'supergraph restored');
  return { supergraph: restored, errors: [] };
}
