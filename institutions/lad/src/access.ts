import type { Identity } from './identity.ts';

/**
 * Who may see what of LAD's data. The gateway has authenticated the caller and verified any representation
 * (`onBehalfOf`); these rules decide, and nothing else in the subgraph does.
 */

/** LAD's own code in the platform's institution register. */
export const LAD = 'LAD';

/**
 * Whose farm `Client.ladFarm` may show for the client `clientId`: the holder code (personal code or registration
 * number) to look up, or null when the caller may not see it. Client ids are pseudonymous: LAD can map one only
 * when the caller's own identity names it, so institutions (LAD included) and operators get null.
 */
export function farmHolderFor(identity: Identity, clientId: string): string | null {
  if (identity.onBehalfOf?.clientId === clientId) return identity.onBehalfOf.code;
  if (identity.person?.clientId === clientId) return identity.person.personalCode;
  return null;
}

/** Whether the caller may see any declaration at all: spares the database for callers who never may. */
export const mayReadSomeDeclaration = (identity: Identity): boolean =>
  identity.institution === LAD || identity.person !== null;

/**
 * Whether the caller may see the declared field areas of an application made by `applicantCode`: LAD itself
 * sees all; a person sees the applications they made, and those of the party they act for.
 */
export function mayReadDeclaration(identity: Identity, applicantCode: string): boolean {
  if (identity.institution === LAD) return true;
  if (identity.person && identity.person.personalCode === applicantCode) return true;
  if (identity.person && identity.onBehalfOf?.code === applicantCode) return true;
  return false;
}
