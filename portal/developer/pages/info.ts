import { html } from 'hono/html';
import { dateTime, type Html, type View } from '../layout.ts';

/** The changelog of the public contract and the status of each subgraph. */

export const CHANGELOG = `query($after: String) {
  publicContractVersions(first: 50, after: $after, changedOnly: true) {
    nodes { version createdAt reason live breaking changes { criticality message coordinate } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const STATUS = '{ subgraphStatuses { name owner version publishedAt up checkedAt } }';

export function changelogPage(v: View, data: any): Html {
  const { t } = v;
  const versions = data.publicContractVersions.nodes;
  return html`${versions.map((s: any) => html`<section class="card" data-version="${s.version}" aria-labelledby="v${s.version}">
  <h2 id="v${s.version}">${t('version')} ${s.version} ${s.live ? html`<span class="badge">${t('live')}</span>` : ''} ${s.breaking ? html`<span class="badge closed">${t('breaking')}</span>` : ''}</h2>
  <p class="meta">${t('published')}: ${dateTime(v, s.createdAt)} · ${t('reason')}: ${s.reason}</p>
  ${s.changes.length
    ? html`<ul>${s.changes.map((c: any) => html`<li>${c.criticality === 'BREAKING' ? html`<strong>${t('breaking')}:</strong> ` : html`<span class="badge">${c.criticality}</span> `}${c.message}</li>`)}</ul>`
    : html`<p>${t('first')}</p>`}
</section>`)}
${data.publicContractVersions.pageInfo.hasNextPage ? html`<p><a href="/changelog?after=${encodeURIComponent(data.publicContractVersions.pageInfo.endCursor)}">→</a></p>` : ''}`;
}

export function statusPage(v: View, data: any): Html {
  const { t } = v;
  return html`<div class="table"><table>
<thead><tr><th scope="col">${t('subgraph')}</th><th scope="col">${t('owner')}</th><th scope="col">${t('version')}</th><th scope="col">${t('status')}</th><th scope="col">${t('checkedAt')}</th></tr></thead>
<tbody>${(data.subgraphStatuses ?? []).map((s: any) => html`<tr data-subgraph="${s.name}"><td>${s.name}</td><td>${s.owner === 'PLATFORM' ? 'platforma' : s.owner}</td><td>${s.version} (${dateTime(v, s.publishedAt)})</td>
  <td><span class="badge ${s.up ? 'open' : 'closed'}">${s.up ? t('up') : t('down')}</span></td><td>${dateTime(v, s.checkedAt)}</td></tr>`)}</tbody>
</table></div>`;
}

export function graphiqlHelpPage(v: View): Html {
  const { t } = v;
  return html`<p>${t('graphiqlIntro')}</p>
<h2>${t('headers')}</h2>
<dl><dt><code>X-API-Key</code></dt><dd>${t('headerKey')}</dd><dt><code>Authorization</code></dt><dd>${t('headerAuth')}</dd><dt><code>X-Act-For</code></dt><dd>${t('headerActFor')}</dd></dl>
<p><a class="button" href="/graphiql">${t('openGraphiql')}</a></p>`;
}
