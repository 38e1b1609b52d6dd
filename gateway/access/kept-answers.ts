import type http from 'node:http';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { operationFacts } from '../operation-facts.ts';
import type { Caller } from '../request-identity.ts';
import type { FieldUsageMeter, UsageMeter } from '../usage.ts';
import { onlyOperationName, operationLabel } from './key-usage.ts';
import { drawCost, type RateLimitDeps } from './rate-limit.ts';

/** The operation a kept answer answers, as the ordinary path saw it when the answer was kept or last served. */
export interface KeptOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
  params: { query?: string; operationName?: string | null; extensions?: { persistedQuery?: { sha256Hash?: string } } | null };
}

/**
 * What the access layer still does for a kept answer the response cache serves before parsing, validation and
 * execution (gateway/response-cache.ts). The checks of the document (limits, cost, NUL, introspection) passed when
 * the same request of the same rights class was answered the ordinary way, and they depend on nothing else; the
 * rate limit and the usage counts depend on the moment and the caller, so they are done again here.
 */
export interface KeptAnswerGate {
  /** Who sent the request (its API key, verified); rejects when a credential is bad. */
  caller(request: Request): Promise<Caller>;
  /**
   * Draws the operation's cost from the caller's bucket and counts the operation as field and key usage. False when
   * the bucket is short: nothing was taken, and the request goes the ordinary way, whose rate limit refuses it.
   */
  admit(request: Request, req: http.IncomingMessage | undefined, operation: KeptOperation): Promise<boolean>;
}

export function keptAnswerGate(deps: RateLimitDeps & { fieldUsage: FieldUsageMeter | null; usage: UsageMeter | null }): KeptAnswerGate {
  return {
    caller: (request) => deps.identities.caller(request),
    async admit(request, req, operation) {
      const facts = operationFacts(operation.schema, operation.document, operation.operationName, operation.variables);
      const decision = await drawCost(deps, request, req, facts.cost);
      if (!decision.allowed) return false;
      deps.budgets.of(request).cost += facts.cost;
      const { identity, key } = await deps.identities.caller(request);
      deps.fieldUsage?.record(facts.selected, identity.application ?? '');
      if (key) deps.usage?.record(key.id, facts.cost, [{ operation: operationLabel({ params: operation.params, documentName: onlyOperationName(operation.document) }), error: false }]);
      return true;
    },
  };
}
