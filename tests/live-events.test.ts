// Live updates for portals: `subscription { events }` over Server-Sent Events through the gateway, with the feed's
// authorization: each person receives their own case and consent changes, and nobody else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCase, updateStatus } from './support/cases.ts';
import { openEvents, type Stream } from './support/live.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  graph = await startTestGraph();
  tokens.pmlp = await graph.token({ institution: 'PMLP' });
  tokens.vid = await graph.token({ institution: 'VID' });
  tokens.anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
  tokens.janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
}, 180_000);
const opened: Stream[] = [];
afterAll(async () => {
  for (const s of opened) s.close();
  await graph?.stop();
});

/** Opens a stream that the end of the file closes. */
async function open(token: string | undefined, types?: string[]): Promise<Stream> {
  const stream = await openEvents(graph, { token }, types);
  opened.push(stream);
  return stream;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await graph.platform.events.drain();
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live events over SSE through the gateway', () => {
  it('two persons each receive only their own case and consent changes, as they happen', async () => {
    const anna = await open(tokens.anna);
    const janis = await open(tokens.janis);
    const pmlp = await open(tokens.pmlp, ['lv.gov.psg.case.status-changed.v1']);
    await new Promise((r) => setTimeout(r, 500)); // the streams are open before the changes

    const annaCase = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE.anna.personalCode, submittedAt: new Date().toISOString() });
    await updateStatus(graph, tokens.pmlp, { caseId: annaCase.id, expectedVersion: 1, status: 'REGISTERED' });
    const janisCase = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: DEMO_PEOPLE.janis.personalCode, submittedAt: new Date().toISOString() });
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Sekot pieteikumiem', scopes: ['CASES_READ'] },
    }, { token: tokens.anna });
    const consentId = granted.data.grantConsent.consent.id as string;

    await until(() => anna.events.some((e) => e.subject === consentId) && janis.events.some((e) => e.subject === janisCase.id) && pmlp.events.length > 0);
    expect(anna.events.filter((e) => e.subject === annaCase.id).map((e) => e.type)).toEqual(['lv.gov.psg.case.registered.v1', 'lv.gov.psg.case.status-changed.v1']);
    expect(anna.events.filter((e) => e.subject === consentId).map((e) => e.type)).toEqual(['lv.gov.psg.consent.granted.v1']);
    expect(JSON.parse(anna.events.find((e) => e.subject === annaCase.id)!.data)).toMatchObject({ caseId: annaCase.id, institutionCode: 'PMLP' });
    expect(janis.events.map((e) => e.subject)).toContain(janisCase.id);

    // Nobody receives what they may not read in the feed.
    expect(anna.events.map((e) => e.subject)).not.toContain(janisCase.id);
    expect(janis.events.map((e) => e.subject)).not.toContain(annaCase.id);
    expect(janis.events.map((e) => e.subject)).not.toContain(consentId);
    // An institution its own cases' events, of the type it asked for only.
    expect(pmlp.events.map((e) => [e.type, e.subject])).toEqual([['lv.gov.psg.case.status-changed.v1', annaCase.id]]);
    for (const s of [anna, janis, pmlp]) expect(s.errors).toEqual([]);
    for (const s of [anna, janis, pmlp]) s.close();
  });

  it('an application’s stream ends when the person revokes the consent it reads them by; nothing after the revocation is sent', async () => {
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'live-app' }, purpose: 'Tiešraide', scopes: ['CASES_READ'] },
    }, { token: tokens.janis });
    const consentId = granted.data.grantConsent.consent.id as string;
    const app = await open(await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'live-app' }));
    const other = await open(await graph.token({ application: 'other-live-app' }));
    await new Promise((r) => setTimeout(r, 500));
    const before = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: DEMO_PEOPLE.janis.personalCode, submittedAt: new Date().toISOString() });
    await until(() => app.events.some((e) => e.subject === before.id));

    const revoked = await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id: consentId }, { token: tokens.janis });
    expect(revoked.data.revokeConsent.errors).toEqual([]);
    let ended = false;
    void app.completed.then(() => (ended = true));
    await until(() => ended);
    expect(ended).toBe(true);
    expect(app.events.at(-1)).toMatchObject({ type: 'lv.gov.psg.consent.revoked.v1', subject: consentId });
    expect(app.errors).toEqual([]);
    // The other application's stream goes on and never saw the consent.
    const after = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: DEMO_PEOPLE.janis.personalCode, submittedAt: new Date().toISOString() });
    await graph.platform.events.drain();
    await new Promise((r) => setTimeout(r, 700));
    expect(app.events.map((e) => e.subject)).not.toContain(after.id);
    expect(other.events).toEqual([]);
    let otherEnded = false;
    void other.completed.then(() => (otherEnded = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(otherEnded).toBe(false);
    other.close();
  });

  it('anonymous callers get UNAUTHENTICATED and the stream ends; too many types is BAD_USER_INPUT', async () => {
    const anonymous = await open(undefined);
    await anonymous.completed;
    expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.events).toEqual([]);

    const greedy = await open(tokens.anna, Array.from({ length: 21 }, (_, i) => `t${i}`));
    await greedy.completed;
    expect(greedy.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
