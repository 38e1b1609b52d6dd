import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createClientLoaders } from './data/loaders.ts';

export type ClientsContext = RequestBase & { db: Db; loaders: ReturnType<typeof createClientLoaders> };

export const createClientsContext = (db: Db) => (base: RequestBase): ClientsContext => ({ ...base, db, loaders: createClientLoaders(db) });
