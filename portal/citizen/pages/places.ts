import { html } from 'hono/html';
import { unavailable } from '../../shared/graph.ts';
import { enumText } from '../i18n.ts';
import { date, notice, page, type Html, type View } from '../layout.ts';
import { hours } from './catalogue.ts';

/** Life situations with their steps (and a signed-in person's progress and offers), and service centres nearby. */

// An anonymous query leaves `me` out (written before the gateway evaluated @include; one document would now do).
const MY_SITUATIONS = `me {
    consentsToProactiveOffers
    activeLifeSituations { lifeSituation { code title } complete requiredStepCount doneRequiredStepCount }
    proactiveOffers(first: 20) { nodes { serviceCode service { name } dueDate overdue required lifeSituation { title } } }
  }`;

export const LIFE_SITUATIONS = (signedIn: boolean) => `query LifeSituations {
  lifeSituations(first: 50) { nodes { code title offerText } }
  ${signedIn ? MY_SITUATIONS : ''}
}`;

export function lifeSituationsPage(v: View, data: any): Html {
  const { t } = v;
  const me = data.me;
  return page(v, t('lifeSituationsHeading'), html`
${me || unavailable(data, 'me') ? html`<section aria-labelledby="offers"><h2 id="offers">${t('offers')}</h2>
  ${notice(v, data, 'me.proactiveOffers') || (me.consentsToProactiveOffers
    ? html`<ul>${me.proactiveOffers.nodes.map((o: any) => html`<li><a href="/services/${encodeURIComponent(o.serviceCode)}">${o.service?.name ?? o.serviceCode}</a> (${o.lifeSituation.title})${o.dueDate ? html` — ${t('due')} ${date(v, o.dueDate)}` : ''}${o.overdue ? html` <span class="badge overdue">${t('overdue')}</span>` : ''}</li>`)}</ul>`
    : html`<p>${t('offersNeedConsent')}</p>`)}
  ${unavailable(data, 'me.activeLifeSituations') ? html`<h2>${t('yourProgress')}</h2>${notice(v, data, 'me.activeLifeSituations')}`
    : me.activeLifeSituations.length ? html`<h2>${t('yourProgress')}</h2><ul>${me.activeLifeSituations.map((p: any) => html`<li><a href="/life-situations/${p.lifeSituation.code}">${p.lifeSituation.title}</a>: ${p.doneRequiredStepCount} ${t('of')} ${p.requiredStepCount}</li>`)}</ul>` : ''}
</section>` : html`<p>${t('signInToSee')}</p>`}
<h2>${t('lifeSituations')}</h2>
${notice(v, data, 'lifeSituations') || html`<ul>${data.lifeSituations.nodes.map((l: any) => html`<li><a href="/life-situations/${l.code}">${l.title}</a>${l.offerText ? html`<br><span class="meta">${l.offerText}</span>` : ''}</li>`)}</ul>`}`);
}

export const LIFE_SITUATION = (signedIn: boolean) => `query LifeSituation($code: String!) {
  lifeSituation(code: $code) {
    code title description offerText holder { name }
    steps { position title required dueText condition { text } services { code name } }
  }
  ${signedIn ? `me {
    lifeSituationProgress(code: $code) { complete doneRequiredStepCount requiredStepCount steps { step { position } status dueDate overdue } }
  }` : ''}
}`;

export function lifeSituationPage(v: View, data: any): Html {
  const { t } = v;
  const l = data.lifeSituation;
  const progress = new Map<number, any>((data.me?.lifeSituationProgress?.steps ?? []).map((s: any) => [s.step.position, s]));
  const p = data.me?.lifeSituationProgress;
  return page(v, l.title, html`
${l.description ? html`<p>${l.description}</p>` : ''}
${notice(v, data, 'me.lifeSituationProgress') || (p ? html`<p><strong>${t('yourProgress')}:</strong> ${p.doneRequiredStepCount} ${t('of')} ${p.requiredStepCount}</p>` : '')}
<h2>${t('steps')}</h2>
${notice(v, data, 'lifeSituation.steps')}
<ol>${l.steps.map((s: any) => {
    const mine = progress.get(s.position);
    return html`<li class="card"><h3>${s.title} <span class="badge">${s.required ? t('required') : t('optional')}</span>
      ${mine ? html` <span class="badge ${mine.status === 'DONE' ? 'open' : ''}">${enumText(v.lang, mine.status)}</span>` : ''}
      ${mine?.overdue ? html` <span class="badge overdue">${t('overdue')}</span>` : ''}</h3>
      ${s.dueText ? html`<p>${t('due')}: ${s.dueText}</p>` : ''}${s.condition?.text ? html`<p class="meta">${s.condition.text}</p>` : ''}
      <ul>${s.services.filter(Boolean).map((sv: any) => html`<li><a href="/services/${encodeURIComponent(sv.code)}">${sv.name ?? sv.code}</a></li>`)}</ul></li>`;
  })}</ol>`);
}

export const CENTRE_PLACES = `query Places { channels(first: 100, filter: { type: SERVICE_LOCATION }) { nodes { code ... on ServiceLocation { address { city } coordinates { latitude longitude } } } } }`;

export const CENTRES_NEAR = `query CentresNear($near: GeoPointInput!, $service: String, $openAt: DateTime, $now: DateTime!) {
  serviceLocationsNear(near: $near, radiusKm: 60, serviceCode: $service, openAt: $openAt, first: 20) {
    edges { distanceKm node { code name isClientServiceCentre isOpen(at: $now) address { street city } hours { weekly { day opens closes } } } }
  }
}`;

export interface CentresParams { place: string; service: string; open: boolean }

export function centresPage(v: View, p: CentresParams, places: string[], near: any | null): Html {
  const { t } = v;
  return page(v, t('centresHeading'), html`
<form method="get" action="/centres" data-autosubmit>
  <div class="filters">
    <div><label for="place">${t('place')}</label><select id="place" name="place">${places.map((c) => html`<option ${c === p.place ? html`selected` : ''}>${c}</option>`)}</select></div>
    <div><label for="service">${t('service')}</label><input id="service" name="service" value="${p.service}"></div>
    <div><label class="checks"><input type="checkbox" name="open" value="1" ${p.open ? html`checked` : ''}> ${t('onlyOpen')}</label></div>
    <div><button type="submit">${t('show')}</button></div>
  </div>
</form>
${near ? html`<h2>${t('results')}: ${near.edges.length}</h2>
${near.edges.map((e: any) => html`<div class="card"><h3>${e.node.name}</h3>
  <p>${e.node.address.street}, ${e.node.address.city} · ${e.distanceKm.toFixed(1)} ${t('km')} · <span class="badge ${e.node.isOpen ? 'open' : 'closed'}">${e.node.isOpen ? t('openNow') : t('closedNow')}</span></p>
  ${e.node.hours ? html`<p>${t('hours')}: ${hours(v, e.node.hours.weekly)}</p>` : ''}</div>`)}` : ''}`);
}
