import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import type { RunningPortal } from '../../portal/citizen/server.ts';
import { startConsentExampleApp, type ConsentAppOptions } from '../../docs/examples/consent-app.ts';
import { startCitizenPortal } from '../../portal/citizen/server.ts';
import { startDeveloperPortal } from '../../portal/developer/server.ts';
import { termsAcceptances } from '../../subgraphs/platform/db/tables.ts';
import { TERMS_OF_USE } from '../../subgraphs/platform/domain/applications.ts';
import { startTestGraph, type TestGraph } from '../support/platform.ts';
import { freePort } from '../support/free-port.ts';
import { SCREENSHOTS } from './browser.ts';

/**
 * The developer portal in Debian Chromium, one browser and one journey: every page passes axe-core, a developer
 * signs up, accepts the terms, gets a key, runs a query with it in GraphiQL while every request off this machine is
 * blocked (no CDN), sees the usage per day and per operation, rotates the key, and accepts a new version of the terms.
 */

let graph: TestGraph;
let portal: RunningPortal;
let citizens: RunningPortal;
let browser: Browser;
const ANNA = DEMO_PEOPLE.anna;

beforeAll(async () => {
  const publicUrl = `http://127.0.0.1:${await freePort()}`;
  const citizenUrl = `http://127.0.0.1:${await freePort()}`;
  graph = await startTestGraph({ DEVELOPER_PORTAL_URL: publicUrl, PORTAL_URL: citizenUrl, USAGE_FLUSH_MS: '200' });
  citizens = await startCitizenPortal(
    { graphqlUrl: graph.url, issuer: graph.platform.oidc!.issuer, clientId: graph.config.PORTAL_OIDC_CLIENT_ID, publicUrl: citizenUrl },
    { port: Number(new URL(citizenUrl).port), host: '127.0.0.1' },
  );
  portal = await startDeveloperPortal(
    { graphqlUrl: graph.url, issuer: graph.platform.oidc!.issuer, clientId: graph.config.DEVELOPER_PORTAL_OIDC_CLIENT_ID, publicUrl },
    { port: Number(new URL(publicUrl).port), host: '127.0.0.1' },
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await citizens?.close();
  await graph?.stop();
});

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the developer portal', () => {
  it('a developer signs up, accepts the terms, gets a key, runs a query in the offline GraphiQL, sees the usage per day and operation, rotates the key and accepts new terms', async () => {
    const ctx = await browser.newContext();
    // Offline: nothing but this machine answers. GraphiQL must come whole from the portal.
    const refused: string[] = [];
    await ctx.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost' || route.request().url().startsWith('blob:') || route.request().url().startsWith('data:')) return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    const page = await ctx.newPage();
    const url = portal.url;

    // The public pages, each with axe-core.
    await page.goto(`${url}/catalogue?q=keywords`);
    expect(await page.locator('tr[data-type="Service"]').textContent()).toMatch(/keywords[\s\S]*services/);
    await axe(page, 'catalogue');
    await page.getByRole('link', { name: 'Service', exact: true }).click();
    expect(await page.locator('tr#keywords').count()).toBe(1);
    await axe(page, 'type');
    for (const path of ['/', '/guides', '/guides/developers', '/changelog', '/status', '/graphiql-help', '/?lang=en', '/catalogue?lang=ru']) {
      await page.goto(`${url}${path}`);
      await axe(page, path);
    }
    await page.goto(`${url}/status?lang=lv`);
    expect(await page.locator('tr[data-subgraph="clients"]').textContent()).toContain('Darbojas');
    await page.goto(`${url}/changelog`);
    expect(await page.locator('[data-version]').count()).toBeGreaterThan(0);

    // Sign up: sign in on the provider, register an application.
    await page.goto(`${url}/apps`);
    await page.getByRole('button', { name: new RegExp(ANNA.name) }).click();
    await page.waitForURL(`${url}/apps`);
    await axe(page, '/apps');
    await page.getByLabel('Nosaukums').fill('Ģimenes kalendārs');
    await page.getByLabel('Mērķis (ko lietotne dara ar datiem)').fill('Rāda ģimenei pakalpojumu termiņus un pieteikumu statusus.');
    await page.getByLabel('Kontakts (e-pasts vai tālrunis)').fill('izstrade@example.lv');
    await page.getByLabel('Novirzīšanas adreses (pa vienai rindā)').fill('http://127.0.0.1:9999/callback');
    await page.getByRole('button', { name: 'Reģistrēt lietotni' }).click();
    await page.waitForURL(/\/apps\/[0-9a-f-]{36}$/);
    const appPage = page.url();
    // No key before the terms are accepted.
    expect(await page.getByRole('button', { name: 'Izveidot FREE atslēgu' }).count()).toBe(0);
    await axe(page, 'application (terms)');
    await page.getByRole('button', { name: 'Piekrītu noteikumiem' }).click();
    await page.waitForURL(/#keys$/);
    expect(await page.locator('main').textContent()).toContain('Pieņemti noteikumi, versija 1');

    // The key, shown once.
    await page.getByRole('button', { name: 'Izveidot FREE atslēgu' }).click();
    const secret = (await page.locator('[data-secret]').textContent())!;
    expect(secret).toMatch(/^psg_\w+_/);
    await axe(page, 'key shown once');

    // GraphiQL from the portal's own page, with the key, offline.
    const answered = page.waitForResponse((r) => r.url() === graph.url && r.request().method() === 'POST' && r.request().headers()['x-api-key'] === secret && !!r.request().postData()?.includes('query Sveiki'), { timeout: 60_000 });
    await page.getByRole('button', { name: 'Atvērt GraphiQL ar šo atslēgu' }).click();
    await page.locator('.graphiql-execute-button').first().waitFor({ timeout: 60_000 });
    // WCAG 2.1 AA. What remains is GraphiQL's own tab markup, a close button inside each role="tab" (docs/developers.md).
    const graphiql = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const library = (v: (typeof graphiql.violations)[number]) => v.id === 'nested-interactive' && v.nodes.every((n) => n.html.includes('graphiql-tab'));
    expect(graphiql.violations.filter((v) => !library(v)).map((v) => `graphiql: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('.graphiql-execute-button').first().click();
    const res = await answered;
    expect((await res.json()).data.services.totalCount).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/developer-graphiql.png` });

    // The usage shows up per day and per operation (the gateway writes it in batches).
    let operations = 0;
    const sveiki = page.locator('table[data-operations] tbody tr', { has: page.locator('th', { hasText: /^Sveiki$/ }) });
    for (let i = 0; i < 50 && (operations < 1 || !(await sveiki.count())); i++) {
      await page.goto(appPage);
      const cell = page.locator('table[data-usage] tbody tr td:nth-child(2)').first();
      operations = (await cell.count()) ? Number(await cell.textContent()) : 0;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(operations).toBeGreaterThanOrEqual(1);
    expect(await page.locator('svg[aria-labelledby="usage-title"] rect').count()).toBeGreaterThan(0);
    expect(await sveiki.locator('td').first().textContent()).toBe('1');
    expect(await page.locator('#operations-title').textContent()).toContain('Sveiki 1');
    expect(await page.locator('svg[aria-labelledby="operations-title"] rect').count()).toBe(await page.locator('table[data-operations] tbody tr').count());
    expect(await page.locator('[data-headroom]').textContent()).toContain('FREE');
    await axe(page, 'application (usage)');

    // Rotation: a new key shown once; the old one stops at once.
    const prefix = secret.split('_')[1];
    await page.getByRole('button', { name: `Nomainīt psg_${prefix}` }).click();
    const rotated = (await page.locator('[data-secret]').textContent())!;
    expect(rotated).not.toBe(secret);
    const old = await graph.gql('{ services(first: 1) { totalCount } }', {}, { headers: { 'x-api-key': secret } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await graph.gql('{ services(first: 1) { totalCount } }', {}, { headers: { 'x-api-key': rotated } });
    expect(fresh.errors).toBeUndefined();

    // A release publishes version 2 of the terms (a new entry in TERMS_OF_USE): no key is made or rotated until the
    // developer accepts it; revoking is never held back.
    const terms = TERMS_OF_USE as unknown as { version: number; publishedAt: string; text: string }[];
    terms.push({ version: 2, publishedAt: '2026-12-01', text: `${terms[0].text}\n\nOtrā versija: atslēgas nomaina ne retāk kā reizi gadā.` });
    try {
      const anna = { token: await graph.token({ person: ANNA.personalCode }) };
      const appId = new URL(appPage).pathname.split('/').pop()!;
      const keyId = (await graph.gql('{ myApplications { id keys { id status } } }', {}, anna)).data.myApplications
        .find((a: { id: string }) => a.id === appId).keys.find((k: { status: string }) => k.status === 'ACTIVE').id;
      const made = await graph.gql('mutation($id: ID!) { createApplicationKey(input: { applicationId: $id }) { secret errors { code } } }', { id: appId }, anna);
      expect(made.data.createApplicationKey).toEqual({ secret: null, errors: [{ code: 'TERMS_NOT_ACCEPTED' }] });
      const turned = await graph.gql('mutation($id: ID!) { rotateApplicationKey(input: { keyId: $id }) { secret errors { code } } }', { id: keyId }, anna);
      expect(turned.data.rotateApplicationKey).toEqual({ secret: null, errors: [{ code: 'TERMS_NOT_ACCEPTED' }] });
      // The portal asks again, and offers neither a new key nor a rotation meanwhile.
      await page.goto(appPage);
      expect(await page.locator('main').textContent()).toContain('pieņemiet lietošanas noteikumus, versija 2');
      expect(await page.locator('[data-terms]').textContent()).toContain('Otrā versija');
      expect(await page.getByRole('button', { name: 'Izveidot FREE atslēgu' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Nomainīt/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'Piekrītu noteikumiem' }).click();
      await page.waitForURL(/#keys$/);
      expect(await page.locator('main').textContent()).toContain('Pieņemti noteikumi, versija 2');
      // Both acceptances are kept, each with its version and time.
      const accepted = await graph.platform.databases.get('platform')!.db.select().from(termsAcceptances).where(eq(termsAcceptances.applicationId, appId)).orderBy(termsAcceptances.version);
      expect(accepted.map((a) => a.version)).toEqual([1, 2]);
      expect(accepted[1].acceptedAt.getTime()).toBeGreaterThanOrEqual(accepted[0].acceptedAt.getTime());
      expect(Date.now() - accepted[1].acceptedAt.getTime()).toBeLessThan(120_000);
      const again = await graph.gql('mutation($id: ID!) { rotateApplicationKey(input: { keyId: $id }) { secret errors { code } } }', { id: keyId }, anna);
      expect(again.data.rotateApplicationKey.secret).toMatch(/^psg_/);
    } finally {
      terms.pop();
    }
    await ctx.close();
  }, 240_000);

  it('a person grants an example application a consent through the citizen portal; the application reads what was granted, and nothing more', async () => {
    // The example application (docs/examples/consent-app.ts), registered by a developer with its callback.
    const LIGA = DEMO_PEOPLE.liga;
    const options: ConsentAppOptions = { portalUrl: citizens.url, graphqlUrl: graph.url, clientId: '', apiKey: '', personToken: async () => graph.token({ person: LIGA.personalCode, app: options.clientId }) };
    const example = await startConsentExampleApp(options);
    try {
      const developer = { token: await graph.token({ person: DEMO_PEOPLE.janis.personalCode }) };
      const registered = await graph.gql(`mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { id clientId } errors { message } } }`,
        { input: { name: 'Ģimenes kalendārs', purpose: 'Rāda ģimenei pieteikumu statusus un termiņus.', contact: 'izstrade@example.lv', redirectUris: [`${example.url}/callback`] } }, developer);
      const { id, clientId } = registered.data.registerApplication.application;
      await graph.gql('mutation($id: ID!) { acceptTermsOfUse(input: { applicationId: $id, version: 1 }) { errors { message } } }', { id }, developer);
      const key = await graph.gql('mutation($id: ID!) { createApplicationKey(input: { applicationId: $id }) { secret } }', { id }, developer);
      Object.assign(options, { clientId, apiKey: key.data.createApplicationKey.secret });

      // Before the consent the application reads nothing of her.
      const before = await graph.gql('{ me { displayName } }', {}, { token: await options.personToken(), headers: { 'x-api-key': options.apiKey } });
      expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // The flow needs no script (the pages have none); JavaScript is on for axe-core only.
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const step = (what: string) => process.env.PSG_TEST_STEPS && console.log(`consent: ${what} ${page.url()}`);
      await page.goto(`${example.url}/`);
      await page.getByRole('link', { name: 'Savienot ar Valsts pakalpojumiem' }).click();
      step('asked');
      await page.getByRole('button', { name: new RegExp(LIGA.name) }).click();
      await page.waitForURL(/\/consent\?/);
      step('consent page');
      // Who asks and why, and which data.
      expect(await page.locator('[data-app-name]').textContent()).toBe('Ģimenes kalendārs');
      expect(await page.locator('[data-purpose]').textContent()).toBe('Rādīt jūsu pieteikumu statusus ģimenes kalendārā');
      expect(await page.locator('[data-scopes] li').allTextContents()).toEqual(['profils', 'pieteikumi']);
      await axe(page, 'consent request');
      await page.getByRole('button', { name: 'Piekrītu' }).click();
      step('granted');
      await page.waitForURL((u) => u.href.startsWith(`${example.url}/callback?`));
      expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('granted');
      expect(await page.locator('[data-name]').textContent()).toBe(LIGA.name);
      expect(await page.locator('[data-cases] li').count()).toBeGreaterThan(0);
      // Contacts were not asked for: the graph refuses them.
      expect(await page.locator('[data-contacts]').textContent()).toBe('FORBIDDEN');
      // The consent is hers to see, with the application as recipient and exactly the scopes asked.
      const mine = await graph.gql('{ me { consents(first: 20) { nodes { recipient { id } scopes status } } } }', {}, { token: await graph.token({ person: LIGA.personalCode }) });
      expect(mine.data.me.consents.nodes).toContainEqual({ recipient: { id: clientId }, scopes: ['PROFILE_READ', 'CASES_READ'], status: 'GRANTED' });

      // A redirect URI the application did not register is never followed.
      await page.goto(`${citizens.url}/consent?client_id=${clientId}&scope=PROFILE_READ&purpose=Cits%20m%C4%93r%C4%B7is&redirect_uri=${encodeURIComponent('https://evil.example/cb')}&state=x`);
      expect(await page.locator('main .error').textContent()).toContain('nav reģistrējusi');
      await ctx.close();
    } finally {
      await example.close();
    }
  }, 300_000);
});
