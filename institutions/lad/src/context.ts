import { batchLoader } from '@public-service-graph/subgraph-kit/batch';
import type { RequestBase } from '@public-service-graph/subgraph-kit/subgraph-server';
import { declarationsByReference, farmsByHolder, fieldAreasByFarmYear, type FarmYear, type LadDb } from './store.ts';

/** Per request: who asks (the kit's RequestBase) and loaders that batch each level of the query into one SQL. */
export interface LadContext extends RequestBase {
  loaders: ReturnType<typeof createLoaders>;
}

export const createLoaders = (db: LadDb) => ({
  farmByHolder: batchLoader((codes: readonly string[]) => farmsByHolder(db, codes)),
  fieldAreasByFarmYear: batchLoader((keys: readonly FarmYear[]) => fieldAreasByFarmYear(db, keys), (k) => `${k.farm}|${k.year}`),
  declarationByReference: batchLoader((references: readonly string[]) => declarationsByReference(db, references)),
});
