import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse, type DocumentNode } from 'graphql';
import { nullabilityProblems } from './nullability.ts';

export interface SubgraphSource { name: string; url: string; typeDefs: DocumentNode }

/** The platform's own subgraphs, in the order they are composed. */
export const CORE_SUBGRAPHS = ['services', 'life-situations', 'clients', 'cases', 'platform'] as const;
export type CoreSubgraph = (typeof CORE_SUBGRAPHS)[number];

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));

export const readSubgraphSdl = (name: string): string => readFileSync(`${schemaDir}${name}.graphql`, 'utf8');
export const loadTypeDefs = (name: string): DocumentNode => parse(readSubgraphSdl(name));

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/** A composed supergraph: what the gateway runs, and the API schema its clients see. */
export interface Composed { supergraphSdl: string; apiSdl: string; sources: SubgraphSource[] }

/** Composes subgraphs, or throws CompositionError listing every problem. */
export function compose(subgraphs: SubgraphSource[]): Composed {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: s.typeDefs })));
  if (result.errors?.length) throw new CompositionError(result.errors.map((e) => e.message));
  return { supergraphSdl: result.supergraphSdl!, apiSdl: result.publicSdl!, sources: subgraphs };
}

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
