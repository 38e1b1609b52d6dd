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
 * The graph cannot answer now: it refused for the rate limit (429, with the seconds to wait), or it is down, or nothing
 * of the answer came (503). The person gets a page saying so, with the same status; it is no fault of the portal.
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

type GraphQLErrorBody = { message: string; path?: (string | number)[]; extensions?: { code?: string; retryAfter?: unknown; retryAfterSeconds?: unknown } };

/** The paths an answer lacks for an outage ("me.cases", "client.cases.nodes.0.service.name"), by answer. */
const gaps = new WeakMap<object, string[]>();

/**
 * Whether the value at `path` (dotted, as in the query; without it, anything) is missing, wholly or in part, because a
 * part of the graph is down: the page shows what came and, in this value's place, a notice to try again later.
 */
export const unavailable = (answer: unknown, path = ''): boolean =>
  (gaps.get(answer as object) ?? []).some((gap) => !path || `${gap}.`.startsWith(`${path}.`) || path.startsWith(`${gap}.`));

/**
 * The answer's `data`. A part of the graph down costs only its fields (null, with a coded error on their path): the
 * rest is returned, their paths kept for `unavailable`. Only an answer with nothing in it is a GraphUnavailable.
 */
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
  const body = (await res.json().catch(() => ({}))) as { data?: T | null; errors?: GraphQLErrorBody[] };
  const retryAfter = retryAfterOf(res.headers.get('retry-after'));
  const errors = body.errors ?? [];
  const outages = errors.filter((e) => UNAVAILABLE.has(e.extensions?.code ?? ''));
  const refusal = errors.find((e) => !outages.includes(e));
  if (res.status === 429 || refusal?.extensions?.code === 'RATE_LIMITED')
    throw new GraphUnavailable(429, retryAfter ?? retryAfterOf(String(refusal?.extensions?.retryAfter ?? '')));
  const data = body.data;
  const nothing = !data || (outages.length > 0 && Object.values(data).every((v) => v == null)) || outages.some((e) => !e.path?.length);
  if (res.status >= 500 || (nothing && !refusal)) throw new GraphUnavailable(503, retryAfter ?? retryAfterOf(String(outages[0]?.extensions?.retryAfterSeconds ?? '')));
  if (refusal) throw new GraphError(refusal.extensions?.code ?? 'INTERNAL_SERVER_ERROR', refusal.message);
  gaps.set(data as object, outages.map((e) => e.path!.join('.')));
  return data as T;
}

/** Retry-After passed on only as a whole number of seconds: never a header value the graph could inject. */
function retryAfterOf(value: string | null): string | undefined {
  return value && /^\d{1,6}$/.test(value) ? value : undefined;
}
