import { html } from 'hono/html';
import { enumText } from '../i18n.ts';
import { csrfField, date, notice, page, type Html, type View } from '../layout.ts';

/** "My data": profile, contacts, notifications, consents, powers of attorney, and who read the data. */

export const MY_DATA = (root: string) => `query MyData { client: ${root} {
  kind displayName personalCode registrationNumber
  contacts { id kind value verified }
  eAddress { activated }
  preferences { language preferredChannel notifications { topic channel enabled } }
  consents(first: 50, status: [REQUESTED, GRANTED]) { nodes { id recipient { kind id } purpose scopes status validUntil uses(first: 10) { totalCount nodes { at operation } } } }
  representing(first: 50, includeInactive: true) { nodes { id basis party { displayName } scopes status validUntil } }
  representedBy(first: 50, includeInactive: true) { nodes { id basis representative { displayName } scopes status validUntil } }
  accessLog(first: 50) { totalCount nodes { at actorKind actor resource purpose } }
} }`;

export const GRANT_CONSENT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code message } } }`;
export const REVOKE_CONSENT = `mutation Revoke($id: ID!) { revokeConsent(id: $id) { consent { id status } errors { code message } } }`;
export const UPDATE_PREFERENCES = `mutation Prefs($input: UpdatePreferencesInput!) { updatePreferences(input: $input) { errors { code message } } }`;
export const GRANT_POWER = `mutation Power($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) { representation { id } errors { code message } } }`;
export const ACCEPT_POWER = `mutation AcceptPower($id: ID!) { acceptPowerOfAttorney(id: $id) { representation { id } errors { code message } } }`;
export const REVOKE_POWER = `mutation RevokePower($id: ID!) { revokePowerOfAttorney(id: $id) { representation { id } errors { code message } } }`;

export const CONSENT_SCOPES = ['PROFILE_READ', 'PERSONAL_CODE_READ', 'CONTACTS_READ', 'CASES_READ', 'PROACTIVE_OFFERS'];
export const POWER_SCOPES = ['PROFILE_READ', 'CASES_READ', 'CASES_SUBMIT', 'PROFILE_MANAGE'];
const RECIPIENT_KINDS = ['PUBLIC_ADMINISTRATION', 'INSTITUTION', 'APPLICATION'];

const scopeList = (v: View, scopes: string[]) => scopes.map((s) => enumText(v.lang, s)).join(', ');

/** Powers that hold, will hold or wait for the attorney's acceptance (the graph lists those only with includeInactive). */
const current = (list: { nodes: any[] }) => list.nodes.filter((r) => r.status !== 'REVOKED' && r.status !== 'EXPIRED');

/** Until the attorney accepts, the graph says nothing of them (a personal code must not reveal a name). */
const representative = (v: View, r: any) => (r.status === 'AWAITING_ACCEPTANCE' ? v.t('attorneyPending') : r.representative.displayName);

const checks = (v: View, name: string, values: string[]) =>
  html`<div class="checks">${values.map((s) => html`<label><input type="checkbox" name="${name}" value="${s}"> ${enumText(v.lang, s)}</label>`)}</div>`;

export function dataPage(v: View, data: any): Html {
  const { t } = v;
  const c = data.client;
  return page(v, t('dataHeading'), html`
<nav aria-label="${t('dataHeading')}"><ul>
  <li><a href="#profile">${t('profile')}</a></li><li><a href="#consents">${t('consents')}</a></li>
  <li><a href="#powers">${t('powers')}</a></li><li><a href="#access">${t('accessLog')}</a></li></ul></nav>

<h2 id="profile">${t('profile')}</h2>
<dl>
  <dt>${t('name')}</dt><dd>${c.displayName}</dd>
  <dt>${t('personalCode')}</dt><dd>${c.personalCode ?? c.registrationNumber ?? t('none')}</dd>
  <dt>${t('eAddress')}</dt><dd>${c.eAddress.activated ? t('yes') : t('no')}</dd>
  <dt>${t('contacts')}</dt><dd>${c.contacts.length ? html`<ul>${c.contacts.map((k: any) => html`<li>${k.kind === 'PHONE' ? t('phone') : t('email')}: ${k.value}</li>`)}</ul>` : t('none')}</dd>
</dl>
<form method="post" action="/my/data/notifications">${csrfField(v)}
  <fieldset><legend>${t('notifications')}</legend>
  ${c.preferences.notifications.map((n: any) => html`<input type="hidden" name="setting" value="${n.topic}:${n.channel}">
    <label class="checks"><input type="checkbox" name="enabled" value="${n.topic}:${n.channel}" ${n.enabled ? html`checked` : ''}> ${enumText(v.lang, n.topic)} — ${enumText(v.lang, n.channel)}</label><br>`)}
  <button type="submit">${t('save')}</button></fieldset>
</form>

<h2 id="consents">${t('consents')}</h2>
${c.consents.nodes.length ? '' : html`<p>${t('none')}</p>`}
${c.consents.nodes.map((k: any) => html`<div class="card" data-consent="${k.id}">
  <h3>${enumText(v.lang, k.recipient.kind)}${k.recipient.id ? `: ${k.recipient.id}` : ''} — ${k.purpose}</h3>
  <p>${t('scopes')}: ${scopeList(v, k.scopes)} · ${t('status')}: ${enumText(v.lang, k.status)}${k.validUntil ? ` · ${t('validUntil')} ${date(v, k.validUntil)}` : ''}</p>
  <details><summary>${t('uses')} (${k.uses.totalCount})</summary>
    ${k.uses.nodes.length ? html`<ul>${k.uses.nodes.map((u: any) => html`<li>${date(v, u.at)} — ${u.operation}</li>`)}</ul>` : html`<p>${t('noUses')}</p>`}</details>
  <form method="post" action="/my/data/consents/${k.id}/revoke">${csrfField(v)}<button type="submit" class="secondary">${t('revoke')}<span class="skip"> ${k.purpose}</span></button></form>
</div>`)}
<form method="post" action="/my/data/consents">${csrfField(v)}
  <fieldset><legend>${t('grant')}</legend>
  <label for="c-kind">${t('recipient')}</label>
  <select id="c-kind" name="kind">${RECIPIENT_KINDS.map((k) => html`<option value="${k}">${enumText(v.lang, k)}</option>`)}</select>
  <label for="c-id">${t('recipientId')}</label><input id="c-id" name="recipientId" maxlength="100">
  <label for="c-purpose">${t('purpose')}</label><input id="c-purpose" name="purpose" required maxlength="500">
  <fieldset><legend>${t('scopes')}</legend>${checks(v, 'scope', CONSENT_SCOPES)}</fieldset>
  <button type="submit">${t('grant')}</button></fieldset>
</form>

<h2 id="powers">${t('powers')}</h2>
<h3>${t('representing')}</h3>
${current(c.representing).length ? html`<ul>${current(c.representing).map((r: any) => html`<li>${r.party.displayName} — ${enumText(v.lang, r.basis)} (${enumText(v.lang, r.status)})${r.validUntil ? `, ${t('validUntil')} ${date(v, r.validUntil)}` : ''}
  ${r.status === 'AWAITING_ACCEPTANCE' ? html`<form method="post" action="/my/data/powers/${r.id}/accept" class="inline">${csrfField(v)}<button type="submit">${t('acceptPower')}<span class="skip"> ${r.party.displayName}</span></button></form>` : ''}</li>`)}</ul>` : html`<p>${t('none')}</p>`}
<h3>${t('representedBy')}</h3>
${current(c.representedBy).length ? html`<ul>${current(c.representedBy).map((r: any) => html`<li>${representative(v, r)} — ${enumText(v.lang, r.basis)}: ${scopeList(v, r.scopes)} (${enumText(v.lang, r.status)})
  ${r.basis === 'POWER_OF_ATTORNEY' && (r.status === 'ACTIVE' || r.status === 'AWAITING_ACCEPTANCE') ? html`<form method="post" action="/my/data/powers/${r.id}/revoke" class="inline">${csrfField(v)}<button type="submit" class="secondary">${t('revoke')}<span class="skip"> ${representative(v, r)}</span></button></form>` : ''}</li>`)}</ul>` : html`<p>${t('none')}</p>`}
<form method="post" action="/my/data/powers">${csrfField(v)}
  <fieldset><legend>${t('grantPower')}</legend>
  <label for="p-code">${t('attorneyCode')}</label><input id="p-code" name="attorney" required pattern="[0-9]{6}-?[0-9]{5}" inputmode="numeric">
  <fieldset><legend>${t('scopes')}</legend>${checks(v, 'scope', POWER_SCOPES)}</fieldset>
  <button type="submit">${t('grantPower')}</button></fieldset>
</form>

<h2 id="access">${t('accessLog')}</h2>
${notice(v, data, 'client.accessLog') || (c.accessLog.nodes.length ? html`<div class="table"><table><caption class="skip">${t('accessLog')}</caption>
  <thead><tr><th scope="col">${t('when')}</th><th scope="col">${t('who')}</th><th scope="col">${t('what')}</th><th scope="col">${t('why')}</th></tr></thead>
  <tbody>${c.accessLog.nodes.map((a: any) => html`<tr><td>${date(v, a.at)}</td><td>${a.actor} (${enumText(v.lang, a.actorKind)})</td><td>${a.resource}</td><td>${a.purpose ?? t('none')}</td></tr>`)}</tbody></table></div>`
  : html`<p>${t('noAccess')}</p>`)}`);
}
