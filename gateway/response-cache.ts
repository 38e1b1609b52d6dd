import { createHash, randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { ACT_FOR_HEADER } from './enrich-identity.ts';
import { isCacheable } from './response-cache-rules.ts';
import type { ResponseStore } from './response-store.ts';

/**
 * The response cache for public catalogue reads (docs/performance.md): a whole answer is kept for callers whose
 * rights cannot make it personal, and only when every field the operation selects is on the catalogue allow-list
 * (gateway/response-cache-rules.ts). The key holds the caller's rights class, the language asked for, the
 * operation and its variables, and a generation that each catalogue event advances, so an answer read before a
 * publish is never served after its event has arrived. The TTL is the last resort for an event that never came.
 */
export interface ResponseCacheOptions {
  store: ResponseStore;
  ttlSeconds: number;
  log: Logger;
}

export interface ResponseCache {
  plugin: GatewayPlugin;
  /**
   * Forgets every answer kept so far: called with each catalogue event's id (service published/changed/archived,
   * channel changed). Replicas that have heard the same latest event share kept answers in Redis; one that has not
   * heard it yet reads only what was kept before it, as stale as its own would be.
   */
  invalidate(eventId?: string): void;
  /** Answers served from the cache, answers kept, and invalidations, since start. */
  stats(): { hits: number; stores: number; invalidations: number };
}

export const CACHE_HEADER = 'x-cache';

type Context = { request: Request; identity?: Identity; params?: { query?: string; operationName?: string; extensions?: { persistedQuery?: unknown } } };

/**
 * Who may be served a kept answer, as a class of rights: anonymous callers, and API keys without a person (an
 * institution's or an application's own), by kind, institution and scopes. Null for everyone else: any bearer token
 * (a person's, an operator's, an institution's own system), X-Act-For, a person behind a key.
 */
export function rightsClass(request: Request, identity: Identity | undefined): string | null {
  if (!identity || request.headers.has('authorization') || request.headers.has(ACT_FOR_HEADER)) return null;
  if (identity.person || identity.onBehalfOf || identity.operator) return null;
  if (identity.kind === 'anonymous') return 'anonymous';
  if (identity.kind !== 'institution' && identity.kind !== 'application') return null;
  return `${identity.kind}:${identity.institution ?? ''}:${[...identity.scopes].sort().join(',')}`;
}

/** Whether every field `document`'s operation selects is on the allow-list; queries only. */
function onlyCatalogueFields(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || operation.operation !== 'query') return false;
  const typeInfo = new TypeInfo(schema);
  let allowed = true;
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      if (node.name.value === '__typename') return;
      const parent = typeInfo.getParentType();
      if (!parent || !typeInfo.getFieldDef() || !isCacheable(`${parent.name}.${node.name.value}`)) {
        allowed = false;
        return false as never; // stop walking: one field off the list is enough
      }
    },
  }));
  return allowed;
}

export function createResponseCache(opts: ResponseCacheOptions): ResponseCache {
  const log = opts.log.child({ component: 'response-cache' });
  // Until the first event, and after a new supergraph, a generation of this process's own.
  const fresh = () => `start:${randomUUID()}`;
  let generation = fresh();
  let hits = 0;
  let stores = 0;
  let invalidations = 0;
  // Which documents are cacheable, per schema (a new supergraph may move a field to another subgraph).
  let verdicts = new WeakMap<DocumentNode, boolean>();
  let verdictSchema: GraphQLSchema | null = null;
  const status = new WeakMap<Request, 'HIT' | 'MISS'>();

  const plugin: GatewayPlugin = {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const rights = rightsClass(context.request, context.identity);
      if (!rights) return undefined;
      if (verdictSchema !== args.schema) {
        verdicts = new WeakMap();
        verdictSchema = args.schema;
        generation = fresh();
      }
      let cacheable = verdicts.get(args.document);
      if (cacheable === undefined) verdicts.set(args.document, (cacheable = onlyCatalogueFields(args.schema, args.document, args.operationName)));
      if (!cacheable) return undefined;

      const seenGeneration = generation;
      const key = createHash('sha256')
        .update(JSON.stringify([rights, context.request.headers.get('accept-language') ?? '', args.operationName ?? '', context.params?.query ?? JSON.stringify(context.params?.extensions?.persistedQuery ?? null), args.variableValues ?? {}]))
        .digest('base64url');
      const entryKey = (g: string) => `${g}:${key}`;
      const kept = await opts.store.get(entryKey(seenGeneration)).catch((err: unknown) => {
        log.warn({ err }, 'response cache unreadable; answering without it');
        return null;
      });
      if (kept && seenGeneration === generation) {
        hits++;
        status.set(context.request, 'HIT');
        setResultAndStopExecution(JSON.parse(kept) as ExecutionResult);
        return undefined;
      }
      status.set(context.request, 'MISS');
      return {
        onExecuteDone({ result }) {
          const r = result as ExecutionResult;
          // An answer read before a catalogue event is not kept under the generation after it.
          if (Symbol.asyncIterator in (r as object) || r.errors?.length || !r.data || seenGeneration !== generation) return;
          stores++;
          opts.store.set(entryKey(seenGeneration), JSON.stringify({ data: r.data }), opts.ttlSeconds).catch((err: unknown) => log.warn({ err }, 'response cache unwritable'));
        },
      };
    },
    onResponse({ request, response }) {
      const s = status.get(request);
      if (s) response.headers.set(CACHE_HEADER, s);
    },
  };

  return {
    plugin,
    invalidate(eventId) {
      generation = eventId ? `event:${eventId}` : fresh();
      invalidations++;
      log.debug({ generation }, 'catalogue changed: kept answers dropped');
    },
    stats: () => ({ hits, stores, invalidations }),
  };
}
