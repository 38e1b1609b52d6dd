import { fetch } from '@whatwg-node/fetch';
import { RETRY_AFTER_SECONDS, badInput, forbidden, graphqlError, unauthenticated, unavailable } from '@public-service-graph/subgraph-kit/errors';
import { parseAcceptLanguage } from '@public-service-graph/subgraph-kit/i18n';
import type { Identity, PartyRef } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { GATEWAY_SERVICE, isDelegatedScope } from '@public-service-graph/subgraph-kit/scopes';
import { traceHeaders } from '@public-service-graph/subgraph-kit/tracing';
import type { RepresentationCache } from './enrichment-cache.ts';
import type { InternalTokenSigner } from './internal-token.ts';

/** A person acting for another party names it here: a registration number or a personal code. */
export const ACT_FOR_HEADER = 'x-act-for';

const QUERY = `query GatewayAuthorization($input: GatewayAuthorizationInput!) {
  gatewayAuthorization(input: $input) { onBehalfOf { clientId code kind } scopes refusal { code message } language }
}`;

interface Answer {
  onBehalfOf: PartyRef | null;
  scopes: string[];
  refusal: { code: string; message: string } | null;
  language?: string | null;
}

export interface IdentityEnricher {
  enrich(identity: Identity, request: Request, params?: { query?: string; operationName?: string }): Promise<Identity>;
}

export interface EnricherOptions {
  /**
   * The clients subgraph's GraphQL URL, or a function giving the current one (the served supergraph may change). Null
   * when the graph has no clients subgraph: requests that need its check are refused with CLIENTS_CHECK_UNAVAILABLE.
   */
  clientsUrl: string | null | (() => string | null);
  signer: InternalTokenSigner;
  timeoutMs: number;
  log: Logger;
  /** X-Act-For answers kept briefly and dropped on consent/representation events (gateway/enrichment-cache.ts); none kept without. */
  representations?: RepresentationCache;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** "query CaseStatuses", for the consent use log; unnamed operations are "anonymous operation". */
export function operationLabel(params?: { query?: string; operationName?: string }): string {
  const query = params?.query ?? '';
  const wanted = params?.operationName && NAME.test(params.operationName) ? params.operationName : null;
  const match = wanted
    ? new RegExp(`\\b(query|mutation|subscription)\\s+${wanted}\\b`).exec(query)
    : /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query);
  const name = wanted ?? match?.[2];
  return name ? `${match?.[1] ?? 'query'} ${name}` : 'anonymous operation';
}

/**
 * The identity enrichment step: after authentication and before execution, the gateway asks the clients
 * subgraph (which owns representation and consents) two things, and puts the answers into the identity every
 * subgraph receives:
 * - with `X-Act-For`, whether the signed-in person may act for that party: `onBehalfOf` and `represent:*`
 *   scopes, or FORBIDDEN with the reason;
 * - for an application holding a person's token, which `consent:*` scopes the person has granted it (each
 *   consent's use is recorded there).
 * Scopes with those prefixes in the caller's own token are dropped first: only the clients subgraph grants them.
 * A person's request without Accept-Language also gets the person's stored language (`preferredLanguage`), which
 * the gateway forwards as the request's language; that question alone never refuses a request.
 * Consent answers are never cached: a revoked consent stops working on the very next request, and each use is
 * logged. X-Act-For answers may be kept briefly when the gateway hears representation events (`representations`).
 * bench/identity-enrichment.ts measures what the extra call costs.
 */
export function createIdentityEnricher(opts: EnricherOptions): IdentityEnricher {
  const log = opts.log.child({ component: 'enrich-identity' });

  const currentClientsUrl = typeof opts.clientsUrl === 'function' ? opts.clientsUrl : () => opts.clientsUrl as string | null;

  async function ask(input: Record<string, string | null>): Promise<Answer> {
    const clientsUrl = currentClientsUrl();
    if (!clientsUrl)
      throw graphqlError('CLIENTS_CHECK_UNAVAILABLE', 'This graph has no clients subgraph, so it cannot check representation (X-Act-For) or a person’s consents to an application: send the request without them, or to a graph that has one.');
    let body: { data?: { gatewayAuthorization?: Answer }; errors?: { message: string }[] };
    try {
      // The runtime's own HTTP client: the global fetch (undici) cost about three times its CPU per call under the
      // gateway bench, on every request of a person that names no language. The timer is cleared with the answer.
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new Error(`No answer from the clients subgraph within ${opts.timeoutMs} ms`)), opts.timeoutMs);
      try {
        const res = await fetch(clientsUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await opts.signer.sign(GATEWAY_SERVICE, 'clients')}`, ...traceHeaders() },
          body: JSON.stringify({ query: QUERY, variables: { input } }),
          signal: timeout.signal,
        });
        body = (await res.json()) as typeof body;
      } finally {
        clearTimeout(timer);
      }
    } catch (err) {
      log.error({ err }, 'clients subgraph unreachable');
      throw unavailable(`Representation and consents cannot be checked right now; ask again in ${RETRY_AFTER_SECONDS} seconds.`);
    }
    const answer = body.data?.gatewayAuthorization;
    if (!answer) {
      log.error({ errors: body.errors }, 'clients subgraph refused the gateway authorization query');
      throw graphqlError('INTERNAL_SERVER_ERROR', 'Representation and consents cannot be checked right now; try again shortly.');
    }
    return answer;
  }

  return {
    async enrich(identity, request, params) {
      const actFor = request.headers.get(ACT_FOR_HEADER)?.trim() || null;
      const own = identity.scopes.filter((s) => !isDelegatedScope(s));
      const base = own.length === identity.scopes.length ? identity : { ...identity, scopes: own };
      if (actFor) {
        if (identity.kind === 'anonymous') throw unauthenticated('X-Act-For needs a signed-in person: send their bearer token too.');
        if (identity.kind !== 'person')
          throw forbidden('X-Act-For is for a person signed in on a state portal; applications, institutions and operators cannot act for a party.');
      }
      const application = identity.kind === 'application' && identity.person ? identity.application : null;
      // A person's request that names no language is read in their stored preference.
      const wantsLanguage = identity.person !== null && !parseAcceptLanguage(request.headers.get('accept-language')).length;
      if (!actFor && !application && !wantsLanguage) return base;
      if (!actFor && !application) {
        // Only the language is asked: if it cannot be had, the request goes on in the default language.
        const answer = await ask({ personClientId: identity.person!.clientId, application: null, actFor: null, operation: null }).catch(() => null);
        return answer?.language ? { ...base, preferredLanguage: answer.language } : base;
      }

      const personClientId = identity.person!.clientId;
      const answer = actFor && !application && opts.representations
        ? await opts.representations.get(personClientId, actFor, () => ask({ personClientId, application: null, actFor, operation: null }))
        : await ask({ personClientId, application, actFor, operation: application ? operationLabel(params) : null });
      if (answer.refusal) {
        if (answer.refusal.code === 'BAD_USER_INPUT') throw badInput(answer.refusal.message, { header: 'X-Act-For' });
        throw forbidden(answer.refusal.message);
      }
      return { ...base, onBehalfOf: answer.onBehalfOf ?? null, scopes: [...own, ...answer.scopes], ...(wantsLanguage && answer.language ? { preferredLanguage: answer.language } : {}) };
    },
  };
}

/** The clients subgraph's routing URL in a supergraph SDL. */
export function clientsUrlIn(supergraphSdl: string): string | null {
  return /@join__graph\(name: "clients", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1] ?? null;
}
