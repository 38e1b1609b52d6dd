import { desc, eq } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { registrySupergraphs } from '../subgraphs/platform/db/tables.ts';

/** The routing URLs a supergraph SDL names (its join__Graph values), of the named subgraphs only when given. */
export function supergraphSubgraphUrls(supergraphSdl: string, only?: readonly string[]): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].filter((m) => !only || only.includes(m[1])).map((m) => m[2]);
}

/**
 * The newest supergraph in the schema registry (subgraphs/platform/domain/registry.ts), which only ever holds
 * supergraphs that composed. Polled by the gateway: each poll reads one version number, and the SDL only when it
 * changed. Like gateway/api-key-store.ts, this reads the platform's tables.
 */
export class RegistrySupergraph {
  private cached: { version: number; sdl: string } | null = null;

  constructor(private readonly db: Db) {}

  async current(): Promise<string> {
    const [latest] = await this.db.select({ version: registrySupergraphs.version }).from(registrySupergraphs).orderBy(desc(registrySupergraphs.version)).limit(1);
    if (!latest) throw new Error('The schema registry holds no supergraph yet: start the platform subgraphs, or publish them.');
    if (latest.version !== this.cached?.version) {
      const [row] = await this.db.select({ sdl: registrySupergraphs.sdl }).from(registrySupergraphs).where(eq(registrySupergraphs.version, latest.version));
      this.cached = { version: latest.version, sdl: row.sdl };
    }
    return this.cached.sdl;
  }
}
