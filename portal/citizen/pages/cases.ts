import { randomUUID } from 'node:crypto';
import { html } from 'hono/html';
import { enumText } from '../i18n.ts';
import { csrfField, date, notice, page, type Html, type View } from '../layout.ts';

/** "My cases": every application across institutions, for the person or the party they act for. */

export const clientRoot = (v: View) => (v.session?.actFor ? 'actingFor' : 'me');

export const CASES = (root: string) => `query MyCases { client: ${root} {
  displayName
  cases(first: 50) { totalCount nodes {
    id reference institutionCode service { code name } status extendedStatus progress submittedAt dueDate overdue
    feedback { rating comment } complaintCount
    timeline(first: 50) { nodes { type at status note } }
  } }
} }`;

export const RATE_CASE = `mutation Rate($input: RateCaseInput!) { rateCase(input: $input) { errors { code message } } }`;
export const COMPLAIN = `mutation Complain($input: SubmitCaseComplaintInput!) { submitCaseComplaint(input: $input) { case { id complaintCount } } }`;

export function casesPage(v: View, data: any): Html {
  const { t } = v;
  const cases = data.client?.cases?.nodes; // null: the cases did not come (a notice instead)
  return page(v, t('casesHeading'), html`
${notice(v, data, 'client.cases')}
${cases?.length === 0 ? html`<p>${t('noCases')}</p>` : ''}
${(cases ?? []).map((c: any) => html`<article class="card" aria-labelledby="case-${c.id}">
  <h2 id="case-${c.id}">${c.service?.name ?? c.reference}</h2>
  <dl>
    <dt>${t('reference')}</dt><dd>${c.reference} (${c.institutionCode})</dd>
    <dt>${t('status')}</dt><dd><strong>${enumText(v.lang, c.status)}</strong>${c.extendedStatus ? ` — ${c.extendedStatus}` : ''}${c.progress != null ? ` · ${t('progress')} ${c.progress}%` : ''}</dd>
    <dt>${t('submitted')}</dt><dd>${date(v, c.submittedAt)}</dd>
    <dt>${t('due')}</dt><dd>${c.dueDate ? date(v, c.dueDate) : t('unknown')}${c.overdue ? html` <span class="badge overdue">${t('overdue')}</span>` : ''}</dd>
    ${c.feedback ? html`<dt>${t('rating')}</dt><dd>${c.feedback.rating}/5${c.feedback.comment ? ` — ${c.feedback.comment}` : ''}</dd>` : ''}
    ${c.complaintCount ? html`<dt>${t('complaints')}</dt><dd>${c.complaintCount}</dd>` : ''}
  </dl>
  <details><summary>${t('timeline')} (${c.timeline.nodes.length})</summary>
    <ol class="timeline">${c.timeline.nodes.map((e: any) => html`<li><time datetime="${e.at}">${date(v, e.at)}</time> — ${enumText(v.lang, e.type)}${e.status ? `: ${enumText(v.lang, e.status)}` : ''}${e.note ? html`<br>${e.note}` : ''}</li>`)}</ol>
  </details>
  ${c.status === 'COMPLETED' && !c.feedback ? html`<form method="post" action="/my/cases/${c.id}/rate">${csrfField(v)}
    <fieldset><legend>${t('rate')}</legend>
    <div class="checks">${[1, 2, 3, 4, 5].map((n) => html`<label><input type="radio" name="rating" value="${n}" required> ${n}</label>`)}</div>
    <label for="rc-${c.id}">${t('comment')}</label><input id="rc-${c.id}" name="comment" maxlength="500">
    <button type="submit">${t('rate')}</button></fieldset></form>` : ''}
  <details><summary>${t('complain')}</summary>
    <form method="post" action="/my/cases/${c.id}/complaint">${csrfField(v)}
      <input type="hidden" name="idempotencyKey" value="${randomUUID()}">
      <label for="cc-${c.id}">${t('complaint')}</label><textarea id="cc-${c.id}" name="text" rows="3" required maxlength="2000"></textarea>
      <button type="submit">${t('complain')}</button></form>
  </details>
</article>`)}`);
}
