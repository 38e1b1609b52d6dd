import type { SubgraphModule } from '../../common/subgraph-server.ts';
import { loadTypeDefs } from '../../gateway/compose.ts';
import { createLifeSituationsContext, type LifeSituationsContext } from './context.ts';
import { outbox } from './db/tables.ts';
import { seedLifeSituations } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const lifeSituationsSubgraph: SubgraphModule<LifeSituationsContext> = {
  name: 'life-situations',
  typeDefs: loadTypeDefs('life-situations'),
  resolvers,
  createContext: createLifeSituationsContext,
  migrations: { folder: new URL('../../migrations/life-situations', import.meta.url).pathname, table: '__migrations_life_situations' },
  seed: seedLifeSituations,
  outbox,
};
