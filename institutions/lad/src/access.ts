import type { Identity } from '@public-service-graph/subgraph-kit/identity';

/**
 * Who may see what of LAD's data. The gateway has authenticated the caller and verified any representation
 * (`onBehalfOf`); these rules decide, and nothing else in the subgraph does.
 */

/** LAD's own code in the platform's institution register. */
export const LAD = 'LAD';

/**
 * The consent a person gives an application to read their profile (the clients subgraph grants it; the gateway
 * puts it in the identity). Without it an application holding a person's token sees none of their LAD data.
 */
export const PROFILE_CONSENT = 'consent:profile:read';

/** The person whose data the caller may see as that person: a signed-in person, or an application they consented to. */
const personOf = (identity: Identity) =>
  identity.kind === 'person' || (identity.kind === 'application' && identity.scopes.includes(PROFILE_CONSENT)) ? identity.person : null;

/**
 * Whose farm `Client.ladFarm` may show for the client `clientId`: the holder code (personal code or registration
 * number) to look up, or null when the caller may not see it. Client ids are pseudonymous: LAD can map one only
 * when the caller's own identity names it, so institutions (LAD included) and operators get null.
 */
export function farmHolderFor(identity: Identity, clientId: string): string | null {
  const person = personOf(identity);
  if (!person) return null;
  if (identity.onBehalfOf?.clientId === clientId) return identity.onBehalfOf.code ?? null;
  if (person.clientId === clientId) return person.personalCode ?? null;
  return null;
}

/** Whether the caller may see any declaration at all: spares the database for callers who never may. */
export const mayReadSomeDeclaration = (identity: Identity): boolean =>
  identity.institution === LAD || personOf(identity) !== null;

/**
 * Whether the caller may see the declared field areas of an application made by `applicantCode`: LAD itself
 * sees all; a person sees the applications they made, and those of the party they act for (so does an application
 * they consented to).
 */
export function mayReadDeclaration(identity: Identity, applicantCode: string): boolean {
  if (identity.institution === LAD) return true;
  const person = personOf(identity);
  return person !== null && (person.personalCode === applicantCode || identity.onBehalfOf?.code === applicantCode);
}
