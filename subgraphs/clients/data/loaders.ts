import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import { byKey, groupBy } from '@public-service-graph/subgraph-kit/batch';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import { clients, type ClientRow, type ConsentUseRow } from '../db/tables.ts';
import { createAccessRecorder } from './access-log-store.ts';
import { contactsOf } from './contact-store.ts';
import { clientsWithHoldingScope, firstUses, useCounts } from './consent-store.ts';
import type { Reachability } from '../domain/preferences.ts';
import { preferencesOf } from './preference-store.ts';

/** One set per request. `now` is the request's clock for every rule and every timestamp written. */
export const createClientLoaders = (db: Db, now: Date) => ({
  clientById: new DataLoader<string, ClientRow | null>(async (ids) =>
    byKey(ids, await prepared(db, 'clients.byId', () => db.select().from(clients).where(sql`${clients.id} = any(${sql.placeholder('ids')})`)).execute({ ids: ids.filter(isUuid) }), (r) => r.id)),
  contactsByClient: new DataLoader(async (ids: readonly string[]) => groupBy(ids, await contactsOf(db, ids), (r) => r.clientId)),
  preferencesByClient: new DataLoader(async (ids: readonly string[]) => byKey(ids, await preferencesOf(db, ids), (r) => r.clientId)),
  proactiveConsent: new DataLoader(async (ids: readonly string[]) => {
    const yes = new Set(await clientsWithHoldingScope(db, ids, 'PROACTIVE_OFFERS', now));
    return ids.map((id) => yes.has(id));
  }),
  /** Key "<consent id>|<page size + 1>": first pages of many consents' uses in one statement per size. */
  firstUses: new DataLoader<string, ConsentUseRow[]>(async (keys) => {
    const bySize = new Map<number, string[]>();
    for (const key of keys) {
      const [id, n] = key.split('|');
      bySize.set(Number(n), [...(bySize.get(Number(n)) ?? []), id]);
    }
    const found = new Map<string, ConsentUseRow[]>();
    for (const [n, ids] of bySize) {
      const rows = await firstUses(db, ids, n);
      for (const [i, list] of groupBy(ids, rows, (r) => r.consentId).entries()) found.set(`${ids[i]}|${n}`, list.map(({ rank: _rank, ...use }) => use));
    }
    return keys.map((k) => found.get(k) ?? []);
  }),
  useCount: new DataLoader(async (ids: readonly string[]) => {
    const counts = new Map((await useCounts(db, ids)).map((r) => [r.consentId, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  }),
  access: createAccessRecorder(db),
});

export type ClientLoaders = ReturnType<typeof createClientLoaders>;

/** Where the client can be reached now: decides which notification channels are available. */
export async function reachability(loaders: ClientLoaders, client: Pick<ClientRow, 'id' | 'eAddressActivatedAt'>): Promise<Reachability> {
  const contacts = await loaders.contactsByClient.load(client.id);
  return { eAddress: !!client.eAddressActivatedAt, email: contacts.some((c) => c.kind === 'EMAIL'), phone: contacts.some((c) => c.kind === 'PHONE') };
}
