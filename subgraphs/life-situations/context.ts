import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createLifeSituationLoaders } from './data/loaders.ts';
import type { LifeEventRow, LifeSituationRow, StepRow } from './db/tables.ts';
import type { Offer, Progress, StepProgress } from './domain/offers.ts';

/** Entities of other subgraphs, as this subgraph knows them: by key. */
export type ServiceRef = { code: string };
export type InstitutionRef = { code: string };

/** A Client as its resolvers here receive it: the key and the fields other subgraphs hand over (@requires). */
export type ClientParent = { id: string; consentsToProactiveOffers?: boolean | null; completedServiceCodes?: string[] | null };

export type OfferView = Offer<LifeEventRow, LifeSituationRow, StepRow>;
export type ProgressView = Progress<LifeEventRow, LifeSituationRow, StepRow>;
export type StepProgressView = StepProgress<StepRow>;

export type LifeSituationsContext = RequestBase & {
  db: Db;
  loaders: ReturnType<typeof createLifeSituationLoaders>;
  /** Turns the personal codes and registration numbers institutions report into client ids (never stored). */
  clientIdSecret: string;
  /** The request's time: "today" for due dates, conditions and reports is the same throughout one request. */
  now: Date;
};

export const createLifeSituationsContext =
  (db: Db, env: { clientIdSecret: string }) =>
  (base: RequestBase): LifeSituationsContext => ({ ...base, db, loaders: createLifeSituationLoaders(db), clientIdSecret: env.clientIdSecret, now: new Date() });
