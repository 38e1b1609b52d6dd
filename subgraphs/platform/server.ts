import type { SubgraphModule } from '../../common/subgraph-server.ts';
import { loadTypeDefs } from '../../gateway/compose.ts';
import { createPlatformContext, type PlatformContext } from './context.ts';
import { outbox } from './db/tables.ts';
import { seedPlatform } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const platformSubgraph: SubgraphModule<PlatformContext> = {
  name: 'platform',
  typeDefs: loadTypeDefs('platform'),
  resolvers,
  createContext: createPlatformContext,
  migrations: { folder: new URL('../../migrations/platform', import.meta.url).pathname, table: '__migrations_platform' },
  seed: seedPlatform,
  outbox,
};
