import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase, SubgraphEnv } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createCaseLoaders } from './data/loaders.ts';
import { graphqlChangeSource, ServiceProjection } from './sync/catalogue-feed.ts';

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
  /** The services a case may reference, as the catalogue's changes feed last told (one per process). */
  services: ServiceProjection;
};

export const createCasesContext = (db: Db, env: SubgraphEnv) => {
  const feed = env.peers?.services;
  const services = new ServiceProjection(db, feed ? graphqlChangeSource(feed) : null, env.projectionMaxAgeMs ?? 30_000);
  return (base: RequestBase): CasesContext => ({ ...base, db, loaders: createCaseLoaders(db), clientIdSecret: env.clientIdSecret, now: new Date(), services });
};
