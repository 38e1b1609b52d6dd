// A runnable example of an application that asks a person for consent through the citizen portal, then reads what
// the consent allows, and nothing more. Run beside `npm start`:
//
//   APP_CLIENT_ID=<your application's client id> APP_API_KEY=psg_… PERSON_TOKEN=$(npm run -s token -- --person 120488-13210 --app <client id>) \
//     npx tsx docs/examples/consent-app.ts
//
// then open http://127.0.0.1:8088/. Register http://127.0.0.1:8088/callback as a redirect URI of the application in
// the developer portal first. PERSON_TOKEN stands in for the application's own sign-in of the person with the state's
// identity provider (an access token issued to the application's client id); see docs/developers.md.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConsentAppOptions {
  portalUrl: string;
  graphqlUrl: string;
  clientId: string;
  apiKey: string;
  /** The signed-in person's access token issued to this application. */
  personToken: () => Promise<string>;
  port?: number;
}

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;

export async function startConsentExampleApp(o: ConsentAppOptions): Promise<{ url: string; close(): Promise<void> }> {
  const states = new Set<string>();
  let self = '';
  const ask = async (query: string) => {
    const res = await fetch(o.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': o.apiKey, authorization: `Bearer ${await o.personToken()}` },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', self);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/') {
      const state = randomBytes(12).toString('hex');
      states.add(state);
      const consent = new URL('/consent', o.portalUrl);
      consent.search = new URLSearchParams({
        client_id: o.clientId, scope: 'PROFILE_READ CASES_READ', purpose: 'Rādīt jūsu pieteikumu statusus ģimenes kalendārā', days: '30',
        redirect_uri: `${self}/callback`, state,
      }).toString();
      return res.end(page('Ģimenes kalendārs', `<p><a href="${esc(consent.href)}">Savienot ar Valsts pakalpojumiem</a></p>`));
    }
    if (url.pathname === '/callback') {
      const state = url.searchParams.get('state') ?? '';
      if (!states.delete(state)) return res.writeHead(400).end(page('Kļūda', '<p>Nezināms pieprasījums (state).</p>'));
      if (url.searchParams.get('error')) return res.end(page('Atteikts', '<p data-outcome="refused">Persona nedeva piekrišanu.</p>'));
      // What the consent allows: the profile's name and the cases.
      const granted = await ask('{ me { displayName cases(first: 10) { nodes { reference status } } } }');
      // And what it does not: contacts (CONTACTS_READ was not asked for).
      const refused = await ask('{ me { contacts { value } } }');
      const cases = granted.data?.me?.cases?.nodes ?? [];
      return res.end(page('Piekrišana saņemta', `<p data-outcome="granted">Piekrišana: <code data-consent>${esc(url.searchParams.get('consent'))}</code></p>
<p>Sveiki, <strong data-name>${esc(granted.data?.me?.displayName ?? '')}</strong>!</p>
<ul data-cases>${cases.map((c: any) => `<li>${esc(c.reference)}: ${esc(c.status)}</li>`).join('')}</ul>
<p>Kontakti: <span data-contacts>${esc(refused.errors?.[0]?.extensions?.code ?? 'READ')}</span></p>`));
    }
    res.writeHead(404).end(page('Nav atrasts', ''));
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: self, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = process.env;
  const app = await startConsentExampleApp({
    portalUrl: env.PORTAL_URL ?? 'http://127.0.0.1:3000', graphqlUrl: env.PSG_URL ?? 'http://127.0.0.1:4000/graphql',
    clientId: env.APP_CLIENT_ID ?? '', apiKey: env.APP_API_KEY ?? '', personToken: async () => env.PERSON_TOKEN ?? '', port: Number(env.PORT ?? 8088),
  });
  console.log(`Example application on ${app.url}/`);
}
