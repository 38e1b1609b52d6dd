// Bench child: this project's gateway (Hive Gateway runtime) on SUPERGRAPH_FILE.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../common/config.ts';
import { createLogger } from '../../common/logger.ts';
import { Authenticator } from '../../gateway/authenticate.ts';
import { InternalTokenSigner } from '../../gateway/internal-token.ts';
import { startGateway } from '../../gateway/server.ts';
import { supergraphSubgraphUrls } from '../../gateway/supergraph.ts';
import { trustedIssuers } from '../../scripts/platform.ts';

const config = loadConfig();
const supergraph = readFileSync(config.SUPERGRAPH_FILE!, 'utf8');
const { issuers } = await trustedIssuers(config);
const gateway = await startGateway(
  {
    supergraph,
    authenticator: new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(',')),
    signer: await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY),
    log: createLogger(config.LOG_LEVEL),
    subgraphUrls: supergraphSubgraphUrls(supergraph),
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  },
  { port: 0, host: '127.0.0.1' },
);
console.log(`READY ${JSON.stringify({ url: gateway.url })}`);
process.once('SIGTERM', async () => {
  await gateway.close();
  process.exit(0);
});
