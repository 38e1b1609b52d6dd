import {
  buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, isUnionType,
  type GraphQLArgument, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { html } from 'hono/html';
import type { Html, View } from '../layout.ts';

/** The API catalogue: the live public contract's types and fields, searchable, with who owns each type. */

export const CONTRACT = `{
  publicContractVersions(first: 1) { nodes { version sdl typeOwners { type subgraphs } } }
  subgraphStatuses { name owner }
}`;

export interface Catalogue { version: number; schema: GraphQLSchema; owners: Map<string, { subgraph: string; owner: string }[]> }

let cached: Catalogue | null = null;

/** Parsed once per contract version. */
export function catalogueOf(data: any): Catalogue | null {
  const live = data.publicContractVersions?.nodes?.[0];
  if (!live?.sdl) return null;
  if (cached?.version === live.version) return cached;
  const ownerOf = new Map<string, string>((data.subgraphStatuses ?? []).map((s: { name: string; owner: string }) => [s.name, s.owner]));
  const owners = new Map<string, { subgraph: string; owner: string }[]>(
    live.typeOwners.map((o: { type: string; subgraphs: string[] }) => [o.type, o.subgraphs.map((s) => ({ subgraph: s, owner: ownerOf.get(s) ?? '' }))]),
  );
  cached = { version: live.version, schema: buildSchema(live.sdl), owners };
  return cached;
}

const kindOf = (t: GraphQLNamedType) =>
  isObjectType(t) ? 'type' : isInterfaceType(t) ? 'interface' : isUnionType(t) ? 'union' : isEnumType(t) ? 'enum' : isInputObjectType(t) ? 'input' : 'scalar';

const userTypes = (c: Catalogue) =>
  Object.values(c.schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t)).sort((a, b) => a.name.localeCompare(b.name));

const fieldsOf = (t: GraphQLNamedType): { name: string; type: string; description: string; args: readonly GraphQLArgument[] }[] =>
  isObjectType(t) || isInterfaceType(t)
    ? Object.values(t.getFields()).map((f) => ({ name: f.name, type: String(f.type), description: f.description ?? '', args: f.args }))
    : isInputObjectType(t)
      ? Object.values(t.getFields()).map((f) => ({ name: f.name, type: String(f.type), description: f.description ?? '', args: [] }))
      : isEnumType(t)
        ? t.getValues().map((v) => ({ name: v.name, type: '', description: v.description ?? '', args: [] }))
        : [];

/** Types whose name, fields or descriptions contain every word of the query, with the fields that matched. */
export function searchCatalogue(c: Catalogue, q: string): { type: GraphQLNamedType; fields: string[] }[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return userTypes(c).flatMap((type) => {
    const text = `${type.name} ${type.description ?? ''}`.toLowerCase();
    const fields = fieldsOf(type).filter((f) => words.every((w) => `${type.name}.${f.name} ${f.description}`.toLowerCase().includes(w) || text.includes(w)));
    const typeMatches = words.every((w) => text.includes(w));
    return typeMatches || fields.length ? [{ type, fields: typeMatches ? [] : fields.map((f) => f.name) }] : [];
  });
}

const ownersLine = (c: Catalogue, name: string) =>
  (c.owners.get(name) ?? []).map((o) => `${o.subgraph} (${o.owner === 'PLATFORM' ? 'platforma' : o.owner})`).join(', ');

export function cataloguePage(v: View, c: Catalogue, q: string): Html {
  const { t } = v;
  const hits = q ? searchCatalogue(c, q) : userTypes(c).map((type) => ({ type, fields: [] as string[] }));
  return html`<p>${t('contractVersion')}: ${c.version} · <a href="/contract/public.graphql">public.graphql</a></p>
<form method="get" action="/catalogue" role="search">
  <label for="q">${t('searchTypes')}</label>
  <input id="q" name="q" type="search" value="${q}" maxlength="200">
  <button type="submit">${t('search')}</button>
</form>
<h2>${t('types')} (${hits.length})</h2>
${hits.length ? '' : html`<p>${t('noMatch')}</p>`}
<div class="table"><table>
<thead><tr><th scope="col">${t('type')}</th><th scope="col">${t('description')}</th><th scope="col">${t('owner')}</th></tr></thead>
<tbody>${hits.map(({ type, fields }) => html`<tr data-type="${type.name}">
  <td><a href="/catalogue/${type.name}">${type.name}</a> <span class="badge">${kindOf(type)}</span>
    ${fields.length ? html`<br><span class="meta">${fields.slice(0, 8).map((f, i) => html`${i ? ', ' : ''}<a href="/catalogue/${type.name}#${f}">${f}</a>`)}</span>` : ''}</td>
  <td>${(type.description ?? '').split('\n')[0]}</td>
  <td>${ownersLine(c, type.name)}</td></tr>`)}</tbody>
</table></div>`;
}

export function typePage(v: View, c: Catalogue, type: GraphQLNamedType): Html {
  const { t } = v;
  const fields = fieldsOf(type);
  const owners = ownersLine(c, type.name);
  return html`<p><span class="badge">${kindOf(type)}</span> ${owners ? html`· ${t('owner')}: ${owners}` : ''}</p>
${(type.description ?? '').split('\n\n').map((p) => html`<p>${p}</p>`)}
${isScalarType(type) && type.specifiedByURL ? html`<p>@specifiedBy: <a href="${type.specifiedByURL}">${type.specifiedByURL}</a></p>` : ''}
${isUnionType(type) ? html`<p>${type.getTypes().map((m, i) => html`${i ? ' | ' : ''}<a href="/catalogue/${m.name}">${m.name}</a>`)}</p>` : ''}
${fields.length
  ? html`<h2>${isEnumType(type) ? t('values') : t('fields')}</h2>
<div class="table"><table>
<thead><tr><th scope="col">${t('field')}</th>${isEnumType(type) ? '' : html`<th scope="col">${t('type')}</th>`}<th scope="col">${t('description')}</th></tr></thead>
<tbody>${fields.map((f) => html`<tr id="${f.name}"><td><code>${f.name}</code>${f.args.length ? html`<br><span class="meta">${t('arguments')}: ${f.args.map((a, i) => html`${i ? ', ' : ''}<code>${a.name}: ${String(a.type)}</code>`)}</span>` : ''}</td>
  ${isEnumType(type) ? '' : html`<td><a href="/catalogue/${f.type.replace(/[[\]!]/g, '')}"><code>${f.type}</code></a></td>`}
  <td>${f.description}</td></tr>`)}</tbody>
</table></div>`
  : ''}`;
}
