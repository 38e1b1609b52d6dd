import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';
import { CompositionError, compose, nullabilityProblems, type Composed } from '@public-service-graph/composition';

// Composition itself lives in packages/composition, which the schema registry (platform subgraph) uses too.
export { CompositionError, compose, type Composed, type SubgraphSource } from '@public-service-graph/composition';

/** The platform's own subgraphs, in the order they are composed. */
export const CORE_SUBGRAPHS = ['services', 'life-situations', 'clients', 'cases', 'platform'] as const;
export type CoreSubgraph = (typeof CORE_SUBGRAPHS)[number];

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));

export const readSubgraphSdl = (name: string): string => readFileSync(`${schemaDir}${name}.graphql`, 'utf8');
export const loadTypeDefs = (name: string): DocumentNode => parse(readSubgraphSdl(name));

/** Default routing URLs: where `npm start` runs each subgraph. */
export const defaultUrls = (host = 'localhost'): Record<CoreSubgraph, string> => ({
  services: `http://${host}:4001/graphql`,
  'life-situations': `http://${host}:4002/graphql`,
  clients: `http://${host}:4003/graphql`,
  cases: `http://${host}:4004/graphql`,
  platform: `http://${host}:4005/graphql`,
});

/** SUBGRAPH_URLS, "services=http://host:4001/graphql,cases=…", as { services: "http://host:4001/graphql", … }. */
export const parseSubgraphUrls = (spec: string | undefined): Record<string, string> =>
  Object.fromEntries((spec ?? '').split(',').filter((pair) => pair.includes('=')).map((pair) => pair.split('=').map((s) => s.trim())));

/** Composes the platform's subgraphs; refuses them, like composition errors, when they break the failure contract. */
export function composeCore(urls: Record<CoreSubgraph, string> = defaultUrls()): Composed {
  const sources = CORE_SUBGRAPHS.map((name) => ({ name, url: urls[name], typeDefs: loadTypeDefs(name) }));
  const problems = nullabilityProblems(sources);
  if (problems.length) throw new CompositionError(problems.map((p) => p.message));
  return compose(sources);
}
