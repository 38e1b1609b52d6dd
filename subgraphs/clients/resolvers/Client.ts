import { recognisableActors } from '../data/access-actors.ts';
import { forbidden, unavailable } from '@public-service-graph/subgraph-kit/errors';
import { pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import type { ClientParent } from '../context.ts';
import { ownEntries } from '../data/access-log-store.ts';
import { listConsents } from '../data/consent-store.ts';
import { reachability } from '../data/loaders.ts';
import { listNotifications } from '../data/notification-store.ts';
import { listRepresentations } from '../data/representation-store.ts';
import { cursorOf, fromExternal, mergePage, positionAfter } from '../domain/access-log.ts';
import { NOTHING, requirePart } from '../domain/access.ts';
import { preferencesView } from '../domain/preferences.ts';
import type { ClientResolvers } from '../generated/types.ts';
import { enterClient } from './enter.ts';

const LINKED_REGISTERS = {
  PERSON: [{ register: 'NATURAL_PERSONS_REGISTER', holderCode: 'PMLP', fields: ['displayName', 'personalCode', 'representedBy (parents)'] }],
  COMPANY: [{ register: 'ENTERPRISE_REGISTER', holderCode: 'UR', fields: ['displayName', 'registrationNumber', 'representedBy (board members)'] }],
} as const;

/** The basic data; an application that holds only a non-profile consent (CASES_READ) reaches the id alone. */
function basic(client: ClientParent): ClientParent {
  requirePart(client.view, 'basic');
  return client;
}

const timeId = (time: Date, id: string) => [time.toISOString(), id] as const;

export const Client: ClientResolvers = {
  __resolveReference: async (ref, ctx, info) => {
    const row = await ctx.loaders.clientById.load(ref.id);
    const client = row && ((await enterClient(ctx, row, info)) ?? { ...row, view: NOTHING });
    // Only `accessLog` comes with the other subgraphs' reads (@requires): refuse it plainly rather than answer a null
    // entity. A part the gateway could not fetch is refused before `accessLog` runs (subgraph-kit requires.ts).
    if (!client && ('caseAccessEvents' in ref || 'lifeSituationAccessEvents' in ref))
      throw forbidden('You may not read the access log of this client: only the client themself, or a representative with PROFILE_READ, may.');
    return client && { ...client, caseAccessEvents: ref.caseAccessEvents, lifeSituationAccessEvents: ref.lifeSituationAccessEvents };
  },

  kind: (client) => basic(client).kind,
  displayName: (client) => basic(client).displayName,
  registrationNumber: (client) => basic(client).registrationNumber,
  personalCode: (client) => (client.view.parts.has('personalCode') ? client.personalCode : null),
  linkedRegisters: (client) => LINKED_REGISTERS[basic(client).kind].map((r) => ({ ...r, fields: [...r.fields] })),

  contacts: (client, _, ctx) => {
    requirePart(client.view, 'contacts');
    return ctx.loaders.contactsByClient.load(client.id);
  },
  eAddress: (client) => {
    requirePart(client.view, 'contacts');
    return { activated: !!client.eAddressActivatedAt, activatedAt: client.eAddressActivatedAt };
  },
  preferences: async (client, _, ctx) => {
    requirePart(client.view, 'preferences');
    const [stored, reach] = await Promise.all([ctx.loaders.preferencesByClient.load(client.id), reachability(ctx.loaders, client)]);
    return preferencesView(stored, reach);
  },

  consents: async (client, args, ctx) => {
    requirePart(client.view, 'consents');
    const size = pageSize(args.first);
    const { rows, total } = await listConsents(ctx.db, client.id, args.status ?? null, args.after, size + 1, ctx.now);
    return toConnection(rows, size, (r) => timeId(r.createdAt, r.id), total);
  },
  consentsToProactiveOffers: (client, _, ctx) => {
    requirePart(client.view, 'proactiveConsent');
    return ctx.loaders.proactiveConsent.load(client.id);
  },

  notifications: async (client, args, ctx) => {
    requirePart(client.view, 'notifications');
    const size = pageSize(args.first);
    const { rows, total } = await listNotifications(ctx.db, client.id, args.after, size + 1);
    return toConnection(rows, size, (r) => timeId(r.createdAt, r.id), total);
  },

  representing: async (client, args, ctx) => {
    requirePart(client.view, 'representations');
    const size = pageSize(args.first);
    const { rows, total } = await listRepresentations(ctx.db, 'representing', client.id, args.includeInactive ?? false, args.after, size + 1, ctx.now);
    return toConnection(rows, size, (r) => timeId(r.createdAt, r.id), total);
  },
  representedBy: async (client, args, ctx) => {
    requirePart(client.view, 'representations');
    const size = pageSize(args.first);
    const { rows, total } = await listRepresentations(ctx.db, 'representedBy', client.id, args.includeInactive ?? false, args.after, size + 1, ctx.now);
    return toConnection(rows, size, (r) => timeId(r.createdAt, r.id), total);
  },

  accessLog: async (client, args, ctx) => {
    requirePart(client.view, 'accessLog');
    const size = pageSize(args.first);
    const after = positionAfter(args.after);
    const own = await ownEntries(ctx.db, client.id, after, size + 1);
    // A log with a part missing would tell the client nobody read what someone did: refuse it while a part is down
    // (null, or what the gateway got instead; an absent part never reaches here).
    if (!Array.isArray(client.caseAccessEvents) || !Array.isArray(client.lifeSituationAccessEvents))
      throw unavailable('Part of your access log cannot be read right now; try again shortly.');
    const cases = fromExternal(client.caseAccessEvents, 'cases');
    const lifeSituations = fromExternal(client.lifeSituationAccessEvents, 'life-situations');
    const page = mergePage([own.rows, cases, lifeSituations], after, size);
    const rows = await recognisableActors(ctx.db, ctx.loaders.clientById, client.id, page.rows);
    const hasNextPage = page.hasNextPage;
    const edges = rows.map((node) => ({ cursor: cursorOf(node), node }));
    return { edges, nodes: rows, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: own.total + cases.length + lifeSituations.length };
  },
};
