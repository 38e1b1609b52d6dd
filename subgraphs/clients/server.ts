import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createClientsContext, type ClientsContext } from './context.ts';
import { seedClients } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const clientsSubgraph: SubgraphModule<ClientsContext> = {
  name: 'clients',
  typeDefs: readTypeDefs(new URL('../../schema/clients.graphql', import.meta.url)),
  resolvers,
  createContext: createClientsContext,
  migrations: { folder: new URL('../../migrations/clients', import.meta.url).pathname, table: '__migrations_clients' },
  seed: seedClients,
};
