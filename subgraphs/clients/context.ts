import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createClientLoaders } from './data/loaders.ts';
import type { ClientRow } from './db/tables.ts';
import type { ExternalAccessEvent } from './domain/access-log.ts';
import type { ClientView } from './domain/access.ts';

export type ClientsContext = RequestBase & {
  db: Db;
  /** The request's clock: every validity check and every timestamp written in this request uses it. */
  now: Date;
  loaders: ReturnType<typeof createClientLoaders>;
  /** Turns a personal code into its client id (packages/subgraph-kit/src/identity.ts clientIdFor) without looking the person up. */
  clientIdSecret: string;
};

/**
 * A Client as its field resolvers receive it: the row, what this caller may see of it (decided once, where the
 * client entered the request), and the case reads the cases subgraph handed over for `accessLog` (@requires).
 */
export type ClientParent = ClientRow & { view: ClientView; caseAccessEvents?: ExternalAccessEvent[] | null; lifeSituationAccessEvents?: ExternalAccessEvent[] | null };

export const createClientsContext = (db: Db, env: { clientIdSecret: string }) => (base: RequestBase): ClientsContext => {
  const now = new Date();
  return { ...base, db, now, loaders: createClientLoaders(db, now), clientIdSecret: env.clientIdSecret };
};
