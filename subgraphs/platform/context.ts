import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createPlatformLoaders } from './data/loaders.ts';

export type PlatformContext = RequestBase & { db: Db; loaders: ReturnType<typeof createPlatformLoaders> };

export const createPlatformContext = (db: Db) => (base: RequestBase): PlatformContext => ({ ...base, db, loaders: createPlatformLoaders(db) });
