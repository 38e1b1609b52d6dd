import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createCasesContext, type CasesContext } from './context.ts';
import { outbox } from './db/tables.ts';
import { seedCases } from './demo/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const casesSubgraph: SubgraphModule<CasesContext> = {
  name: 'cases',
  typeDefs: readTypeDefs(new URL('../../schema/cases.graphql', import.meta.url)),
  resolvers,
  createContext: createCasesContext,
  migrations: { folder: new URL('../../migrations/cases', import.meta.url).pathname, table: '__migrations_cases' },
  seed: seedCases,
  outbox,
};
