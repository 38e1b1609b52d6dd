import type { Db } from '../../common/db.ts';
import type { RequestBase } from '../../common/subgraph-server.ts';
import { createCaseLoaders } from './data/loaders.ts';

/** Entities of other subgraphs, as this subgraph knows them: by key. */
export type ClientRef = { id: string };
export type ServiceRef = { code: string };

export type CasesContext = RequestBase & {
  db: Db;
  loaders: ReturnType<typeof createCaseLoaders>;
  /** Turns the personal codes and registration numbers institutions send into client ids (never stored). */
  clientIdSecret: string;
  /** The request's time: every "now" of one request (defaults, overdue flags) is the same instant. */
  now: Date;
};

export const createCasesContext =
  (db: Db, env: { clientIdSecret: string }) =>
  (base: RequestBase): CasesContext => ({ ...base, db, loaders: createCaseLoaders(db), clientIdSecret: env.clientIdSecret, now: new Date() });
