import type { SubgraphModule } from '../../common/subgraph-server.ts';
import { loadTypeDefs } from '../../gateway/compose.ts';
import { createServicesContext, type ServicesContext } from './context.ts';
import { outbox } from './db/tables.ts';
import { seedServices } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const servicesSubgraph: SubgraphModule<ServicesContext> = {
  name: 'services',
  typeDefs: loadTypeDefs('services'),
  resolvers,
  createContext: createServicesContext,
  migrations: { folder: new URL('../../migrations/services', import.meta.url).pathname, table: '__migrations_services' },
  seed: seedServices,
  outbox,
};
