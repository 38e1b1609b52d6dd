// npm start: the whole graph in one process, on the embedded database unless DATABASE_URL is set.
import { developerPortalUrl, portalUrl } from '../common/config.ts';
import { startCitizenPortal } from '../portal/citizen/server.ts';
import { startDeveloperPortal } from '../portal/developer/server.ts';
import { startPlatform } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const platform = await startPlatform(config, log);
  const base = platform.gateway.url.replace('/graphql', '');
  const portal = await startCitizenPortal(
    {
      graphqlUrl: platform.gateway.url,
      issuer: config.OIDC_ISSUER ?? platform.oidc?.issuer ?? '',
      clientId: config.PORTAL_OIDC_CLIENT_ID,
      apiKey: config.PORTAL_API_KEY,
      publicUrl: config.PORTAL_URL ?? (config.PORTAL_PORT ? portalUrl(config) : undefined),
    },
    { port: config.PORTAL_PORT, host: config.HOST },
  );
  const developers = await startDeveloperPortal(
    {
      graphqlUrl: platform.gateway.url,
      issuer: config.OIDC_ISSUER ?? platform.oidc?.issuer ?? '',
      clientId: config.DEVELOPER_PORTAL_OIDC_CLIENT_ID,
      publicUrl: config.DEVELOPER_PORTAL_URL ?? (config.DEVELOPER_PORTAL_PORT ? developerPortalUrl(config) : undefined),
    },
    { port: config.DEVELOPER_PORTAL_PORT, host: config.HOST },
  );
  console.log(`
Public Service Graph is running.
  Citizen portal: ${portal.url}   (sign in as a demo person on the development provider ${platform.oidc?.issuer ?? '(off)'})
  Developer portal: ${developers.url}   (API catalogue, guides, GraphiQL, your applications' keys)
  GraphQL (GraphiQL in a browser): ${platform.gateway.url}
  Health: ${base}/healthz   Ready: ${base}/readyz   Gateway keys: ${base}/.well-known/jwks.json
  Subgraphs: ${platform.subgraphs.map((s) => `${s.name} ${s.url}`).join(', ')}
  Database: ${config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.PGLITE_DATA_DIR}`}
  A token for a demo person: npm run token -- --person 150385-12346
`);
  return async () => {
    await developers.close();
    await portal.close();
    await platform.close();
  };
});
