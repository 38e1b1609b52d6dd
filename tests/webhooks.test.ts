// Webhook subscriptions and their delivery, through the gateway, on the embedded bus and (TEST_NATS_URL) on JetStream.
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JetStreamBus } from '../common/events/bus.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { AddressGuard } from '../subgraphs/platform/webhooks/address-guard.ts';
import { dispatcherFor, runDispatcher } from '../scripts/webhooks.ts';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

const STATUS_CHANGED = 'lv.gov.psg.case.status-changed.v1';
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id ownerKind ownerCode types validatedAt } secret errors { code message field } } }`;
const SUBSCRIPTION = `query($id: ID!, $status: WebhookDeliveryStatus) { webhookSubscription(id: $id) {
  id validatedAt health { state pending delivered deadLettered consecutiveFailures lastError }
  deliveries(status: $status, first: 100) { id eventId eventType status attempts lastStatusCode lastError }
} }`;
const REDRIVE = `mutation($input: RedriveWebhookDeliveriesInput!) { redriveWebhookDeliveries(input: $input) { redriven errors { code } } }`;

const natsUrl = process.env.TEST_NATS_URL;
const run = randomUUID().slice(0, 8);
const FAST = {
  WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
  WEBHOOK_MAX_ATTEMPTS: '6',
  WEBHOOK_BACKOFF_BASE_MS: '40',
  WEBHOOK_BACKOFF_MAX_MS: '200',
  WEBHOOK_POLL_MS: '40',
  WEBHOOK_TIMEOUT_MS: '1500',
};
const modes: { bus: string; env: Record<string, string> }[] = [
  { bus: 'embedded', env: FAST },
  ...(natsUrl ? [{ bus: 'jetstream', env: { ...FAST, NATS_URL: natsUrl, NATS_STREAM: `PSG_WH_${run}`, NATS_SUBJECT_PREFIX: `psg.wh.${run}`, WEBHOOK_CONSUMER: `wh_${run}` } }] : []),
];

describe.each(modes)('webhooks on the $bus bus', ({ bus, env }) => {
  let graph: TestGraph;
  const tokens: Record<string, string> = {};
  const receivers: WebhookReceiver[] = [];
  let n = 100 + (bus === 'embedded' ? 0 : 50);

  beforeAll(async () => {
    graph = await startTestGraph(env);
    tokens.pmlp = await graph.token({ institution: 'PMLP' });
    tokens.vid = await graph.token({ institution: 'VID' });
    tokens.operator = await graph.token({ operator: 'ops-1' });
    tokens.anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    tokens.janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    const jetstream = graph?.platform.events.bus as JetStreamBus | undefined;
    if (jetstream?.kind === 'jetstream') await jetstream.manager.streams.delete(env.NATS_STREAM).catch(() => {});
    await graph?.stop();
  });

  const receiver = async () => {
    const r = await WebhookReceiver.start();
    receivers.push(r);
    return r;
  };
  async function subscribe(token: string, url: string, types = [STATUS_CHANGED]) {
    const res = await graph.gql(SUBSCRIBE, { input: { url, types } }, { token });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const payload = res.data.createWebhookSubscription;
    expect(payload.errors).toEqual([]);
    return { id: payload.subscription.id as string, secret: payload.secret as string };
  }
  const subscription = async (token: string, id: string, status?: string) => (await graph.gql(SUBSCRIPTION, { id, status }, { token })).data.webhookSubscription;
  /** A new case at `institution` and a status change on it; the relays drained so the bus has the events. */
  async function statusChange(token: string, opts: { serviceCode?: string; personalCode?: string } = {}) {
    const created = await registerCase(graph, token, { personalCode: opts.personalCode ?? testPersonalCode(n++), ...(opts.serviceCode ? { serviceCode: opts.serviceCode } : {}) });
    await updateStatus(graph, token, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    await graph.platform.events.drain();
    await graph.platform.webhooks!.dispatcher.idle();
    return created.id as string;
  }
  const settled = (token: string, id: string) => eventually(async () => (await subscription(token, id)).health.pending === 0, 'deliveries to settle');

  it('a status change reaches the receiver after the handshake, signed, exactly once per event id, with ids only', async () => {
    const r = await receiver();
    const { id, secret } = await subscribe(tokens.pmlp, r.url);
    const personalCode = testPersonalCode(n++);
    const caseId = await statusChange(tokens.pmlp, { personalCode });
    await eventually(() => r.received.length === 1, 'the delivery');
    await settled(tokens.pmlp, id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.received).toHaveLength(1);
    expect(r.handshakes).toEqual(['events.psg.gov.lv']);
    const [got] = r.received;
    const event = new Webhook(secret).verify(got.body, { 'webhook-id': got.id, 'webhook-timestamp': got.timestamp, 'webhook-signature': got.signature }) as { id: string; type: string; subject: string; data: Record<string, unknown> };
    expect(event).toMatchObject({ id: got.id, type: STATUS_CHANGED, subject: caseId, data: { caseId, institutionCode: 'PMLP', from: 'SUBMITTED', to: 'REGISTERED' } });
    expect(got.body).not.toContain(personalCode);
    expect(() => new Webhook(`whsec_${Buffer.from('another secret of 32 bytes......').toString('base64')}`).verify(got.body, { 'webhook-id': got.id, 'webhook-timestamp': got.timestamp, 'webhook-signature': got.signature })).toThrow();
    const seen = await subscription(tokens.pmlp, id);
    expect(seen.validatedAt).not.toBeNull();
    expect(seen.deliveries).toMatchObject([{ eventId: got.id, status: 'DELIVERED', attempts: 1, lastStatusCode: 204 }]);
  });

  it('a receiver failing 5 times gets the event on the 6th try; its health shows the failures, then the recovery', async () => {
    const r = await receiver();
    r.failNext = 5;
    const { id } = await subscribe(tokens.pmlp, r.url);
    await statusChange(tokens.pmlp);
    await eventually(() => r.received.length === 1, 'the 6th try');
    await settled(tokens.pmlp, id);
    expect(r.posts).toBe(6);
    const seen = await subscription(tokens.pmlp, id);
    expect(seen.deliveries).toMatchObject([{ status: 'DELIVERED', attempts: 6 }]);
    expect(seen.health).toMatchObject({ state: 'HEALTHY', consecutiveFailures: 0, delivered: 1, deadLettered: 0, lastError: 'HTTP 503' });
  });

  it('a dead receiver ends in the dead letter, visible to its owner only; a redrive delivers it under the same webhook-id', async () => {
    const r = await receiver();
    r.dead = true;
    const { id } = await subscribe(tokens.pmlp, r.url);
    await statusChange(tokens.pmlp);
    await eventually(async () => (await subscription(tokens.pmlp, id)).health.deadLettered === 1, 'the dead letter');
    const dead = await subscription(tokens.pmlp, id, 'DEAD_LETTERED');
    expect(dead.deliveries).toMatchObject([{ status: 'DEAD_LETTERED', attempts: 6, lastStatusCode: 500, lastError: 'HTTP 500' }]);
    expect(dead.health).toMatchObject({ state: 'FAILING', consecutiveFailures: 6, pending: 0 });
    expect(r.posts).toBe(6);
    // Another institution neither sees nor redrives it.
    expect(await subscription(tokens.vid, id)).toBeNull();
    expect((await graph.gql(REDRIVE, { input: { subscriptionId: id } }, { token: tokens.vid })).data.redriveWebhookDeliveries.errors).toEqual([{ code: 'NOT_FOUND' }]);

    r.dead = false;
    expect((await graph.gql(REDRIVE, { input: { subscriptionId: id, deliveryIds: [dead.deliveries[0].id] } }, { token: tokens.pmlp })).data.redriveWebhookDeliveries).toEqual({ redriven: 1, errors: [] });
    await eventually(() => r.received.length === 1, 'the redriven delivery');
    expect(r.received[0].id).toBe(dead.deliveries[0].eventId);
    await settled(tokens.pmlp, id);
    expect((await subscription(tokens.pmlp, id)).health).toMatchObject({ state: 'HEALTHY', delivered: 1, deadLettered: 0 });
  });

  it('nobody receives an event about data they may not read', async () => {
    const app = { ok: `wh-app-ok-${bus}`, no: `wh-app-no-${bus}` };
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: app.ok }, purpose: 'Paziņojumi par maniem pieteikumiem', scopes: ['CASES_READ'] },
    }, { token: tokens.anna });
    expect(granted.data.grantConsent.errors).toEqual([]);
    const who = {
      pmlp: tokens.pmlp, vid: tokens.vid, operator: tokens.operator,
      appOk: await graph.token({ application: app.ok }), appNo: await graph.token({ application: app.no }),
    };
    const subs: Record<string, { r: WebhookReceiver; id: string }> = {};
    for (const [name, token] of Object.entries(who)) {
      const r = await receiver();
      subs[name] = { r, id: (await subscribe(token, r.url)).id };
    }
    const janisAtPmlp = await statusChange(tokens.pmlp, { personalCode: DEMO_PEOPLE.janis.personalCode });
    const annaAtVid = await statusChange(tokens.vid, { personalCode: DEMO_PEOPLE.anna.personalCode, serviceCode: 'VID-GID' });
    // One statement stores an event's deliveries to every subscription: once the operator has both, all exist.
    await eventually(() => [janisAtPmlp, annaAtVid].every((c) => subs.operator.r.events().some((e) => e.subject === c)), 'the operator’s deliveries');
    for (const [name, token] of Object.entries(who)) await settled(token, subs[name].id);
    const got = (name: string) => subs[name].r.events().map((e) => e.subject).filter((s) => s === janisAtPmlp || s === annaAtVid).sort();
    expect(got('pmlp')).toEqual([janisAtPmlp]);
    expect(got('vid')).toEqual([annaAtVid]);
    expect(got('operator')).toEqual([janisAtPmlp, annaAtVid].sort());
    expect(got('appOk')).toEqual([annaAtVid]);
    expect(got('appNo')).toEqual([]);
    // The application's deliveries of events it may not see are withheld, not sent.
    expect((await subscription(who.appNo, subs.appNo.id, 'WITHHELD')).deliveries.length).toBeGreaterThanOrEqual(2);
  });

  it('a revoked consent stops an application’s deliveries before the next event', async () => {
    const application = `wh-revoke-${bus}`;
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: application }, purpose: 'Paziņojumi', scopes: ['CASES_READ'] },
    }, { token: tokens.anna });
    const consentId = granted.data.grantConsent.consent.id;
    const appToken = await graph.token({ application });
    const r = await receiver();
    const { id } = await subscribe(appToken, r.url);
    const first = await statusChange(tokens.vid, { personalCode: DEMO_PEOPLE.anna.personalCode, serviceCode: 'VID-GID' });
    await eventually(() => r.events().some((e) => e.subject === first), 'the delivery while the consent holds');

    const revoked = await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id: consentId }, { token: tokens.anna });
    expect(revoked.data.revokeConsent.errors).toEqual([]);
    const second = await statusChange(tokens.vid, { personalCode: DEMO_PEOPLE.anna.personalCode, serviceCode: 'VID-GID' });
    await eventually(async () => (await subscription(appToken, id, 'WITHHELD')).deliveries.length === 1, 'the withheld delivery');
    await settled(appToken, id);
    expect(r.events().map((e) => e.subject)).toEqual([first]);
    const withheld = await subscription(appToken, id, 'WITHHELD');
    expect(withheld.deliveries).toMatchObject([{ status: 'WITHHELD', lastError: expect.stringContaining('consent') }]);
    expect(second).not.toBe(first);
  });

  it('an application hears of the consents given to it, granted and revoked, and never of another application’s', async () => {
    const CONSENT_TYPES = ['lv.gov.psg.consent.granted.v1', 'lv.gov.psg.consent.revoked.v1'];
    const apps = { a: `wh-consent-a-${bus}`, b: `wh-consent-b-${bus}` };
    const subs: Record<string, { r: WebhookReceiver; id: string; token: string }> = {};
    for (const [name, application] of Object.entries(apps)) {
      const token = await graph.token({ application });
      const r = await receiver();
      subs[name] = { r, token, id: (await subscribe(token, r.url, CONSENT_TYPES)).id };
    }
    // A type that is neither the application's consent nor covered by one stays refused.
    const refused = await graph.gql(SUBSCRIBE, { input: { url: subs.a.r.url, types: ['lv.gov.psg.representation.granted.v1'] } }, { token: subs.a.token });
    expect(refused.data.createWebhookSubscription.errors).toMatchObject([{ code: 'UNKNOWN_EVENT_TYPE', field: 'types' }]);

    const grant = async (application: string) => {
      const res = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
        input: { recipient: { kind: 'APPLICATION', id: application }, purpose: 'Privāts nolūks', scopes: ['CASES_READ'] },
      }, { token: tokens.anna });
      expect(res.data.grantConsent.errors).toEqual([]);
      return res.data.grantConsent.consent.id as string;
    };
    const toA = await grant(apps.a);
    const revoked = await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id: toA }, { token: tokens.anna });
    expect(revoked.data.revokeConsent.errors).toEqual([]);
    const toB = await grant(apps.b);
    await graph.platform.events.drain();
    await graph.platform.webhooks!.dispatcher.idle();

    await eventually(() => subs.a.r.received.length === 2 && subs.b.r.received.length === 1, 'the consents’ deliveries');
    for (const { token, id } of Object.values(subs)) await settled(token, id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(subs.a.r.events().map((e) => [e.type, e.subject]).sort()).toEqual([[CONSENT_TYPES[0], toA], [CONSENT_TYPES[1], toA]]);
    expect(subs.a.r.events().find((e) => e.type === CONSENT_TYPES[1])?.data).toMatchObject({ consentId: toA, recipientKind: 'APPLICATION', recipientId: apps.a, scopes: ['CASES_READ'] });
    expect(subs.b.r.events().map((e) => [e.type, e.subject])).toEqual([[CONSENT_TYPES[0], toB]]);
    for (const got of [...subs.a.r.received, ...subs.b.r.received]) expect(got.body).not.toContain('Privāts nolūks');
    // Not even a withheld row: another application's consent is never fanned out to B.
    expect((await subscription(subs.b.token, subs.b.id)).deliveries).toHaveLength(1);
  });

  it('one hung endpoint does not delay another', async () => {
    const hung = await receiver();
    hung.hang = true;
    const fast = await receiver();
    await subscribe(tokens.pmlp, hung.url);
    const { id } = await subscribe(tokens.pmlp, fast.url);
    const cases: string[] = [];
    for (let i = 0; i < 6; i++) cases.push(await statusChange(tokens.pmlp));
    await eventually(() => cases.every((c) => fast.events().some((e) => e.subject === c)), 'the fast endpoint’s deliveries', 5_000);
    expect(hung.received).toHaveLength(0);
    await settled(tokens.pmlp, id);
  });

  it('two dispatchers deliver each event once between them', async () => {
    const platformDb = graph.platform.databases.get('platform')!.db;
    const second = await runDispatcher(dispatcherFor(graph.config, platformDb, null, createLogger('silent')), graph.platform.events.bus, graph.config, createLogger('silent'));
    try {
      const r = await receiver();
      const { id } = await subscribe(tokens.pmlp, r.url);
      const cases: string[] = [];
      for (let i = 0; i < 10; i++) cases.push(await statusChange(tokens.pmlp));
      await eventually(() => r.received.length >= 10, 'ten deliveries');
      await settled(tokens.pmlp, id);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(r.received).toHaveLength(10);
      expect(new Set(r.received.map((x) => x.id)).size).toBe(10);
      expect(r.events().map((e) => e.subject).sort()).toEqual(cases.sort());
    } finally {
      await second.stop();
    }
  });

  it('a rotated secret signs beside the old one during the grace period', async () => {
    const r = await receiver();
    const { id, secret: old } = await subscribe(tokens.pmlp, r.url);
    const rotated = await graph.gql('mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret subscription { previousSecretValidUntil } errors { code } } }', { input: { id, graceMinutes: 60 } }, { token: tokens.pmlp });
    const { secret: fresh, subscription: sub } = rotated.data.rotateWebhookSecret;
    expect(fresh).toMatch(/^whsec_/);
    expect(sub.previousSecretValidUntil).not.toBeNull();
    await statusChange(tokens.pmlp);
    await eventually(() => r.received.length === 1, 'the delivery');
    const [got] = r.received;
    const headers = { 'webhook-id': got.id, 'webhook-timestamp': got.timestamp, 'webhook-signature': got.signature };
    expect(got.signature.split(' ')).toHaveLength(2);
    for (const secret of [old, fresh]) expect(new Webhook(secret).verify(got.body, headers)).toMatchObject({ id: got.id });
  });
});

describe('webhook input and who may subscribe', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ ...FAST });
  });
  afterAll(() => graph?.stop());

  it('refuses a bad URL, a private address, plain http to the internet and an unknown type, with codes', async () => {
    const pmlp = await graph.token({ institution: 'PMLP' });
    const refused = async (url: string, types: string[], code: string, field: string) => {
      const res = await graph.gql(SUBSCRIBE, { input: { url, types } }, { token: pmlp });
      expect(res.data.createWebhookSubscription, url).toMatchObject({ subscription: null, secret: null, errors: [{ code, field }] });
    };
    await refused('not a url', [STATUS_CHANGED], 'INVALID_URL', 'url');
    await refused('ftp://example.lv/hook', [STATUS_CHANGED], 'INVALID_URL', 'url');
    await refused('https://user:pw@example.lv/hook', [STATUS_CHANGED], 'INVALID_URL', 'url');
    await refused('http://10.1.2.3/hook', [STATUS_CHANGED], 'PRIVATE_ADDRESS', 'url');
    await refused('http://169.254.169.254/latest/meta-data', [STATUS_CHANGED], 'PRIVATE_ADDRESS', 'url');
    await refused('http://127.0.0.2:8080/hook', [STATUS_CHANGED], 'PRIVATE_ADDRESS', 'url');
    await refused('http://[::1]:8080/hook', [STATUS_CHANGED], 'PRIVATE_ADDRESS', 'url');
    await refused('http://[::ffff:10.0.0.1]/hook', [STATUS_CHANGED], 'PRIVATE_ADDRESS', 'url');
    await refused('http://93.184.216.34/hook', [STATUS_CHANGED], 'INVALID_URL', 'url');
    await refused('https://no-such-host.invalid/hook', [STATUS_CHANGED], 'UNRESOLVABLE_HOST', 'url');
    await refused('https://93.184.216.34/hook', ['lv.gov.psg.case.not-invented.v1'], 'UNKNOWN_EVENT_TYPE', 'types');
    await refused('https://93.184.216.34/hook', [], 'BAD_USER_INPUT', 'types');
  });

  it('persons may not subscribe, anonymous callers must sign in, and nobody sees another’s subscription', async () => {
    const r = await WebhookReceiver.start();
    try {
      const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
      const input = { url: r.url, types: [STATUS_CHANGED] };
      expect(errorCodes(await graph.gql(SUBSCRIBE, { input }, { token: janis }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graph.gql(SUBSCRIBE, { input }))).toEqual(['UNAUTHENTICATED']);
      const vid = await graph.token({ institution: 'VID' });
      const created = (await graph.gql(SUBSCRIBE, { input }, { token: vid })).data.createWebhookSubscription.subscription;
      expect(created).toMatchObject({ ownerKind: 'INSTITUTION', ownerCode: 'VID', validatedAt: null });
      const pmlp = await graph.token({ institution: 'PMLP' });
      expect((await graph.gql(SUBSCRIPTION, { id: created.id }, { token: pmlp })).data.webhookSubscription).toBeNull();
      expect((await graph.gql('{ webhookSubscriptions { id } }', {}, { token: pmlp })).data.webhookSubscriptions.map((s: { id: string }) => s.id)).not.toContain(created.id);
      const operator = await graph.token({ operator: 'ops-1' });
      expect((await graph.gql('{ webhookSubscriptions { id } }', {}, { token: operator })).data.webhookSubscriptions.map((s: { id: string }) => s.id)).toContain(created.id);
      const del = 'mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { deletedId errors { code } } }';
      expect((await graph.gql(del, { input: { id: created.id } }, { token: pmlp })).data.deleteWebhookSubscription).toEqual({ deletedId: null, errors: [{ code: 'NOT_FOUND' }] });
      expect((await graph.gql(del, { input: { id: created.id } }, { token: vid })).data.deleteWebhookSubscription).toEqual({ deletedId: created.id, errors: [] });
    } finally {
      await r.close();
    }
  });

  it('at delivery, a name that resolves to a private address is refused at the connection (DNS rebinding)', async () => {
    const guard = new AddressGuard('');
    const answer = await new Promise<string>((resolve) => guard.lookup('localhost', {}, (err, address) => resolve(err ? err.message : String(address))));
    expect(answer).toMatch(/private address/);
    expect(new AddressGuard('127.0.0.1/32').permits('127.0.0.1')).toBe(true);
    expect(new AddressGuard('127.0.0.1/32').permits('::ffff:127.0.0.2')).toBe(false);
  });
});
