import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createLifeSituationsContext, type LifeSituationsContext } from './context.ts';
import { seedLifeSituations } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const lifeSituationsSubgraph: SubgraphModule<LifeSituationsContext> = {
  name: 'life-situations',
  typeDefs: readTypeDefs(new URL('../../schema/life-situations.graphql', import.meta.url)),
  resolvers,
  createContext: createLifeSituationsContext,
  migrations: { folder: new URL('../../migrations/life-situations', import.meta.url).pathname, table: '__migrations_life_situations' },
  seed: seedLifeSituations,
};
