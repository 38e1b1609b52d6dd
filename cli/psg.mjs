#!/usr/bin/env node
// @ts-check
// psg: the Public Service Graph's command line for institutions. Plain JavaScript with no dependencies, so it runs
// in any institution's CI on Node 20 or later. It speaks only to the gateway's public GraphQL endpoint.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `usage: psg subgraph <command> [options]

  psg subgraph check   --name <subgraph> --schema <file.graphql> [--url <routing URL>]
  psg subgraph publish --name <subgraph> --schema <file.graphql> [--url <routing URL>]
  psg subgraph list

  --url defaults to the subgraph's current routing URL (required for a subgraph's first publish).

environment:
  PSG_URL      the gateway's GraphQL endpoint (default http://localhost:4000/graphql)
  PSG_API_KEY  your institution's API key, psg_<prefix>_<secret> (or PSG_TOKEN, a bearer token)

exit codes: 0 passed or published · 1 rejected by the registry's checks · 2 bad usage · 3 cannot reach the
graph or not allowed`;

const EXIT = { OK: 0, REJECTED: 1, USAGE: 2, UNAVAILABLE: 3 };

class Failure extends Error {
  /** @param {string} message @param {number} code */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const CHECK_FIELDS = `outcome problems { rule message coordinate } changes { criticality message coordinate recentOperations }`;

/** @param {string} query @param {Record<string, unknown>} variables */
async function graphql(query, variables = {}) {
  const endpoint = process.env.PSG_URL || 'http://localhost:4000/graphql';
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json', 'user-agent': 'psg-cli' };
  if (process.env.PSG_API_KEY) headers['x-api-key'] = process.env.PSG_API_KEY;
  else if (process.env.PSG_TOKEN) headers.authorization = `Bearer ${process.env.PSG_TOKEN}`;
  else throw new Failure('Set PSG_API_KEY to your institution’s API key (or PSG_TOKEN to a bearer token).', EXIT.USAGE);
  let response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000) });
  } catch (err) {
    throw new Failure(`Cannot reach ${endpoint}: ${/** @type {Error} */ (err).cause ?? /** @type {Error} */ (err).message}`, EXIT.UNAVAILABLE);
  }
  /** @type {{ data?: any, errors?: { message: string, extensions?: { code?: string } }[] }} */
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Failure(`${endpoint} answered HTTP ${response.status} without a GraphQL response.`, EXIT.UNAVAILABLE);
  }
  if (body.errors?.length) {
    const error = body.errors[0];
    const code = error.extensions?.code ?? `HTTP ${response.status}`;
    throw new Failure(`The graph refused: ${error.message} (${code})`, code === 'BAD_USER_INPUT' ? EXIT.USAGE : EXIT.UNAVAILABLE);
  }
  return body.data;
}

/** @param {{ outcome: string, problems: { rule: string, message: string, coordinate?: string }[], changes: { criticality: string, message: string, recentOperations: number }[] }} check */
function printCheck(check) {
  for (const p of check.problems) console.log(`  ✖ ${p.rule.padEnd(15)} ${p.message}`);
  // Breaking and dangerous changes one by one; safe ones (additions, descriptions) only counted.
  const notable = check.changes.filter((c) => c.criticality !== 'SAFE');
  const safe = check.changes.length - notable.length;
  if (notable.length) {
    console.log('  Changes for clients, against the served supergraph:');
    for (const c of notable) {
      const usage = c.criticality === 'BREAKING' ? ` (used by ${c.recentOperations} operation(s) in the last 30 days)` : '';
      console.log(`    ${c.criticality.padEnd(9)} ${c.message}${usage}`);
    }
  }
  if (safe) console.log(`  ${notable.length ? 'And ' : ''}${safe} safe change(s) for clients: additions and descriptions.`);
}

/** @param {string} name */
async function currentRoutingUrl(name) {
  const data = await graphql('query($name: String!) { registeredSubgraph(name: $name) { currentVersion { routingUrl } } }', { name });
  const url = data.registeredSubgraph?.currentVersion?.routingUrl;
  if (!url) throw new Failure(`"${name}" has no published version yet: give its routing URL with --url.`, EXIT.USAGE);
  return url;
}

/** @param {'check' | 'publish'} command @param {{ name?: string, schema?: string, url?: string }} options */
async function checkOrPublish(command, options) {
  if (!options.name || !options.schema) throw new Failure(`--name and --schema are required.\n\n${USAGE}`, EXIT.USAGE);
  let sdl;
  try {
    sdl = await readFile(options.schema, 'utf8');
  } catch (err) {
    throw new Failure(`Cannot read ${options.schema}: ${/** @type {Error} */ (err).message}`, EXIT.USAGE);
  }
  const input = { name: options.name, sdl, routingUrl: options.url ?? (await currentRoutingUrl(options.name)) };
  if (command === 'check') {
    const { checkSubgraph } = await graphql(`mutation($input: SubgraphSchemaInput!) { checkSubgraph(input: $input) { check { ${CHECK_FIELDS} } } }`, { input });
    const check = checkSubgraph.check;
    console.log(check.outcome === 'PASSED' ? `✔ ${input.name}: every check passed.` : `✖ ${input.name}: the checks failed; publishing would be refused.`);
    printCheck(check);
    return check.outcome === 'PASSED' ? EXIT.OK : EXIT.REJECTED;
  }
  const { publishSubgraph: result } = await graphql(
    `mutation($input: SubgraphSchemaInput!) { publishSubgraph(input: $input) { unchanged check { ${CHECK_FIELDS} } version { version } supergraph { version } } }`,
    { input },
  );
  if (result.check.outcome !== 'PASSED') {
    console.log(`✖ ${input.name}: not published; nothing changed.`);
    printCheck(result.check);
    return EXIT.REJECTED;
  }
  if (result.unchanged) console.log(`✔ ${input.name}: this schema and routing URL are already published; nothing changed.`);
  else {
    console.log(`✔ ${input.name}: published as version ${result.version.version}, in supergraph ${result.supergraph.version}; gateways serve it within seconds.`);
    printCheck(result.check);
  }
  return EXIT.OK;
}

async function list() {
  const data = await graphql('{ registeredSubgraphs { name owner currentVersion { version routingUrl publishedAt } } supergraphVersions(first: 1) { nodes { version reason createdAt } } }');
  const rows = data.registeredSubgraphs.map((/** @type {any} */ s) => [s.name, s.owner, s.currentVersion ? `v${s.currentVersion.version}` : '—', s.currentVersion?.routingUrl ?? '(not in the served supergraph)']);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((/** @type {string[]} */ r) => r[i].length), 8));
  for (const r of [['SUBGRAPH', 'OWNER', 'VERSION', 'ROUTING URL'], ...rows]) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
  const live = data.supergraphVersions.nodes[0];
  if (live) console.log(`\nServed supergraph: version ${live.version} (${live.reason}, ${live.createdAt}).`);
  return EXIT.OK;
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { name: { type: 'string' }, schema: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [area, command] = positionals;
  if (values.help || area !== 'subgraph') throw new Failure(USAGE, values.help ? EXIT.OK : EXIT.USAGE);
  if (command === 'check' || command === 'publish') return checkOrPublish(command, values);
  if (command === 'list') return list();
  throw new Failure(USAGE, EXIT.USAGE);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof Failure) {
      (err.code === EXIT.OK ? console.log : console.error)(err.message);
      process.exit(err.code);
    }
    console.error(err instanceof TypeError && /** @type {any} */ (err).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `${err.message}\n\n${USAGE}` : err);
    process.exit(EXIT.USAGE);
  },
);
