import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createPlatformLoaders } from './data/loaders.ts';

export type PlatformContext = RequestBase & { db: Db; loaders: ReturnType<typeof createPlatformLoaders> };

export const createPlatformContext = (db: Db) => (base: RequestBase): PlatformContext => ({ ...base, db, loaders: createPlatformLoaders(db) });
