import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startCitizenPortal, type RunningPortal } from '../../portal/citizen/server.ts';
import { startTestGraph, type TestGraph } from '../support/platform.ts';
import { freePort } from '../support/free-port.ts';

/**
 * One graph, one portal and one Debian Chromium per test file (browser downloads do not work here, and CI runs
 * every file four times). Screenshots go to test-results/portal/, which git ignores.
 */
export const SCREENSHOTS = 'test-results/portal';

export interface PortalFixture {
  graph: TestGraph;
  portal: RunningPortal;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startPortalFixture(): Promise<PortalFixture> {
  // The provider registers the portal's redirect URI, so the portal's address is chosen first.
  const publicUrl = `http://127.0.0.1:${await freePort()}`;
  const graph = await startTestGraph({ PORTAL_URL: publicUrl });
  const portal = await startCitizenPortal(
    { graphqlUrl: graph.url, issuer: graph.platform.oidc!.issuer, clientId: graph.config.PORTAL_OIDC_CLIENT_ID, publicUrl },
    { port: Number(new URL(publicUrl).port), host: '127.0.0.1' },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    graph,
    portal,
    browser,
    async stop() {
      await browser.close();
      await portal.close();
      await graph.stop();
    },
  };
}

/** Signs in through the provider's login page, coming back to `path`. */
export async function signIn(page: Page, portalUrl: string, name: string, path = '/my/cases') {
  await page.goto(`${portalUrl}/auth/login?returnTo=${encodeURIComponent(path)}`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.waitForURL(`${portalUrl}${path}`);
}
