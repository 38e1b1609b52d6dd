// Bench child: the reference gateway, @apollo/gateway on @apollo/server, on the same supergraph and subgraphs.
// Subgraphs only answer internal tokens: like ours, it authenticates the caller's bearer token and signs an internal
// token for every subgraph call (with the shared bench key), so both gateways do the same identity work.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { loadConfig } from '../../common/config.ts';
import { Authenticator } from '../../gateway/authenticate.ts';
import { InternalTokenSigner } from '../../gateway/internal-token.ts';
import { personalCodeRecipients } from '../../gateway/personal-codes.ts';
import { trustedIssuers } from '../../gateway/issuers.ts';

const config = loadConfig();
const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
const { issuers } = await trustedIssuers(config);
const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','));
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(config.SUPERGRAPH_FILE!, 'utf8'),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<{ identity: Identity }>({
      url,
      willSendRequest: async ({ request, context }) => {
        request.http?.headers.set('authorization', `Bearer ${await signer.sign(context.identity, name)}`);
      },
    }),
});
const server = new ApolloServer<{ identity: Identity }>({ gateway });
await server.start();
const httpServer = http.createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method!, headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString() || '{}') },
    context: async () => ({ identity: await authenticator.authenticate(req.headers.authorization ?? null) }),
  });
  res.statusCode = result.status ?? 200;
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.end(result.body.kind === 'complete' ? result.body.string : '');
});
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
console.log(`READY ${JSON.stringify({ url: `http://127.0.0.1:${(httpServer.address() as { port: number }).port}/graphql` })}`);
process.once('SIGTERM', () => process.exit(0));
