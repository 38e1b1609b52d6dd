import { createHash, randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { TypeInfo, getOperationAST, visit, visitWithTypeInfo, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { KeptAnswerGate, KeptOperation } from './access/kept-answers.ts';
import { KeptRequests, earlyKey, earlyRightsClass, type KeptRequest } from './response-cache-early.ts';
import { isCacheable, rightsClass } from './response-cache-rules.ts';
import { describeEarlyAnswer } from './telemetry.ts';
import type { ResponseStore } from './response-store.ts';

/**
 * The response cache for public catalogue reads (docs/performance.md): a whole answer is kept for callers whose
 * rights cannot make it personal, and only when every field the operation selects is on the catalogue allow-list
 * (gateway/response-cache-rules.ts). The key holds the caller's rights class, the language asked for, the
 * operation and its variables, and a generation that each catalogue event advances, so an answer read before a
 * publish is never served after its event has arrived. The TTL is the last resort for an event that never came.
 * A request answered before is served again from `onRequest`, ahead of the GraphQL pipeline
 * (gateway/response-cache-early.ts); the first of its kind, and any other, is looked up in `onExecute`.
 */
export interface ResponseCacheOptions {
  store: ResponseStore;
  ttlSeconds: number;
  log: Logger;
  /** How many requests the early path recognises (RESPONSE_CACHE_MAX_ENTRIES). */
  maxRequests: number;
  /**
   * The access layer's rate limit and usage counts for answers served early; without it (a gateway without the
   * access layer, which has no rate limit) only anonymous GET requests are served early.
   */
  gate?: KeptAnswerGate;
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

/** Answers the early path may repeat: plain GraphQL-over-HTTP JSON, not a multipart or event stream. */
const JSON_ANSWER = /^application\/(graphql-response\+)?json\b/i;

type Context = { request: Request; identity?: Identity; params?: KeptOperation['params'] };

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
  // The early path: requests it recognises, and per request on the ordinary path what it may learn from it.
  const requests = new KeptRequests(opts.maxRequests);
  const learning = new WeakMap<Request, { early: string; operations: number; kept?: Omit<KeptRequest, 'contentType'> }>();
  const read = (key: string) =>
    opts.store.get(key).catch((err: unknown) => {
      log.warn({ err }, 'response cache unreadable; answering without it');
      return null;
    });

  const plugin: GatewayPlugin = {
    onSchemaChange() {
      requests.clear();
    },
    // After the access layer's own onRequest (the failed-authentication limit), before the request is parsed.
    async onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      const req = (serverContext as { req?: http.IncomingMessage }).req;
      const rights = await earlyRightsClass(request, opts.gate);
      const early = rights && earlyKey(request, url, req, rights);
      if (!early) return;
      learning.set(request, { early, operations: 0 });
      const known = requests.get(early);
      if (!known) return;
      const seenGeneration = generation;
      const kept = await read(`${seenGeneration}:${known.key}`);
      // Missing, or read across a catalogue event: the ordinary path answers (and keeps the answer again).
      if (!kept || seenGeneration !== generation) return;
      if (opts.gate && !(await opts.gate.admit(request, req, known.operation))) return;
      hits++;
      const { operation } = known;
      describeEarlyAnswer(request, getOperationAST(operation.document, operation.operationName)?.name?.value ?? null, rights.startsWith('anonymous') ? 'anonymous' : (rights.split(':')[0] as Identity['kind']));
      // The server's own Response: the node adapter writes its string body as it is (the global one streams it).
      endResponse(new fetchAPI.Response(kept, { status: 200, headers: { 'content-type': known.contentType, [CACHE_HEADER]: 'HIT' } }));
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const learnt = learning.get(context.request);
      if (learnt) learnt.operations++;
      const rights = rightsClass(context.request, context.identity);
      if (!rights) return undefined;
      if (verdictSchema !== args.schema) {
        verdicts = new WeakMap();
        verdictSchema = args.schema;
        generation = fresh();
        requests.clear();
      }
      let cacheable = verdicts.get(args.document);
      if (cacheable === undefined) verdicts.set(args.document, (cacheable = onlyCatalogueFields(args.schema, args.document, args.operationName)));
      if (!cacheable) return undefined;

      const seenGeneration = generation;
      const key = createHash('sha256')
        .update(JSON.stringify([rights, context.request.headers.get('accept-language') ?? '', args.operationName ?? '', context.params?.query ?? JSON.stringify(context.params?.extensions?.persistedQuery ?? null), args.variableValues ?? {}]))
        .digest('base64url');
      const operation = { schema: args.schema, document: args.document, operationName: args.operationName, variables: args.variableValues, params: context.params ?? {} };
      const entryKey = (g: string) => `${g}:${key}`;
      const kept = await read(entryKey(seenGeneration));
      if (kept && seenGeneration === generation) {
        hits++;
        status.set(context.request, 'HIT');
        if (learnt) learnt.kept = { key, operation };
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
          if (learnt) learnt.kept = { key, operation };
          opts.store.set(entryKey(seenGeneration), JSON.stringify({ data: r.data }), opts.ttlSeconds).catch((err: unknown) => log.warn({ err }, 'response cache unwritable'));
        },
      };
    },
    onResponse({ request, response }) {
      const s = status.get(request);
      if (s) response.headers.set(CACHE_HEADER, s);
      // A request of one operation whose answer is kept, answered as JSON: the next one like it is answered early.
      const learnt = learning.get(request);
      const contentType = response.headers.get('content-type') ?? '';
      if (learnt?.kept && learnt.operations === 1 && response.status === 200 && JSON_ANSWER.test(contentType)) requests.set(learnt.early, { ...learnt.kept, contentType });
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
