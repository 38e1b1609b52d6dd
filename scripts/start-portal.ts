// npm run start:portal: the citizen portal alone, against any gateway (PORTAL_GRAPHQL_URL, else PSG_URL) and the
// configured OpenID provider (OIDC_ISSUER, else the development provider of `npm start`).
import { devOidcIssuer, portalUrl } from '../common/config.ts';
import { startCitizenPortal } from '../portal/citizen/server.ts';
import { run } from './run.ts';

await run(async (config) => {
  const portal = await startCitizenPortal(
    {
      graphqlUrl: config.PORTAL_GRAPHQL_URL ?? config.PSG_URL,
      issuer: config.OIDC_ISSUER ?? devOidcIssuer(config),
      clientId: config.PORTAL_OIDC_CLIENT_ID,
      apiKey: config.PORTAL_API_KEY,
      publicUrl: config.PORTAL_URL ?? (config.PORTAL_PORT ? portalUrl(config) : undefined),
    },
    { port: config.PORTAL_PORT, host: config.HOST },
  );
  console.log(`Citizen portal on ${portal.url} (graph: ${config.PORTAL_GRAPHQL_URL ?? config.PSG_URL})`);
  return portal.close;
});
