import type { Config, SubgraphName } from '../common/config.ts';
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase, type Database } from '@public-service-graph/subgraph-kit/db';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';

/**
 * Each of the platform's subgraphs' module, loaded only when named: a script that starts one subgraph loads that one
 * (not the others, nor the gateway).
 */
const LOADERS: Record<SubgraphName, () => Promise<SubgraphModule<any>>> = {
  services: async () => (await import('../subgraphs/services/server.ts')).servicesSubgraph,
  'life-situations': async () => (await import('../subgraphs/life-situations/server.ts')).lifeSituationsSubgraph,
  clients: async () => (await import('../subgraphs/clients/server.ts')).clientsSubgraph,
  cases: async () => (await import('../subgraphs/cases/server.ts')).casesSubgraph,
  platform: async () => (await import('../subgraphs/platform/server.ts')).platformSubgraph,
};

/** The platform's subgraphs, in the order they start (the cases subgraph reads the services subgraph's feed). */
export const CORE_SUBGRAPH_NAMES = Object.keys(LOADERS) as readonly SubgraphName[];

export const isSubgraphName = (name: string): name is SubgraphName => Object.hasOwn(LOADERS, name);

export async function loadSubgraphModules(names: readonly SubgraphName[]): Promise<Map<SubgraphName, SubgraphModule<any>>> {
  return new Map(await Promise.all(names.map(async (name) => [name, await LOADERS[name]()] as const)));
}

/** Where a subgraph's data lives: its own URL, the shared URL, or the embedded PGlite directory. */
const locationFor = (config: Config, name: SubgraphName) => databaseUrlFor(config, name) ?? config.PGLITE_DATA_DIR;

/** Opens each distinct database once (all subgraphs share one embedded PGlite), migrates and optionally seeds. */
export async function prepareDatabases(config: Config, log: Logger, names: readonly SubgraphName[] = CORE_SUBGRAPH_NAMES): Promise<Map<SubgraphName, Database>> {
  const modules = await loadSubgraphModules(names);
  const opened = new Map<string, Database>();
  const byName = new Map<SubgraphName, Database>();
  for (const name of names) {
    const location = locationFor(config, name);
    if (!opened.has(location)) opened.set(location, await openDatabase(location, { template: config.PGLITE_TEMPLATE }));
    byName.set(name, opened.get(location)!);
  }
  const seed = config.SEED_DEMO_DATA ?? !names.some((n) => databaseUrlFor(config, n));
  for (const name of names) {
    const module = modules.get(name)!;
    const database = byName.get(name)!;
    await database.migrate(module.migrations.folder, module.migrations.table);
    if (seed) await module.seed(database.db, { clientIdSecret: config.CLIENT_ID_SECRET });
  }
  log.info({ seeded: seed, databases: [...opened.keys()].map((l) => l.replace(/\/\/[^@]*@/, '//***@')) }, 'databases ready');
  return byName;
}
