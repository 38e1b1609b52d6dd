import { readFileSync } from 'node:fs';
import type { Config } from '../common/config.ts';
import type { Database, Db } from '@public-service-graph/subgraph-kit/db';
import { CORE_SUBGRAPHS, compose, loadTypeDefs, parseSubgraphUrls } from './compose.ts';
import { gatewayReads, type GatewayReads } from '../subgraphs/platform/gateway-reads.ts';

/** The routing URLs a supergraph SDL names (its join__Graph values), of the named subgraphs only when given. */
export function supergraphSubgraphUrls(supergraphSdl: string, only?: readonly string[]): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].filter((m) => !only || only.includes(m[1])).map((m) => m[2]);
}

/** A supergraph SDL, or a function giving the current one (read again on every poll). */
export type SupergraphSource = string | (() => string | Promise<string>);

/**
 * Where a gateway's supergraph comes from, in this order:
 * - SUBGRAPH_URLS: composed from schema/ with those routing URLs (the platform's subgraphs only);
 * - SUPERGRAPH_FILE: that file, re-read every SUPERGRAPH_POLL_MS;
 * - the schema registry in the platform database, polled every SUPERGRAPH_POLL_MS: what institutions publish joins
 *   the graph without a restart;
 * - else schema/supergraph.graphql.
 */
export function supergraphFromConfig(config: Config, platformDatabase: Database | null): SupergraphSource {
  if (config.SUBGRAPH_URLS) {
    const urls = parseSubgraphUrls(config.SUBGRAPH_URLS);
    return compose(CORE_SUBGRAPHS.map((name) => ({ name, url: urls[name] ?? `http://localhost:4001/graphql`, typeDefs: loadTypeDefs(name) }))).supergraphSdl;
  }
  if (config.SUPERGRAPH_FILE || !platformDatabase) {
    const file = config.SUPERGRAPH_FILE ?? new URL('../schema/supergraph.graphql', import.meta.url).pathname;
    return () => readFileSync(file, 'utf8');
  }
  const registry = new RegistrySupergraph(platformDatabase.db);
  return () => registry.current();
}

/**
 * The newest supergraph in the schema registry (subgraphs/platform/commands/registry-publishing.ts), which only ever holds
 * supergraphs that composed. Polled by the gateway: each poll reads one version number, and the SDL only when it
 * changed, through the platform's one door for the gateway (subgraphs/platform/gateway-reads.ts).
 */
export class RegistrySupergraph {
  private cached: { version: number; sdl: string } | null = null;
  private readonly reads: GatewayReads;

  constructor(db: Db) {
    this.reads = gatewayReads(db);
  }

  async current(): Promise<string> {
    const version = await this.reads.latestSupergraphVersion();
    if (version === null) throw new Error('The schema registry holds no supergraph yet: start the platform subgraphs, or publish them.');
    if (version !== this.cached?.version) this.cached = { version, sdl: (await this.reads.supergraphSdl(version))! };
    return this.cached.sdl;
  }
}
