// npm run start:developer-portal: the developer portal alone, against any gateway (PORTAL_GRAPHQL_URL, else PSG_URL)
// and the configured OpenID provider (OIDC_ISSUER, else the development provider of `npm start`).
import { developerPortalUrl, devOidcIssuer } from '../common/config.ts';
import { startDeveloperPortal } from '../portal/developer/server.ts';
import { run } from './run.ts';

await run(async (config) => {
  const portal = await startDeveloperPortal(
    {
      graphqlUrl: config.PORTAL_GRAPHQL_URL ?? config.PSG_URL,
      issuer: config.OIDC_ISSUER ?? devOidcIssuer(config),
      clientId: config.DEVELOPER_PORTAL_OIDC_CLIENT_ID,
      publicUrl: config.DEVELOPER_PORTAL_URL ?? (config.DEVELOPER_PORTAL_PORT ? developerPortalUrl(config) : undefined),
    },
    { port: config.DEVELOPER_PORTAL_PORT, host: config.HOST },
  );
  console.log(`Developer portal on ${portal.url} (graph: ${config.PORTAL_GRAPHQL_URL ?? config.PSG_URL})`);
  return portal.close;
});
