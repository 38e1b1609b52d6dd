import { composeServices } from '@theguild/federation-composition';
import type { DocumentNode } from 'graphql';

export { entityOwners, keyFields, nullabilityProblems, type NullabilityProblem } from './nullability.ts';

export interface SubgraphSource { name: string; url: string; typeDefs: DocumentNode }

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/** A composed supergraph: what the gateway runs, and the API schema its clients see. */
export interface Composed { supergraphSdl: string; apiSdl: string }

/** Composes subgraphs, or throws CompositionError listing every problem. */
export function compose(subgraphs: SubgraphSource[]): Composed {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: s.typeDefs })));
  if (result.errors?.length) throw new CompositionError(result.errors.map((e) => e.message));
  return { supergraphSdl: result.supergraphSdl!, apiSdl: result.publicSdl! };
}
