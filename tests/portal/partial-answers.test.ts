import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { signIn, startPortalFixture, type PortalFixture } from './browser.ts';

/**
 * Degrade, never blank: with a subgraph down the gateway still answers the rest, and the portal shows it (200) with a
 * notice in place of each part that did not come; only a page left with nothing is 503. One graph whose subgraphs are
 * stopped one after another; pages fetched as server-rendered HTML, the browser only to sign in and run axe-core.
 */
let f: PortalFixture;
beforeAll(async () => {
  f = await startPortalFixture();
}, 120_000);
afterAll(() => f?.stop());

const NOTICE = {
  lv: '<p class="notice" role="status">Šī daļa īslaicīgi nav pieejama; mēģiniet vēlreiz vēlāk.</p>',
  en: '<p class="notice" role="status">This part is temporarily unavailable; try again later.</p>',
  ru: '<p class="notice" role="status">Эта часть временно недоступна; попробуйте позже.</p>',
};

const stop = (subgraph: string) => f.graph.platform.subgraphs.find((s) => s.name === subgraph)!.close();

async function get(path: string) {
  const res = await fetch(`${f.portal.url}${path}`);
  return { status: res.status, text: await res.text() };
}

/** Opens a page in the signed-in browser: its status, its HTML and what axe-core finds against WCAG 2.1 A/AA. */
async function visit(page: Page, path: string) {
  const res = await page.goto(`${f.portal.url}${path}`);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return { status: res!.status(), text: await page.content(), violations: violations.map((v) => `${path}: ${v.id}`) };
}

describe('a part of the graph down', () => {
  it('life situations down: the service card and the search show the catalogue with a notice where the situations were; a page of situations alone is 503', async () => {
    await stop('life-situations');
    for (const lang of ['lv', 'en', 'ru'] as const) {
      const card = await get(`/services/PMLP-DZIVESVIETA?lang=${lang}`);
      expect(card.status).toBe(200);
      expect(card.text).toContain('href="/centres?service=PMLP-DZIVESVIETA"');
      expect(card.text).toContain(`</h2>${NOTICE[lang]}`);
    }
    const card = await get('/services/PMLP-DZIVESVIETA?lang=en');
    expect(card.text).toContain('<h1>Declaring a place of residence</h1>');
    expect(card.text).toContain(`<h2>Life situations</h2>${NOTICE.en}`);

    const search = await get('/?q=pase&lang=lv');
    expect(search.status).toBe(200);
    expect(search.text).toContain('Pases izsniegšana');
    expect(search.text).toContain(`<h2>Atbilstošās dzīves situācijas</h2>${NOTICE.lv}`);

    const situations = await get('/life-situations?lang=lv');
    expect(situations.status).toBe(503);
    expect(situations.text).toContain('Pakalpojums īslaicīgi nav pieejams');
  });

  it('signed in, then cases down too: her profile with a notice for the access log, and her applications page with a notice instead of "no applications"; no WCAG violation', { timeout: 120_000 }, async () => {
    const ctx = await f.browser.newContext(); // axe-core runs as a script in the page
    const page = await ctx.newPage();
    await signIn(page, f.portal.url, DEMO_PEOPLE.liga.name, '/my/data');
    const data = await visit(page, '/my/data');
    expect(data.status).toBe(200);
    expect(data.text).toContain(DEMO_PEOPLE.liga.personalCode);
    expect(data.text).toContain(`<h2 id="access">Kas skatīja manus datus</h2>\n${NOTICE.lv}`);
    // Offers and situations both missing, her consent to offers came: a page of notices, not an error.
    const situations = await visit(page, '/life-situations');
    expect(situations.status).toBe(200);
    expect(situations.text.split(NOTICE.lv).length - 1).toBe(3);

    await stop('cases');
    const cases = await visit(page, '/my/cases');
    expect(cases.status).toBe(200);
    expect(cases.text).toContain(NOTICE.lv);
    expect(cases.text).not.toContain('Pieteikumu nav.');
    const card = await visit(page, '/services/PMLP-DZIVESVIETA?lang=ru');
    expect(card.text).toContain(NOTICE.ru);
    expect([...data.violations, ...situations.violations, ...cases.violations, ...card.violations]).toEqual([]);
    await ctx.close();
  });

  it('the gateway down: 503 as before', async () => {
    await f.graph.platform.gateway.close();
    const card = await get('/services/PMLP-DZIVESVIETA?lang=en');
    expect(card.status).toBe(503);
    expect(card.text).toContain('Temporarily unavailable');
  });
});
