import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ClientParent, ClientsContext } from '../context.ts';
import { holdingConsents } from '../data/consent-store.ts';
import type { ClientRow } from '../db/tables.ts';
import { readableFields, viewOf, type Audit } from '../domain/access.ts';

const NOT_DATA = new Set(['__typename', 'id']);

/** The Client fields a request selects here (plain, in inline fragments on Client, in fragments), sorted. */
export function selectedClientFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!NOT_DATA.has(selection.name.value)) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === 'Client') visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === 'Client') visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...names].sort();
}

async function actorOf(ctx: ClientsContext, audit: Audit): Promise<string> {
  if (audit.actorKind !== 'PERSON') return audit.actor;
  const { representative } = audit;
  return representative.name ?? (await ctx.loaders.clientById.load(representative.clientId))?.displayName ?? representative.clientId;
}

/** An application reads under the purposes of the person's consents to it. */
async function purposeOf(ctx: ClientsContext, audit: Audit, clientId: string): Promise<string | null> {
  if (audit.actorKind !== 'APPLICATION') return audit.purpose;
  const held = await holdingConsents(ctx.db, clientId, 'APPLICATION', audit.actor, ctx.now);
  return held.map((c) => c.purpose).join('; ') || null;
}

/**
 * Every way a client enters a request goes through here: what the caller may see of it is decided once, and a
 * read by anyone but the client is written to the client's access log (with the fields read) before any data
 * is returned. Null when the caller may see nothing of this client.
 */
export async function enterClient(ctx: ClientsContext, row: ClientRow, info: GraphQLResolveInfo, purpose: string | null = null): Promise<ClientParent | null> {
  const view = viewOf(ctx.identity, row.id, purpose);
  if (!view) return null;
  // What is read is what was selected and may be seen (a refused field reads nothing). Selecting only the id, to
  // reach another subgraph's data, reads nothing here (that subgraph logs its reads), except for an
  // institution's or operator's lookup: finding the client for a purpose is itself logged.
  const fields = readableFields(view, selectedClientFields(info));
  const readsData = fields.length > 0 || view.audit?.actorKind === 'INSTITUTION' || view.audit?.actorKind === 'OPERATOR';
  if (view.audit && readsData) {
    await ctx.loaders.access.record({
      clientId: row.id,
      at: ctx.now,
      actorKind: view.audit.actorKind,
      actor: await actorOf(ctx, view.audit),
      resource: `profile: ${fields.length ? fields.join(', ') : 'id'}`,
      purpose: await purposeOf(ctx, view.audit, row.id),
    });
  }
  return { ...row, view };
}
