import { html } from 'hono/html';
import { unavailable } from '../../shared/graph.ts';
import { enumText } from '../i18n.ts';
import { date, duration, notice, page, type Html, type View } from '../layout.ts';

/** Search across services and life situations, and the service card (EU Single Digital Gateway Art. 10). */

const SERVICE_SUMMARY = `fragment ServiceSummary on Service {
  code name summary holder { name }
  channels { channel { type ... on EServiceChannel { url } } }
}`;

// Two documents rather than one with @include (written before the gateway costed only the branch taken).
export const SEARCH = `query Search($q: String!, $filter: ServiceFilter, $after: String) {
  searchServices(query: $q, first: 20, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ServiceSummary } } }
  lifeSituations(first: 5, filter: { text: $q }) { nodes { code title offerText } }
}
${SERVICE_SUMMARY}`;

export const BROWSE = `query Browse($filter: ServiceFilter, $after: String) {
  services(first: 20, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ServiceSummary } }
}
${SERVICE_SUMMARY}`;

/** The filters' choices: the same for every visitor, so the portal keeps them a few minutes (app.ts). */
export const FILTER_OPTIONS = `query FilterOptions {
  institutions(first: 100) { nodes { code name } }
  channels(first: 100, filter: { type: SERVICE_LOCATION }) { nodes { ... on ServiceLocation { municipality } } }
}`;

export interface SearchParams { q: string; holder: string; channel: string; region: string; after?: string }

const CHANNEL_TYPES = ['E_SERVICE', 'SERVICE_LOCATION', 'PHONE', 'EMAIL', 'POST', 'WEB_PAGE'];

const select = (v: View, name: string, label: string, chosen: string, options: { value: string; text: string }[]) => html`
  <div><label for="f-${name}">${label}</label>
  <select id="f-${name}" name="${name}"><option value="">${v.t('any')}</option>
  ${options.map((o) => html`<option value="${o.value}" ${o.value === chosen ? html`selected` : ''}>${o.text}</option>`)}</select></div>`;

type Summary = { code: string; name: string; summary: string | null; holder: { name: string }; channels: { channel: { type: string; url?: string } }[] };

function nextStep(v: View, s: Summary): Html {
  const online = s.channels.find((c) => c.channel.type === 'E_SERVICE' && c.channel.url);
  const inPerson = s.channels.some((c) => c.channel.type === 'SERVICE_LOCATION');
  return html`<ul class="next">
    ${online ? html`<li><a href="${online.channel.url}" rel="external">${v.t('nextOnline')}</a></li>` : ''}
    ${inPerson ? html`<li><a href="/centres?service=${encodeURIComponent(s.code)}">${v.t('nextInPerson')}</a></li>` : ''}
    <li><a href="/services/${encodeURIComponent(s.code)}">${v.t('nextCard')}</a></li></ul>`;
}

export function searchPage(v: View, p: SearchParams, data: any, options: any): Html {
  const found = data.searchServices ?? data.services; // null: the catalogue did not answer (a notice instead)
  const results: Summary[] = found?.edges?.map((e: { node: Summary }) => e.node) ?? found?.nodes ?? [];
  const next = new URLSearchParams({ q: p.q, holder: p.holder, channel: p.channel, region: p.region, after: found?.pageInfo.endCursor ?? '' });
  const regions = [...new Set<string>(options.channels.nodes.map((n: { municipality?: string }) => n.municipality).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'lv'));
  const situations: { code: string; title: string; offerText: string | null }[] = data.lifeSituations?.nodes ?? [];
  return page(v, v.t('searchHeading'), html`
<form method="get" action="/" role="search" data-autosubmit>
  <label for="q">${v.t('query')}</label>
  <input id="q" name="q" type="search" value="${p.q}" size="40" autocomplete="off">
  <div class="filters">
    ${select(v, 'holder', v.t('holder'), p.holder, options.institutions.nodes.map((i: { code: string; name: string }) => ({ value: i.code, text: i.name })))}
    ${select(v, 'channel', v.t('channel'), p.channel, CHANNEL_TYPES.map((c) => ({ value: c, text: enumText(v.lang, c) })))}
    ${select(v, 'region', v.t('region'), p.region, regions.map((r) => ({ value: r, text: r })))}
    <div><button type="submit">${v.t('search')}</button></div>
  </div>
</form>
${situations.length || unavailable(data, 'lifeSituations') ? html`<h2>${v.t('matchingSituations')}</h2>${notice(v, data, 'lifeSituations') || html`<ul>${situations.map((s) => html`<li><a href="/life-situations/${s.code}">${s.title}</a>${s.offerText ? html` — ${s.offerText}` : ''}</li>`)}</ul>`}` : ''}
<h2 id="results">${v.t('found')}${found ? `: ${found.totalCount}` : ''}</h2>
${notice(v, data, 'searchServices') || (results.length ? '' : html`<p>${v.t('noResults')}</p>`)}
${results.map((s) => html`<article class="card"><h3><a href="/services/${encodeURIComponent(s.code)}">${s.name}</a></h3>
  <p class="meta">${s.holder.name}</p>${s.summary ? html`<p>${s.summary}</p>` : ''}${nextStep(v, s)}</article>`)}
${found?.pageInfo.hasNextPage ? html`<p><a href="/?${next.toString()}" rel="next">${v.t('nextPage')}</a></p>` : ''}`);
}

export const SERVICE_CARD = `query ServiceCard($code: String!, $now: DateTime!) {
  service(code: $code) {
    code name summary description instructions isFree processingTime processingDaysAreWorkingDays processingTimeLimit authenticationLevel
    holder { name website }
    costs { amount currency description exemptions channelType }
    requirements { description }
    evidence { name description obtainedByInstitution sourceRegister }
    outputs { name }
    legalBasis { title article url }
    redress { howToAppeal appealTo { name } appealDeadline silence silenceNote }
    lifeSituations { code title }
    channels {
      note
      channel {
        type name
        ... on EServiceChannel { url }
        ... on ServiceLocation { code isOpen(at: $now) address { street city } hours { weekly { day opens closes } note } }
      }
    }
  }
}`;

const hours = (v: View, weekly: { day: string; opens: string; closes: string }[]) =>
  weekly.map((h) => `${enumText(v.lang, h.day)} ${h.opens}–${h.closes}`).join(', ');

export function servicePage(v: View, data: any): Html {
  const { t } = v;
  const s = data.service;
  const online = s.channels.filter((c: any) => c.channel.type === 'E_SERVICE');
  const centres = s.channels.filter((c: any) => c.channel.type === 'SERVICE_LOCATION');
  const others = s.channels.filter((c: any) => c.channel.type !== 'E_SERVICE' && c.channel.type !== 'SERVICE_LOCATION');
  return page(v, s.name, html`
${s.summary ? html`<p>${s.summary}</p>` : ''}
${s.description ? html`<p>${s.description}</p>` : ''}
<dl>
  <dt>${t('holderOf')}</dt><dd>${s.holder.name}</dd>
  <dt>${t('timeLimit')}</dt><dd>${duration(v, s.processingTime, s.processingDaysAreWorkingDays)}</dd>
  <dt>${t('cost')}</dt><dd>${s.isFree || !s.costs.length ? t('free') : html`<ul>${s.costs.map((c: any) => html`<li>${c.amount.toFixed(2)} ${c.currency}${c.channelType ? ` (${enumText(v.lang, c.channelType)})` : ''}${c.description ? ` — ${c.description}` : ''}${c.exemptions ? html`<br>${c.exemptions}` : ''}</li>`)}</ul>`}</dd>
  <dt>${t('identification')}</dt><dd>${enumText(v.lang, `AUTH_${s.authenticationLevel}`)}</dd>
  <dt>${t('silence')}</dt><dd>${enumText(v.lang, s.redress?.silence ?? 'NOT_APPLICABLE')}${s.redress?.silenceNote ? html`. ${s.redress.silenceNote}` : ''}</dd>
</dl>
${s.instructions ? html`<h2>${t('steps')}</h2><p>${s.instructions}</p>` : ''}
${s.requirements.length ? html`<h2>${t('requirements')}</h2><ul>${s.requirements.map((r: any) => html`<li>${r.description}</li>`)}</ul>` : ''}
<h2>${t('evidence')}</h2>
${s.evidence.length ? html`<ul>${s.evidence.map((e: any) => html`<li>${e.name}${e.obtainedByInstitution ? html` <span class="badge">${t('obtained')}${e.sourceRegister ? `: ${e.sourceRegister}` : ''}</span>` : ''}${e.description ? html`<br>${e.description}` : ''}</li>`)}</ul>` : html`<p>${t('none')}</p>`}
${s.outputs.length ? html`<h2>${t('output')}</h2><ul>${s.outputs.map((o: any) => html`<li>${o.name}</li>`)}</ul>` : ''}
<h2>${t('redress')}</h2>
${s.redress ? html`<p>${s.redress.howToAppeal ?? ''}${s.redress.appealTo ? html` (${s.redress.appealTo.name})` : ''}</p>${s.redress.appealDeadline ? html`<p>${t('appealDeadline')}: ${duration(v, s.redress.appealDeadline, false)}</p>` : ''}` : html`<p>${t('unknown')}</p>`}
<h2>${t('channels')}</h2>
<ul>
  ${online.map((c: any) => html`<li><a class="button" href="${c.channel.url}" rel="external">${t('nextOnline')}: ${c.channel.name}</a></li>`)}
  ${others.map((c: any) => html`<li>${enumText(v.lang, c.channel.type)}: ${c.channel.name}${c.note ? ` — ${c.note}` : ''}</li>`)}
</ul>
${centres.length ? html`<h2>${t('offeredAt')}</h2>
<p><a href="/centres?service=${encodeURIComponent(s.code)}">${t('centresHeading')}</a> (${centres.length})</p>
${[...centres].sort((a: any, b: any) => Number(b.channel.isOpen) - Number(a.channel.isOpen)).slice(0, 5).map((c: any) => html`<div class="card"><h3>${c.channel.name}</h3>
  <p>${c.channel.address.street}, ${c.channel.address.city} · <span class="badge ${c.channel.isOpen ? 'open' : 'closed'}">${c.channel.isOpen ? t('openNow') : t('closedNow')}</span></p>
  ${c.channel.hours ? html`<p>${t('hours')}: ${hours(v, c.channel.hours.weekly)}</p>` : ''}</div>`)}` : ''}
${s.legalBasis.length ? html`<h2>${t('legalBasis')}</h2><ul>${s.legalBasis.map((l: any) => html`<li>${l.url ? html`<a href="${l.url}" rel="external">${l.title}</a>` : l.title}${l.article ? `, ${l.article}` : ''}</li>`)}</ul>` : ''}
${s.lifeSituations?.length || unavailable(data, 'service.lifeSituations') ? html`<h2>${t('lifeSituations')}</h2>${notice(v, data, 'service.lifeSituations') || html`<ul>${s.lifeSituations.map((l: any) => html`<li><a href="/life-situations/${l.code}">${l.title}</a></li>`)}</ul>`}` : ''}
<p class="meta">${date(v, new Date().toISOString().slice(0, 10))}</p>`);
}

export { hours };
