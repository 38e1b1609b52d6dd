import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createLifeSituationLoaders } from './data/loaders.ts';

/** A service as this subgraph knows it: by its stable code (federation resolves the rest). */
export type ServiceRef = { code: string };

export type LifeSituationsContext = RequestBase & { db: Db; loaders: ReturnType<typeof createLifeSituationLoaders> };

export const createLifeSituationsContext = (db: Db) => (base: RequestBase): LifeSituationsContext => ({ ...base, db, loaders: createLifeSituationLoaders(db) });
