// A webhook dispatcher killed with SIGKILL in the middle of deliveries: nothing is lost, and what is sent again
// carries the same webhook-id. The dispatcher runs as a child process (npm run webhooks:dispatch) sharing the
// deliveries through PostgreSQL, so this runs when TEST_DATABASE_URL is set (CI's PostgreSQL pass).
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import type { EmbeddedBus } from '../common/events/bus.ts';
import { dispatcherFor } from '../scripts/webhooks.ts';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';
import { runScript, stopProcess } from './support/processes.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

const SETTINGS = { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', WEBHOOK_BACKOFF_BASE_MS: '40', WEBHOOK_BACKOFF_MAX_MS: '200', WEBHOOK_POLL_MS: '40', WEBHOOK_TIMEOUT_MS: '500' };

describe.skipIf(!process.env.TEST_DATABASE_URL)('a webhook dispatcher killed mid-delivery', () => {
  let graph: TestGraph;
  let receiver: WebhookReceiver;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // The graph's own dispatcher is off: this process only stores events' deliveries; the child tries them.
    graph = await startTestGraph({ ...SETTINGS, WEBHOOK_DISPATCHER: 'false' });
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) await stopProcess(child, 'SIGKILL');
    await receiver?.close();
    await graph?.stop();
  });

  const dispatcher = async () => {
    const { child } = await runScript(['scripts/webhook-dispatcher.ts'], { ...SETTINGS, PLATFORM_DATABASE_URL: graph.config.DATABASE_URL!, LOG_LEVEL: 'silent' }, /Webhook dispatcher on the embedded bus/);
    children.push(child);
    return child;
  };

  it('loses nothing, and repeats only under the same webhook-id', { timeout: 120_000 }, async () => {
    const fanOut = dispatcherFor(graph.config, graph.platform.databases.get('platform')!.db, null, createLogger('silent'));
    (graph.platform.events.bus as EmbeddedBus).subscribe((event, audience) => fanOut.offer(event, audience));
    const pmlp = await graph.token({ institution: 'PMLP' });
    const created = await graph.gql('mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { errors { code } } }', { input: { url: receiver.url, types: ['lv.gov.psg.case.status-changed.v1'] } }, { token: pmlp });
    expect(created.data.createWebhookSubscription.errors).toEqual([]);

    const first = await dispatcher();
    receiver.hang = true;
    const hung = new Promise<void>((resolve) => (receiver.onHang = resolve));
    const cases: string[] = [];
    for (let i = 0; i < 8; i++) {
      const c = await registerCase(graph, pmlp, { personalCode: testPersonalCode(300 + i) });
      await updateStatus(graph, pmlp, { caseId: c.id, expectedVersion: 1, status: 'REGISTERED' });
      cases.push(c.id);
    }
    await graph.platform.events.drain();
    await fanOut.idle();
    await hung;
    const inFlight = [...receiver.posted];
    expect(inFlight.length).toBeGreaterThan(0);
    await stopProcess(first, 'SIGKILL');

    receiver.hang = false;
    await dispatcher();
    await eventually(() => new Set(receiver.received.map((r) => r.id)).size === 8, 'all eight events', 30_000);
    const subjects = receiver.events().map((e) => e.subject);
    expect(new Set(subjects)).toEqual(new Set(cases));
    // Every id sent more than once was one in flight when the dispatcher died, and it kept its id.
    const ids = receiver.posted;
    const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    expect(repeated.length).toBeGreaterThan(0);
    for (const id of repeated) expect(inFlight).toContain(id);
    for (const id of inFlight) expect(receiver.received.map((r) => r.id)).toContain(id);
  });
});
