import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createServicesLoaders } from './data/loaders.ts';

export type ServicesContext = RequestBase & { db: Db; loaders: ReturnType<typeof createServicesLoaders> };

export const createServicesContext = (db: Db) => (base: RequestBase): ServicesContext => ({ ...base, db, loaders: createServicesLoaders(db) });
