import { isUuid, parseId } from '@public-service-graph/subgraph-kit/errors';
import type { ClientsContext } from '../context.ts';
import { findClient, findClientById } from '../data/client-store.ts';
import { holdingConsents, recordUses } from '../data/consent-store.ts';
import { activeRepresentations } from '../data/representation-store.ts';
import { requireGateway } from '../domain/access.ts';
import { identityScopes as consentScopes } from '../domain/consent.ts';
import { parsePartyIdentifier } from '../domain/identifiers.ts';
import { identityScopes as representScopes } from '../domain/representation.ts';
import type { GatewayAuthorization, QueryGatewayAuthorizationArgs } from '../generated/types.ts';

const refuse = (code: 'FORBIDDEN' | 'BAD_USER_INPUT', message: string): GatewayAuthorization => ({ onBehalfOf: null, scopes: [], refusal: { code, message } });

/**
 * The gateway's question about one request (gateway/enrich-identity.ts): may the person act for the party in
 * X-Act-For, with which scopes; which consent scopes does the application hold. Each consent relied on gets a
 * use recorded. Asked on every such request, so a revocation takes effect on the next one.
 */
export async function gatewayAuthorization(_: unknown, { input }: QueryGatewayAuthorizationArgs, ctx: ClientsContext): Promise<GatewayAuthorization> {
  requireGateway(ctx.identity);
  const personId = parseId(input.personClientId, 'client');
  const scopes: string[] = [];
  let onBehalfOf: GatewayAuthorization['onBehalfOf'] = null;

  if (input.actFor != null) {
    // A portal switches by the party's id from `representing` (ClientSummary.id), which names no personal code.
    const byId = isUuid(input.actFor.trim());
    const party = byId ? { kind: 'id', code: input.actFor.trim().toLowerCase() } as const : parsePartyIdentifier(input.actFor);
    if ('problem' in party) return refuse('BAD_USER_INPUT', `X-Act-For: ${party.message}`);
    const row = party.kind === 'id' ? await findClientById(ctx.db, party.code) : await findClient(ctx.db, party);
    if (row?.id === personId) return refuse('BAD_USER_INPUT', 'X-Act-For names you: to act as yourself, send no X-Act-For header.');
    const held = row ? await activeRepresentations(ctx.db, personId, row.id, ctx.now) : [];
    // The same answer whether the party is unknown or not represented: the header reveals no one's existence.
    if (!row || !held.length) return refuse('FORBIDDEN', `You may not act for ${party.code}: no valid representation (board member, parent of a minor, power of attorney) is on record.`);
    scopes.push(...representScopes(held));
    onBehalfOf = row.kind === 'PERSON'
      ? { clientId: row.id, code: row.personalCode!, kind: 'person' }
      : { clientId: row.id, code: row.registrationNumber!, kind: 'company' };
  }

  if (input.application != null) {
    const held = await holdingConsents(ctx.db, personId, 'APPLICATION', input.application, ctx.now);
    scopes.push(...consentScopes(held));
    await recordUses(ctx.db, held.map((c) => c.id), input.operation?.slice(0, 200) || 'anonymous operation', ctx.now);
  }
  return { onBehalfOf, scopes, refusal: null };
}
