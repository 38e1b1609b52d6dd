import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import { API_KEY_HEADER, type RequestIdentities } from '../request-identity.ts';
import type { UsageMeter } from '../usage.ts';
import type { RequestBudgets } from './request-budget.ts';

interface Params { query?: string; operationName?: string | null; extensions?: { persistedQuery?: { sha256Hash?: string } } | null; documentId?: string }

/** One operation of a keyed request: what it was sent with, and the name of its document's only operation. */
interface Sent { params: Params; documentName?: string }

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const hashed = (text: string) => `#${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;

const named = (params: Params) => !!params.operationName && NAME.test(params.operationName);

/** The name of a document's only operation, if it has one and only one. */
export function onlyOperationName(document: DocumentNode): string | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operations.length === 1 ? operations[0].name?.value : undefined;
}

/**
 * How usage names an operation: the name the client sent, else the name of the document's only operation, else `#`
 * and 12 hex digits of the document's SHA-256 (or of its persisted id): stable, so the owner can tell documents apart.
 */
export function operationLabel(sent: Sent | undefined): string {
  if (!sent) return '#unknown';
  const { params, documentName } = sent;
  if (named(params)) return params.operationName!;
  if (documentName) return documentName;
  if (params.query) return hashed(params.query);
  const id = params.documentId ?? params.extensions?.persistedQuery?.sha256Hash;
  return id ? hashed(id) : '#unknown';
}

/**
 * Per answered request with an API key: its operations (each by its label), cost and errors, for the key's owner
 * (gateway/usage.ts). Only requests that carry a key are followed. A batch's params come one by one, in the order of
 * its results, each with its own context; the name of an unnamed request's operation is read off the document the
 * runtime parsed (a document that does not parse is counted under its hash).
 */
export const useKeyUsage = (identities: RequestIdentities, budgets: RequestBudgets, usage: UsageMeter): GatewayPlugin => {
  const sentBy = new WeakMap<Request, Sent[]>();
  const sentIn = new WeakMap<object, Sent>();
  return {
    onParams({ params, request, context }) {
      if (!request.headers.has(API_KEY_HEADER)) return;
      const sent: Sent = { params: params as Params };
      const list = sentBy.get(request) ?? [];
      list.push(sent);
      sentBy.set(request, list);
      sentIn.set(context, sent);
    },
    onParse({ context }) {
      const sent = sentIn.get(context);
      if (!sent || named(sent.params)) return;
      return ({ result }) => {
        if (result && !(result instanceof Error)) sent.documentName = onlyOperationName(result as DocumentNode);
      };
    },
    async onResultProcess({ request, result }) {
      const params = sentBy.get(request);
      if (!params) return;
      const caller = await identities.caller(request).catch(() => null);
      if (!caller?.key) return;
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      usage.record(caller.key.id, budgets.peek(request)?.cost ?? 0, results.map((r, i) => ({ operation: operationLabel(params[i]), error: !!r?.errors?.length })));
    },
  };
};
