import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Kind, parse, type ExecutionResult } from 'graphql';
import type { RequestIdentities } from '../request-identity.ts';
import type { UsageMeter } from '../usage.ts';
import type { RequestBudgets } from './request-budget.ts';

interface Params { query?: string; operationName?: string | null; extensions?: { persistedQuery?: { sha256Hash?: string } } | null; documentId?: string }

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const hashed = (text: string) => `#${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;

/**
 * How usage names an operation: the name the client sent, else the name of the document's only operation, else `#`
 * and 12 hex digits of the document's SHA-256 (or of its persisted id): stable, so the owner can tell documents apart.
 */
export function operationLabel(params: Params | undefined): string {
  if (!params) return '#unknown';
  if (params.operationName && NAME.test(params.operationName)) return params.operationName;
  if (params.query) {
    try {
      const operations = parse(params.query, { noLocation: true, maxTokens: 5000 }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const name = operations.length === 1 ? operations[0].name?.value : undefined;
      if (name) return name;
    } catch {
      // Not a document: counted under its hash like any unnamed one.
    }
    return hashed(params.query);
  }
  const id = params.documentId ?? params.extensions?.persistedQuery?.sha256Hash;
  return id ? hashed(id) : '#unknown';
}

/**
 * Per answered request with an API key: its operations (each by its label), cost and errors, for the key's owner
 * (gateway/usage.ts). A batch's params come one by one, in the order of its results.
 */
export const useKeyUsage = (identities: RequestIdentities, budgets: RequestBudgets, usage: UsageMeter): GatewayPlugin => {
  const sent = new WeakMap<Request, Params[]>();
  return {
    onParams({ params, request }) {
      const list = sent.get(request) ?? [];
      list.push(params as Params);
      sent.set(request, list);
    },
    async onResultProcess({ request, result }) {
      const caller = await identities.caller(request).catch(() => null);
      if (!caller?.key) return;
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      const params = sent.get(request) ?? [];
      usage.record(caller.key.id, budgets.peek(request)?.cost ?? 0, results.map((r, i) => ({ operation: operationLabel(params[i]), error: !!r?.errors?.length })));
    },
  };
};
