import type { Lang } from './i18n.ts';

/**
 * The portal's only source of data: the public GraphQL endpoint, as any portal team would call it. The person's
 * access token goes as a bearer token, the represented party as X-Act-For, the language as Accept-Language.
 */
export class GraphError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface GraphCaller {
  lang: Lang;
  accessToken?: string;
  actFor?: string;
  /** The portal's API key, sent without a person's token only (with one, the gateway would take the portal for a third-party application). */
  apiKey?: string;
}

export async function callGraph<T = any>(url: string, caller: GraphCaller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
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
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new GraphError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message);
  return body.data as T;
}
