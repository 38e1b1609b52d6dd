import type { Lang } from './lang.ts';

/**
 * The portal's only source of data: the public GraphQL endpoint, as any portal team would call it. The person's
 * access token goes as a bearer token, the represented party as X-Act-For, the language as Accept-Language.
 */
export class GraphError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The graph cannot answer now: it refused for the rate limit (429, with the seconds to wait), or it, or a subgraph
 * behind it, is down (503). The person gets a page saying so, with the same status; it is no fault of the portal.
 */
export class GraphUnavailable extends Error {
  constructor(readonly status: 429 | 503, readonly retryAfter?: string) {
    super(status === 429 ? 'The graph refused for its rate limit.' : 'The graph is unavailable.');
  }
}

/** Codes that mean "try again later" rather than "this request is wrong". */
const UNAVAILABLE = new Set(['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'DOWNSTREAM_SERVICE_ERROR']);

export interface GraphCaller {
  lang: Lang;
  accessToken?: string;
  actFor?: string;
  /** The portal's API key, sent without a person's token only (with one, the gateway would take the portal for a third-party application). */
  apiKey?: string;
}

export async function callGraph<T = any>(url: string, caller: GraphCaller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': caller.lang,
        ...(caller.accessToken ? { authorization: `Bearer ${caller.accessToken}` } : {}),
        ...(caller.actFor ? { 'x-act-for': caller.actFor } : {}),
        ...(caller.apiKey ? { 'x-api-key': caller.apiKey } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphUnavailable(503);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string; retryAfter?: unknown; retryAfterSeconds?: unknown } }[] };
  const retryAfter = retryAfterOf(res.headers.get('retry-after'));
  const error = body.errors?.[0];
  const code = error?.extensions?.code;
  if (res.status === 429 || code === 'RATE_LIMITED') throw new GraphUnavailable(429, retryAfter ?? retryAfterOf(String(error?.extensions?.retryAfter ?? '')));
  if (res.status >= 500 || (code && UNAVAILABLE.has(code)) || (!error && body.data === undefined))
    throw new GraphUnavailable(503, retryAfter ?? retryAfterOf(String(error?.extensions?.retryAfterSeconds ?? '')));
  if (error) throw new GraphError(code ?? 'INTERNAL_SERVER_ERROR', error.message);
  return body.data as T;
}

/** Retry-After passed on only as a whole number of seconds: never a header value the graph could inject. */
function retryAfterOf(value: string | null): string | undefined {
  return value && /^\d{1,6}$/.test(value) ? value : undefined;
}
