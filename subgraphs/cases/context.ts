import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createCaseLoaders } from './data/loaders.ts';

/** Entities of other subgraphs, as this subgraph knows them: by key. */
export type ClientRef = { id: string };
export type ServiceRef = { code: string };

export type CasesContext = RequestBase & { db: Db; loaders: ReturnType<typeof createCaseLoaders> };

export const createCasesContext = (db: Db) => (base: RequestBase): CasesContext => ({ ...base, db, loaders: createCaseLoaders(db) });
