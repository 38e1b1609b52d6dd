// Bench child: this project's gateway as deployed (gateway/create-gateway.ts) on SUPERGRAPH_FILE, with the access
// layer (API keys when the platform database is PostgreSQL), or without it when BENCH_ACCESS=off. With
// SUPERGRAPH_POLL_MS set it re-reads the file that often, as it polls the schema registry when deployed. Tracing is
// set up as `npm run start:gateway` sets it up (no exporter unless OTEL_EXPORTER_OTLP_ENDPOINT), so trace ids and
// traceparents cost here what they cost deployed.
import { readFileSync } from 'node:fs';
import { databaseUrlFor, loadConfig } from '../../common/config.ts';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { setupTracing } from '@public-service-graph/subgraph-kit/tracing';
import { EmbeddedBus } from '../../common/events/bus.ts';
import { createGateway } from '../../gateway/create-gateway.ts';

const config = loadConfig();
setupTracing({ serviceName: config.OTEL_SERVICE_NAME ?? 'psg-gateway', otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const file = config.SUPERGRAPH_FILE!;
const platformUrl = databaseUrlFor(config, 'platform');
const access = process.env.BENCH_ACCESS !== 'off';
const gateway = await createGateway({
  config,
  log: createLogger(config.LOG_LEVEL),
  platformDatabase: access && platformUrl ? await openDatabase(platformUrl, { poolSize: 4 }) : null,
  supergraph: process.env.SUPERGRAPH_POLL_MS ? () => readFileSync(file, 'utf8') : readFileSync(file, 'utf8'),
  access,
  // The response cache only with RESPONSE_CACHE=true (off by default; the comparisons with @apollo/gateway measure
  // answering); nothing publishes catalogue events in a bench run, so an embedded bus stands for the one it would hear.
  events: config.RESPONSE_CACHE ? new EmbeddedBus() : null,
  // BENCH_GATEWAY_PORT: a fixed port (the federation conformance audit asks one address).
  listen: { port: Number(process.env.BENCH_GATEWAY_PORT ?? 0), host: '127.0.0.1' },
});
console.log(`READY ${JSON.stringify({ url: gateway.url })}`);
process.once('SIGTERM', async () => {
  await gateway.close();
  process.exit(0);
});
