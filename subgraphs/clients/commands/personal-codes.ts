import { parseId } from '@public-service-graph/subgraph-kit/errors';
import type { ClientsContext } from '../context.ts';
import { accessLog } from '../db/tables.ts';
import { requireGateway } from '../domain/access.ts';
import type { PersonalCodeForwardingInput } from '../generated/types.ts';

/**
 * The gateway is about to send personal codes to a subgraph registered for them (gateway/personal-codes.ts): each
 * client whose code goes gets an entry in their access log, with the subgraph and its registered purpose.
 */
export async function recordPersonalCodeForwarding(ctx: ClientsContext, input: PersonalCodeForwardingInput): Promise<boolean> {
  requireGateway(ctx.identity);
  const clientIds = [...new Set(input.clientIds.map((id) => parseId(id, 'client')))];
  if (clientIds.length)
    await ctx.db.insert(accessLog).values(clientIds.map((clientId) => ({
      clientId, at: ctx.now, actorKind: 'INSTITUTION' as const, actor: `subgraph ${input.subgraph}`, resource: 'personal code (sent in the identity token)', purpose: input.purpose,
    })));
  return true;
}
