// What tracing costs: the same requests through the whole graph in one process (gateway, subgraphs, SQL), with spans
// non-recording (nothing exports: the default) and with every span recorded and handed to an exporter (an in-memory
// one, so the figure is the recording and redaction, without the network). CPU per request is process.cpuUsage()
// over sequential requests, the scenarios alternated so both see the same machine.
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { addSpanExporter } from '@public-service-graph/subgraph-kit/tracing';
import { startTestGraph } from '../tests/support/platform.ts';

const QUERY = 'query MyCases { me { displayName cases(first: 5) { nodes { reference service { name } } } } services(first: 5) { nodes { code name } } }';
const REQUESTS = Number(process.env.BENCH_TRACING_REQUESTS ?? 300);

export async function run() {
  const graph = await startTestGraph();
  const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
  const exporter = new InMemorySpanExporter();
  const cpuPerRequest = async () => {
    const start = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) {
      const res = await graph.gql(QUERY, undefined, { token });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / REQUESTS;
  };
  const rows: [string, number, number][] = [];
  try {
    await cpuPerRequest(); // warm-up
    for (let round = 1; round <= 2; round++) {
      const off = await cpuPerRequest();
      const stop = addSpanExporter(exporter);
      const on = await cpuPerRequest();
      const spans = exporter.getFinishedSpans().length / REQUESTS;
      stop();
      exporter.reset();
      rows.push([`round ${round}`, off, on]);
      console.log(`round ${round}: ${spans.toFixed(1)} spans per request recorded`);
    }
  } finally {
    await graph.stop();
  }
  console.log(`\n| ${REQUESTS} requests each | CPU ms/request, not recording | recording and exporting | ratio |`);
  console.log('|---|---:|---:|---:|');
  for (const [name, off, on] of rows) console.log(`| ${name} | ${off.toFixed(2)} | ${on.toFixed(2)} | ${(on / off).toFixed(2)}× |`);
}
