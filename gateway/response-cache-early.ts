import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { KeptAnswerGate, KeptOperation } from './access/kept-answers.ts';
import { ACT_FOR_HEADER } from './enrich-identity.ts';
import { API_KEY_HEADER } from './request-identity.ts';
import { rightsClass } from './response-cache-rules.ts';

/**
 * The response cache's early path (gateway/response-cache.ts): a request this process has already answered the
 * ordinary way, byte for byte the same and from a caller of the same rights class, is answered from the kept bytes
 * as soon as it arrives, before its parameters are parsed, its identity enriched, its document validated and its
 * operation planned. What the ordinary path learnt about it (its cache key, the document's facts, the media type
 * of the answer) is remembered here per request; the answer itself stays in the store under the current generation.
 */
export interface KeptRequest {
  /** The answer's key in the store, less the generation. */
  key: string;
  contentType: string;
  operation: KeptOperation;
}

/** The requests the early path recognises, at most `maxEntries`, the oldest forgotten first. */
export class KeptRequests {
  private readonly entries = new Map<string, KeptRequest>();

  constructor(private readonly maxEntries: number) {}

  get(early: string): KeptRequest | undefined {
    return this.entries.get(early);
  }

  set(early: string, kept: KeptRequest): void {
    this.entries.delete(early);
    this.entries.set(early, kept);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** A new schema: the documents' facts (cost, fields) are the old schema's. */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * The rights class of a request before the GraphQL layer has seen it, or null when it may not be served early.
 * Anonymous from the headers alone; an API key once the access layer has verified it, with `persistedOnly` in the
 * class, since such a key may not send a query's text that another key of the same rights may. Never with
 * `Authorization` or `X-Act-For`, never a key with a person (response-cache-rules.ts, rightsClass).
 */
export async function earlyRightsClass(request: Request, gate: KeptAnswerGate | undefined): Promise<string | null> {
  if (request.headers.has('authorization') || request.headers.has(ACT_FOR_HEADER)) return null;
  if (!request.headers.has(API_KEY_HEADER)) return 'anonymous';
  const caller = gate && (await gate.caller(request).catch(() => null));
  if (!caller?.key) return null;
  const rights = rightsClass(request, caller.identity);
  return rights && `${rights}:${caller.key.persistedOnly ? 'persisted-only' : 'any-document'}`;
}

const JSON_BODY = /^application\/([\w.-]+\+)?json\b/i;
const OPEN_BRACE = 0x7b;

/** Whether `body` holds one JSON object (one operation), not a batch (an array). */
function oneOperation(body: Buffer): boolean {
  for (const byte of body) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return byte === OPEN_BRACE;
  return false;
}

/**
 * The early path's key of a request: its rights class, method, path and query string, the headers that decide the
 * answer's language and media type, and its body as sent. Null for what it does not answer: other methods, a POST
 * whose body the HTTP guard has not read (a gateway without the access layer), a body that is not one JSON operation.
 */
export function earlyKey(request: Request, url: URL, req: http.IncomingMessage | undefined, rights: string): string | null {
  let body: Buffer | undefined;
  if (request.method === 'POST') {
    body = (req as { body?: unknown } | undefined)?.body as Buffer | undefined;
    if (!Buffer.isBuffer(body) || !JSON_BODY.test(request.headers.get('content-type') ?? '') || !oneOperation(body)) return null;
  } else if (request.method !== 'GET') return null;
  const h = request.headers;
  const hash = createHash('sha256').update(JSON.stringify([rights, request.method, url.pathname, url.search, h.get('content-type'), h.get('accept'), h.get('accept-language')]));
  if (body) hash.update(body);
  return hash.digest('base64url');
}
