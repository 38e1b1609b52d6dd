import type { ClientsContext } from '../context.ts';
import { ensurePerson } from '../data/client-store.ts';
import { managedClient, type Managed } from '../domain/access.ts';

/**
 * The client a mutation changes (the signed-in person, or the party they act for with the right scope), with its
 * row present: a person who has never opened `me` gets one first.
 */
export async function managed(ctx: ClientsContext, what: 'profile' | 'powers' = 'profile'): Promise<Managed> {
  const m = managedClient(ctx.identity, what);
  if (m.clientId === m.actor.clientId && !(await ctx.loaders.clientById.load(m.clientId))) await ensurePerson(ctx.db, m.actor);
  return m;
}

/** An optional DateTime argument (the scalar gives a Date; a string passes through codegen's type). */
export const dateInput = (value: Date | string | null | undefined): Date | null => (value == null ? null : new Date(value));
