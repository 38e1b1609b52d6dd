import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createServicesContext, type ServicesContext } from './context.ts';
import { seedServices } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const servicesSubgraph: SubgraphModule<ServicesContext> = {
  name: 'services',
  typeDefs: readTypeDefs(new URL('../../schema/services.graphql', import.meta.url)),
  resolvers,
  createContext: createServicesContext,
  migrations: { folder: new URL('../../migrations/services', import.meta.url).pathname, table: '__migrations_services' },
  seed: seedServices,
};
