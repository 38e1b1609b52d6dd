// Bench child: Hive Gateway's runtime with nothing of ours, to read what the runtime itself costs. Only
// `createGatewayRuntime` with the Rust planner behind node:http; no plugins, no tracing, no access layer. Subgraphs
// only answer internal tokens, so like the reference gateway it authenticates the caller's bearer token once per
// request and sends each subgraph an internal token for that caller (the same identity work @apollo/gateway does).
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { loadConfig } from '../../common/config.ts';
import { Authenticator } from '../../gateway/authenticate.ts';
import { InternalTokenSigner } from '../../gateway/internal-token.ts';
import { trustedIssuers } from '../../gateway/issuers.ts';
import { personalCodeRecipients } from '../../gateway/personal-codes.ts';

const config = loadConfig();
const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
const { issuers } = await trustedIssuers(config);
const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','));
const callers = new WeakMap<Request, Promise<Identity>>();
const callerOf = (request: Request) => {
  let caller = callers.get(request);
  if (!caller) callers.set(request, (caller = authenticator.authenticate(request.headers.get('authorization'))));
  return caller;
};

const gateway = createGatewayRuntime({
  supergraph: readFileSync(config.SUPERGRAPH_FILE!, 'utf8'),
  unifiedGraphHandler,
  logging: false,
  landingPage: false,
  graphiql: false,
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, subgraphName }) => ({ authorization: `Bearer ${await signer.sign(await callerOf(request), subgraphName)}` }),
  },
});
const server = http.createServer(gateway);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(`READY ${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql` })}`);
process.once('SIGTERM', () => process.exit(0));
