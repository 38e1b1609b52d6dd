// Notifications to people by their preferences, through the gateway: e-mail into a real SMTP server on loopback,
// SMS and the official e-address through the development adapters, in the person's language, held in quiet hours,
// and each person's own in `me.notifications` only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedMessages } from '../subgraphs/clients/notify/channels.ts';
import { registerCase, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';
import { startSmtp, type TestSmtp } from './support/smtp.ts';

const NOTIFICATIONS = `{ me { notifications(first: 100) { totalCount nodes { id topic channel status title body language eventType subject sentAt holdUntil } } } }`;
const PREFERENCES = 'mutation($input: UpdatePreferencesInput!) { updatePreferences(input: $input) { errors { code message } } }';
const ADD_CONTACT = 'mutation($input: AddContactInput!) { addContact(input: $input) { errors { message } } }';
interface Notification { id: string; topic: string; channel: string; status: string; title: string; body: string; language: string; eventType: string; subject: string; sentAt: string | null; holdUntil: string | null }

const EMAIL = { anna: 'anna.kalnina@example.lv', janis: 'janis.berzins@example.lv', martins: 'martins.klavins@example.lv' };

let smtp: TestSmtp;
let graph: TestGraph;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  smtp = await startSmtp();
  graph = await startTestGraph({ SMTP_URL: smtp.url, NOTIFY_QUIET_HOURS: '0-0' });
  tokens.pmlp = await graph.token({ institution: 'PMLP' });
  for (const person of ['anna', 'janis', 'martins', 'liga'] as const) tokens[person] = await graph.token({ person: DEMO_PEOPLE[person].personalCode });
  tokens.annaApp = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'case-tracker' });

  const ok = async (query: string, input: unknown, token: string, field: string) => {
    const res = await graph.gql(query, { input }, { token });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data[field].errors).toEqual([]);
  };
  // Anna: English, case changes by e-mail and to her e-address as well as the portal.
  await ok(PREFERENCES, { language: 'en', notifications: [{ topic: 'CASE_STATUS_CHANGES', channel: 'EMAIL', enabled: true }, { topic: 'CASE_STATUS_CHANGES', channel: 'E_ADDRESS', enabled: true }] }, tokens.anna, 'updatePreferences');
  // Mārtiņš: Russian, by e-mail.
  await ok(ADD_CONTACT, { kind: 'EMAIL', value: EMAIL.martins }, tokens.martins, 'addContact');
  await ok(PREFERENCES, { language: 'ru', notifications: [{ topic: 'CASE_STATUS_CHANGES', channel: 'EMAIL', enabled: true }] }, tokens.martins, 'updatePreferences');
  // Līga: deadlines by SMS, Latvian (the default). Jānis changes nothing: his e-mail is on file, but not asked for.
  await ok(PREFERENCES, { notifications: [{ topic: 'DEADLINES', channel: 'SMS', enabled: true }] }, tokens.liga, 'updatePreferences');
}, 180_000);
afterAll(async () => {
  await graph?.stop();
  await smtp?.close();
});

const notificationsOf = async (token: string): Promise<Notification[]> => {
  const res = await graph.gql(NOTIFICATIONS, {}, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.me.notifications.nodes;
};

/** Relays the outboxes and waits until `check` holds (the notifier works off the bus). */
async function until<T>(check: () => Promise<T | undefined | false>): Promise<T> {
  for (let i = 0; i < 150; i++) {
    await graph.platform.events.drain();
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting for the notification');
}
const about = (caseId: string, channel: string) => async (token: string) => (await notificationsOf(token)).filter((n) => n.subject === caseId && n.channel === channel);

async function caseChanged(person: keyof typeof DEMO_PEOPLE, status = 'REGISTERED') {
  const created = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE[person].personalCode, submittedAt: new Date().toISOString() });
  expect((await updateStatus(graph, tokens.pmlp, { caseId: created.id, expectedVersion: 1, status })).errors).toEqual([]);
  return created;
}

describe('e-mail through SMTP', () => {
  it('a person who asked for it gets an e-mail in their language when their case changes, with no personal data', async () => {
    const created = await caseChanged('anna');
    const [mail] = await until(async () => smtp.to(EMAIL.anna).length > 0 && smtp.to(EMAIL.anna));
    expect(mail.to).toEqual([EMAIL.anna]);
    expect(mail.subject).toBe('Your application PMLP-PASE: registered');
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.text).toContain('The status of application PMLP-PASE changed: registered.');
    for (const personal of [DEMO_PEOPLE.anna.personalCode, 'Anna', 'Kalniņa', created.reference]) expect(mail.raw).not.toContain(personal);

    const [email] = await until(() => about(created.id, 'EMAIL')(tokens.anna).then((n) => n.length > 0 && n));
    expect(email).toMatchObject({ topic: 'CASE_STATUS_CHANGES', status: 'SENT', language: 'en', title: mail.subject, eventType: 'lv.gov.psg.case.status-changed.v1' });
    expect(mail.headers.get('x-psg-notification-id')).toBe(email.id);
    expect((await about(created.id, 'PORTAL')(tokens.anna))[0]).toMatchObject({ status: 'SENT', title: mail.subject });
  });

  it('one who did not ask for e-mail gets none (the portal inbox only, as by default)', async () => {
    const before = smtp.to(EMAIL.janis).length;
    const created = await caseChanged('janis');
    const [portal] = await until(() => about(created.id, 'PORTAL')(tokens.janis).then((n) => n.length > 0 && n));
    expect(portal).toMatchObject({ status: 'SENT', language: 'lv', title: 'Jūsu pieteikums PMLP-PASE: reģistrēta' });
    await graph.platform.events.drain();
    expect(smtp.to(EMAIL.janis)).toHaveLength(before);
    expect(await about(created.id, 'EMAIL')(tokens.janis)).toEqual([]);
  });

  it('Russian for a person who chose it', async () => {
    await caseChanged('martins');
    const [mail] = await until(async () => smtp.to(EMAIL.martins).length > 0 && smtp.to(EMAIL.martins));
    expect(mail.subject).toBe('Ваше заявление PMLP-PASE: зарегистрировано');
    expect(mail.headers.get('content-language')).toBe('ru');
  });
});

describe('the e-address and SMS adapters', () => {
  it('the development adapters record what they would send: the e-address by personal code, SMS to the preferred phone, in Latvian', async () => {
    const created = await caseChanged('anna');
    const [toAnna] = await until(() => about(created.id, 'E_ADDRESS')(tokens.anna).then((n) => n[0]?.status === 'SENT' && n));
    expect(recordedMessages.E_ADDRESS.find((m) => m.id === toAnna.id)).toMatchObject({ to: DEMO_PEOPLE.anna.personalCode, language: 'en', title: 'Your application PMLP-PASE: registered' });

    // A case of Līga's past its due date: the overdue event goes to her phone (she asked for deadlines by SMS).
    const overdue = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE.liga.personalCode });
    await graph.platform.events.schedule();
    const [toLiga] = await until(() => about(overdue.id, 'SMS')(tokens.liga).then((n) => n[0]?.status === 'SENT' && n));
    expect(toLiga.topic).toBe('DEADLINES');
    const sms = recordedMessages.SMS.find((m) => m.id === toLiga.id)!;
    expect(sms).toMatchObject({ to: '+37126000002', language: 'lv', title: 'Jūsu pieteikums PMLP-PASE: termiņš pagājis' });
    expect(sms.body).toContain(`(${overdue.dueDate})`);
    expect(sms.body).not.toContain(DEMO_PEOPLE.liga.personalCode);
  });
});

describe('quiet hours', () => {
  it('a notification in quiet hours is held, shown as held, and sent when they end', async () => {
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
    graph.config.NOTIFY_QUIET_HOURS = `${hour}-${(hour + 2) % 24}`;
    const before = smtp.to(EMAIL.martins).length;
    const created = await caseChanged('martins');
    const [held] = await until(() => about(created.id, 'EMAIL')(tokens.martins).then((n) => n.length > 0 && n));
    graph.config.NOTIFY_QUIET_HOURS = '0-0';
    expect(held).toMatchObject({ status: 'HELD', sentAt: null });
    expect(new Date(held.holdUntil!).getTime()).toBeGreaterThan(Date.now());
    await graph.platform.events.schedule(new Date(Date.now() + 60_000));
    expect(smtp.to(EMAIL.martins)).toHaveLength(before);

    await graph.platform.events.schedule(new Date(new Date(held.holdUntil!).getTime() + 1000));
    expect(smtp.to(EMAIL.martins)).toHaveLength(before + 1);
    expect((await about(created.id, 'EMAIL')(tokens.martins))[0]).toMatchObject({ status: 'SENT', id: held.id });
    // The portal inbox is not held: it is no interruption.
    expect((await about(created.id, 'PORTAL')(tokens.martins))[0].status).toBe('SENT');
  });
});

describe('whose notifications', () => {
  it('a person sees only their own; an application with consent and an institution may not read them', async () => {
    const annaCases = new Set((await notificationsOf(tokens.anna)).map((n) => n.subject));
    expect(annaCases.size).toBeGreaterThan(0);
    for (const other of ['janis', 'martins', 'liga']) for (const n of await notificationsOf(tokens[other])) expect(annaCases.has(n.subject)).toBe(false);

    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Profils', scopes: ['PROFILE_READ', 'CONTACTS_READ'] },
    }, { token: tokens.anna });
    expect(granted.data.grantConsent.errors).toEqual([]);
    const app = await graph.gql('{ me { displayName notifications { totalCount } } }', {}, { token: tokens.annaApp });
    expect(errorCodes(app)).toEqual(['FORBIDDEN']);
    expect(app.data.me.displayName).toBe('Anna Kalniņa');
    const institution = await graph.gql('query($code: String!) { client(personalCode: $code, purpose: "lietas izskatīšana") { notifications { totalCount } } }', { code: DEMO_PEOPLE.anna.personalCode }, { token: tokens.pmlp });
    expect(errorCodes(institution)).toEqual(['FORBIDDEN']);
  });
});

describe('consents and representations', () => {
  const CONSENT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }';
  const grant = async (token: string, validUntil?: string) => {
    const res = await graph.gql(CONSENT, { input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Privāts nolūks', scopes: ['CASES_READ'], validUntil } }, { token });
    expect(res.data.grantConsent.errors).toEqual([]);
    return res.data.grantConsent.consent.id as string;
  };
  const revoke = async (token: string, id: string) => expect((await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id }, { token })).data.revokeConsent.errors).toEqual([]);
  const ofTopic = async (token: string) => (await notificationsOf(token)).filter((n) => n.topic === 'CONSENTS_AND_REPRESENTATIONS');

  it('one who asked is told, in their language, of consents given, revoked and expired and of powers of attorney; one who did not is not', async () => {
    // Mārtiņš (Russian, e-mail on file) asks for the topic by e-mail and in the portal; Jānis (e-mail on file) does not.
    const asked = await graph.gql(PREFERENCES, { input: { notifications: [{ topic: 'CONSENTS_AND_REPRESENTATIONS', channel: 'EMAIL', enabled: true }, { topic: 'CONSENTS_AND_REPRESENTATIONS', channel: 'PORTAL', enabled: true }] } }, { token: tokens.martins });
    expect(asked.data.updatePreferences.errors).toEqual([]);
    const mailsBefore = { martins: smtp.to(EMAIL.martins).length, janis: smtp.to(EMAIL.janis).length };

    const kept = await grant(tokens.martins);
    await revoke(tokens.martins, kept);
    const short = await grant(tokens.martins, new Date(Date.now() + 86_400_000).toISOString());
    const attorney = await graph.gql('mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) { representation { id } errors { code } } }',
      { input: { attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['CASES_READ'], note: 'Privāta piezīme' } }, { token: tokens.martins });
    const representation = attorney.data.grantPowerOfAttorney.representation.id as string;
    expect((await graph.gql('mutation($id: ID!) { revokePowerOfAttorney(id: $id) { errors { code } } }', { id: representation }, { token: tokens.martins })).data.revokePowerOfAttorney.errors).toEqual([]);
    await graph.platform.events.drain();
    await graph.platform.events.schedule(new Date(Date.now() + 2 * 86_400_000)); // the short consent expires
    const janisConsent = await grant(tokens.janis);
    await revoke(tokens.janis, janisConsent);

    const expected = [
      ['lv.gov.psg.consent.granted.v1', kept, 'Ваше согласие: дано case-tracker'],
      ['lv.gov.psg.consent.revoked.v1', kept, 'Ваше согласие: отозвано case-tracker'],
      ['lv.gov.psg.consent.granted.v1', short, 'Ваше согласие: дано case-tracker'],
      ['lv.gov.psg.consent.expired.v1', short, 'Ваше согласие: истекло case-tracker'],
      ['lv.gov.psg.representation.granted.v1', representation, 'Представительство: предоставлено'],
      ['lv.gov.psg.representation.revoked.v1', representation, 'Представительство: отозвано'],
    ].sort();
    const emails = await until(async () => {
      const rows = (await ofTopic(tokens.martins)).filter((n) => n.channel === 'EMAIL' && n.status === 'SENT');
      return rows.length >= expected.length && smtp.to(EMAIL.martins).length >= mailsBefore.martins + expected.length && rows;
    });
    expect(emails.map((n) => [n.eventType, n.subject, n.title]).sort()).toEqual(expected);
    expect((await ofTopic(tokens.martins)).filter((n) => n.channel === 'PORTAL').map((n) => n.eventType).sort()).toEqual(expected.map((e) => e[0]));
    const mails = smtp.to(EMAIL.martins).slice(mailsBefore.martins);
    expect(mails.map((m) => m.subject).sort()).toEqual(expected.map((e) => e[2]).sort());
    const expiredMail = mails.find((m) => m.subject.includes('истекло'))!;
    expect(expiredMail.headers.get('content-language')).toBe('ru');
    expect(expiredMail.text).toContain('Срок вашего согласия для case-tracker истёк');
    expect(expiredMail.text).toContain('«Согласия и доверенности»');
    for (const m of mails) for (const personal of [DEMO_PEOPLE.martins.personalCode, DEMO_PEOPLE.anna.personalCode, 'Privāts nolūks', 'Privāta piezīme']) expect(m.raw).not.toContain(personal);

    // Jānis did not ask: his consent's events reach the notifier (the bus is drained) and tell him nothing.
    await graph.platform.events.drain();
    await new Promise((r) => setTimeout(r, 500));
    await graph.platform.events.drain();
    expect(await ofTopic(tokens.janis)).toEqual([]);
    expect(smtp.to(EMAIL.janis)).toHaveLength(mailsBefore.janis);
  });
});
