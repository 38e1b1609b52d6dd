import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createPlatformContext, type PlatformContext } from './context.ts';
import { seedPlatform } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const platformSubgraph: SubgraphModule<PlatformContext> = {
  name: 'platform',
  typeDefs: readTypeDefs(new URL('../../schema/platform.graphql', import.meta.url)),
  resolvers,
  createContext: createPlatformContext,
  migrations: { folder: new URL('../../migrations/platform', import.meta.url).pathname, table: '__migrations_platform' },
  seed: seedPlatform,
};
