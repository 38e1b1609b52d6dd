import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createServicesLoaders } from './data/loaders.ts';

export type ServicesContext = RequestBase & { db: Db; loaders: ReturnType<typeof createServicesLoaders> };

export const createServicesContext = (db: Db) => (base: RequestBase): ServicesContext => ({ ...base, db, loaders: createServicesLoaders(db) });
