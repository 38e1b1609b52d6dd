import { badInput, forbidden } from '@public-service-graph/subgraph-kit/errors';
import { ensurePerson, findClient } from '../data/client-store.ts';
import { mayLookUpClients, signedInPerson, viewOf } from '../domain/access.ts';
import { personalCodeOrThrow, registrationNumberOrThrow } from '../domain/identifiers.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { enterClient } from './enter.ts';
import { gatewayAuthorization } from './gateway.ts';

const PURPOSE = { min: 3, max: 300 };

export const Query: QueryResolvers = {
  me: async (_, __, ctx, info) => {
    const person = signedInPerson(ctx.identity);
    if (!viewOf(ctx.identity, person.clientId))
      throw forbidden("An application may read a person's profile only with that person's consent: ask for it with requestConsent.");
    const row = (await ctx.loaders.clientById.load(person.clientId)) ?? (await ensurePerson(ctx.db, person));
    return (await enterClient(ctx, row, info))!;
  },

  actingFor: async (_, __, ctx, info) => {
    const party = ctx.identity.onBehalfOf;
    if (!party) return null;
    const row = await ctx.loaders.clientById.load(party.clientId);
    return row && enterClient(ctx, row, info);
  },

  client: async (_, args, ctx, info) => {
    if (!mayLookUpClients(ctx.identity))
      throw forbidden('Only institutions and operators look clients up; a person reads their own profile with `me`, or a represented party with X-Act-For and `actingFor`.');
    const purpose = args.purpose?.trim() ?? '';
    if (purpose.length < PURPOSE.min || purpose.length > PURPOSE.max)
      throw badInput(`State the purpose of the read (${PURPOSE.min}–${PURPOSE.max} characters), e.g. "processing application PMLP-2026/004211": it goes to the client's access log.`, { argument: 'purpose' });
    if ((args.personalCode == null) === (args.registrationNumber == null))
      throw badInput('Name the client by exactly one of personalCode or registrationNumber.', { argument: args.personalCode == null ? 'personalCode' : 'registrationNumber' });
    const party = args.personalCode != null
      ? { kind: 'person' as const, code: personalCodeOrThrow(args.personalCode, 'personalCode').code, birthDate: null }
      : { kind: 'company' as const, code: registrationNumberOrThrow(args.registrationNumber!, 'registrationNumber') };
    const row = await findClient(ctx.db, party);
    return row && enterClient(ctx, row, info, purpose);
  },

  gatewayAuthorization,
};
