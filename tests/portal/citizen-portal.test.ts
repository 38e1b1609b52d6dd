import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { SCREENSHOTS, signIn, startPortalFixture, type PortalFixture } from './browser.ts';

let f: PortalFixture;
beforeAll(async () => {
  f = await startPortalFixture();
}, 120_000);
afterAll(() => f?.stop());

const LIGA = DEMO_PEOPLE.liga.name;
const EMILIJA = DEMO_PEOPLE.emilija.name;

async function context(javaScriptEnabled: boolean): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await f.browser.newContext({ javaScriptEnabled });
  return { ctx, page: await ctx.newPage() };
}

/** The whole journey of a signed-in person; run with and without JavaScript, as every form must work both ways. */
async function journey(page: Page, purpose: string) {
  const url = f.portal.url;
  await signIn(page, url, LIGA, '/');
  expect(await page.locator('header').textContent()).toContain(LIGA);

  // A misspelt Latvian query finds the service; the result says what to do next.
  await page.getByLabel('Ko vēlaties izdarīt?').fill('dzīvesvita');
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await page.waitForURL(/q=dz/);
  const first = page.locator('article.card').first();
  expect(await first.getByRole('link', { name: 'Dzīvesvietas deklarēšana' }).count()).toBe(1);
  await first.getByRole('link', { name: 'Ko vajag pirms pieteikšanās' }).click();
  await page.waitForURL(`${url}/services/PMLP-DZIVESVIETA`);
  for (const heading of ['Nepieciešamie dokumenti', 'Apstrīdēšana', 'Kā saņemt'])
    expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
  expect(await page.locator('main dl').textContent()).toMatch(/Izpildes termiņš[\s\S]*Maksa[\s\S]*Identifikācija[\s\S]*Ja iestāde neatbild laikā/);

  // Her cases, with a timeline.
  await page.getByRole('link', { name: 'Mani pieteikumi' }).click();
  const birth = page.locator('article.card', { hasText: 'RIGA-DZ-2026-5531' });
  expect(await birth.count()).toBe(1);
  await birth.locator('summary', { hasText: 'Vēsture' }).click();
  expect(await birth.locator('ol.timeline li').count()).toBeGreaterThan(0);
  expect(await birth.locator('ol.timeline').isVisible()).toBe(true);
  const complaints = birth.locator('dt:text-is("Sūdzības") + dd');
  const complaintsBefore = (await complaints.count()) ? Number(await complaints.textContent()) : 0;
  await birth.locator('summary', { hasText: 'Iesniegt sūdzību' }).click();
  await birth.getByLabel('Sūdzība').fill('Izziņa netika nosūtīta uz e-adresi.');
  await birth.getByRole('button', { name: 'Iesniegt sūdzību' }).click();
  await page.waitForURL(`${url}/my/cases`);
  expect(await page.getByRole('status').textContent()).toBe('Saglabāts.');
  expect(await page.locator('article.card', { hasText: 'RIGA-DZ-2026-5531' }).locator('dt:text-is("Sūdzības") + dd').textContent()).toBe(String(complaintsBefore + 1));

  // A consent granted, then revoked.
  await page.getByRole('link', { name: 'Mani dati' }).click();
  await page.getByLabel('Saņēmējs').selectOption('APPLICATION');
  await page.getByLabel('Lietotnes vai iestādes kods').fill('gimenes-app');
  await page.getByLabel('Mērķis').fill(purpose);
  await page.getByRole('group', { name: 'Dot piekrišanu' }).getByRole('checkbox', { name: 'pieteikumi' }).check();
  await page.getByRole('button', { name: 'Dot piekrišanu' }).click();
  await page.waitForURL(`${url}/my/data#consents`);
  expect(await page.getByRole('status').textContent()).toBe('Saglabāts.');
  const consent = page.locator('[data-consent]', { hasText: purpose });
  expect(await consent.count()).toBe(1);
  await consent.getByRole('button', { name: /Atsaukt/ }).click();
  await page.waitForURL(`${url}/my/data#consents`);
  expect(await page.locator('[data-consent]', { hasText: purpose }).count()).toBe(0);

  // Who read her data: the institution's read with its purpose, in the log.
  const log = page.locator('#access + * table, #access ~ .table table').first();
  expect(await log.textContent()).toContain('processing application RIGA-DZ-2026-5531');

  // Acting for her daughter, shown on every page until she stops.
  await page.getByRole('link', { name: 'Pārstāvēt citu' }).click();
  await page.locator('form', { hasText: EMILIJA }).getByRole('button', { name: /Darboties šīs personas vārdā/ }).click();
  await page.waitForURL(`${url}/my/cases`);
  for (const path of ['/my/cases', '/my/data', '/', '/centres']) {
    await page.goto(`${url}${path}`);
    expect(await page.locator('[data-acting-for]').textContent()).toBe(EMILIJA);
  }
  await page.goto(`${url}/my/data`);
  expect(await page.locator('main dl').first().textContent()).toContain(EMILIJA);
  await page.getByRole('button', { name: 'Atgriezties pie sevis' }).click();
  expect(await page.locator('[data-acting-for]').count()).toBe(0);

  // Signing out ends the portal's session and the provider's.
  await page.getByRole('button', { name: 'Iziet' }).click();
  await page.getByRole('button', { name: 'Jā, iziet' }).click();
  await page.waitForURL(`${url}/`);
  expect(await page.locator('header').textContent()).toContain('Pieteikties');
  await page.goto(`${url}/my/cases`);
  expect(page.url()).toContain('/interaction/');
}

describe('a person in the citizen portal', () => {
  beforeAll(async () => {
    // An institution reads Līga's profile with a stated purpose: it is what "who read my data" must show.
    const token = await f.graph.token({ institution: 'RIGA' });
    const res = await f.graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.liga.personalCode}", purpose: "processing application RIGA-DZ-2026-5531") { displayName } }`, {}, { token });
    expect(res.errors).toBeUndefined();
  });

  it('signs in, finds a service, reads her cases, grants and revokes a consent, acts for her child, signs out (JavaScript on)', { timeout: 120_000 }, async () => {
    const { ctx, page } = await context(true);
    await journey(page, 'Ģimenes valsts pabalsts (ar JS)');
    await ctx.close();
  });

  it('does the same with JavaScript off: every form posts and redirects', { timeout: 120_000 }, async () => {
    const { ctx, page } = await context(false);
    await journey(page, 'Ģimenes valsts pabalsts (bez JS)');
    await ctx.close();
  });

  it('changes notification preferences and grants and revokes a power of attorney, without JavaScript', { timeout: 120_000 }, async () => {
    const { ctx, page } = await context(false);
    await signIn(page, f.portal.url, DEMO_PEOPLE.janis.name, '/my/data');
    const first = page.getByRole('group', { name: 'Paziņojumi' }).getByRole('checkbox').first();
    const was = await first.isChecked();
    await first.setChecked(!was);
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.waitForURL(`${f.portal.url}/my/data#profile`);
    expect(await page.getByRole('status').textContent()).toBe('Saglabāts.');
    expect(await page.getByRole('group', { name: 'Paziņojumi' }).getByRole('checkbox').first().isChecked()).toBe(!was);

    const powers = page.getByRole('group', { name: 'Piešķirt pilnvaru' });
    await powers.getByLabel('Pilnvarnieka personas kods').fill(DEMO_PEOPLE.anna.personalCode);
    await powers.getByRole('checkbox', { name: 'pieteikumi' }).check();
    await powers.getByRole('button', { name: 'Piešķirt pilnvaru' }).click();
    await page.waitForURL(`${f.portal.url}/my/data#powers`);
    // The grantor learns nothing of the attorney from the code typed: the power waits for the attorney to accept it.
    const granted = page.locator('li', { hasText: 'Pilnvarnieks vēl nav pieņēmis — Pilnvara' });
    expect(await granted.count()).toBe(1);
    expect(await granted.textContent()).not.toContain(DEMO_PEOPLE.anna.name);
    await granted.getByRole('button', { name: /Atsaukt/ }).click();
    await page.waitForURL(`${f.portal.url}/my/data#powers`);
    expect(await page.locator('li', { hasText: 'Pilnvarnieks vēl nav pieņēmis — Pilnvara' }).count()).toBe(0);
    await ctx.close();
  });

  it('an anonymous visitor reaches no personal page and no form without its CSRF token changes anything', async () => {
    const { ctx, page } = await context(false);
    for (const path of ['/my/cases', '/my/data', '/acting']) {
      const res = await page.goto(`${f.portal.url}${path}`);
      expect(page.url()).toContain('/interaction/');
      expect(await res!.text()).not.toContain('RIGA-DZ-2026-5531');
      const direct = await fetch(`${f.portal.url}${path}`, { redirect: 'manual' });
      expect([direct.status, direct.headers.get('location')]).toEqual([303, `/auth/login?returnTo=${encodeURIComponent(path)}`]);
    }
    // The catalogue pages on: the next page has other services.
    await page.goto(`${f.portal.url}/`);
    const firstPage = await page.locator('article.card h3').allTextContents();
    await page.getByRole('link', { name: 'Nākamā lapa' }).click();
    const secondPage = await page.locator('article.card h3').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);

    // Public pages that show more to a signed-in person still answer an anonymous visitor.
    for (const path of ['/life-situations', '/life-situations/BERNA-PIEDZIMSANA', '/services/PMLP-PASE', '/centres']) {
      const res = await page.goto(`${f.portal.url}${path}`);
      expect([page.url(), res!.status()]).toEqual([`${f.portal.url}${path}`, 200]);
    }
    expect(await page.locator('main').textContent()).not.toContain('Jūsu progress');
    await ctx.close();
    const forged = await fetch(`${f.portal.url}/my/data/consents`, { method: 'POST', body: new URLSearchParams({ kind: 'PUBLIC_ADMINISTRATION', purpose: 'x', scope: 'CASES_READ' }), redirect: 'manual' });
    expect(forged.status).toBe(403);
  });
});

describe('accessibility and looks', () => {
  const PUBLIC = ['/', '/?q=pase', '/services/PMLP-DZIVESVIETA', '/life-situations', '/life-situations/BERNA-PIEDZIMSANA', '/centres?place=R%C4%ABga'];
  const PERSONAL = ['/my/cases', '/my/data', '/acting'];

  it('axe-core finds no WCAG 2.1 A/AA violation on any page in Latvian, English or Russian; screenshots at phone and desktop width', { timeout: 240_000 }, async () => {
    const { ctx, page } = await context(true);
    await signIn(page, f.portal.url, LIGA);
    const failures: string[] = [];
    for (const lang of ['lv', 'en', 'ru']) {
      for (const path of [...PUBLIC, ...PERSONAL]) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${f.portal.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of violations) failures.push(`${lang} ${path}: ${v.id} (${v.nodes.map((n: { target: unknown[] }) => n.target.join(' ')).join(', ')})`);
        if (lang === 'lv' || path === '/') {
          const name = `${lang}${path.replace(/[^a-z0-9]+/gi, '-')}`;
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-desktop.png`, fullPage: true });
          await page.setViewportSize({ width: 360, height: 740 });
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-phone.png`, fullPage: true });
        }
      }
    }
    await ctx.close();
    // The provider's login page, as the person sees it first.
    const anon = await context(true);
    await anon.page.goto(`${f.portal.url}/auth/login`);
    const login = await new AxeBuilder({ page: anon.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of login.violations) failures.push(`login: ${v.id}`);
    await anon.page.screenshot({ path: `${SCREENSHOTS}/login-desktop.png`, fullPage: true });
    await anon.page.setViewportSize({ width: 360, height: 740 });
    await anon.page.screenshot({ path: `${SCREENSHOTS}/login-phone.png`, fullPage: true });
    await anon.ctx.close();
    expect(failures).toEqual([]);
  });
});
