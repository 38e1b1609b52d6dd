// The house's boundaries, checked in the suite by tests/architecture.test.ts (and by hand with
// `npx depcruise --config .dependency-cruiser.mjs subgraphs packages portal institutions`).
const SUBGRAPH_MAY_NOT_REACH = '^(gateway|scripts|common|portal|bench|tests|cli|institutions)/';
const KIT_MAY_NOT_REACH = '^(subgraphs|gateway|scripts|common|portal|bench|tests|cli|institutions)/';

/** One forbidden kind of import: from `from` to `to` (paths relative to the cruise's base directory). */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

export default {
  forbidden: [
    forbid('subgraph-imports-another-subgraph',
      'A subgraph imports only the kit, npm packages and itself: another subgraph is reached through the graph, never its code or tables.',
      { path: '^subgraphs/([^/]+)/' }, { path: '^subgraphs/', pathNot: '^subgraphs/$1/' }),
    forbid('subgraph-imports-outside-the-kit',
      'A subgraph does not import the gateway, scripts, common/, the portal, tests or bench: what it needs from the house is in packages/subgraph-kit.',
      { path: '^subgraphs/' }, { path: SUBGRAPH_MAY_NOT_REACH }),
    forbid('subgraph-imports-a-package-other-than-the-kit',
      'Of the workspace packages a subgraph uses the kit, and composition (the schema registry composes before it publishes).',
      { path: '^subgraphs/' }, { path: '^packages/', pathNot: '^packages/(subgraph-kit|composition)/' }),
    forbid('institution-subgraph-imports-outside-the-kit',
      'An institution\'s subgraph builds on the kit alone, as one outside the repository would.',
      { path: '^institutions/([^/]+)/' }, { path: '^(subgraphs|gateway|scripts|common|portal|bench|tests|institutions)/', pathNot: '^institutions/$1/' }),
    forbid('kit-imports-the-house',
      'The kit and composition stand alone (an outside Node codebase installs them): they import no subgraph, gateway, script, portal or common/ code.',
      { path: '^packages/' }, { path: KIT_MAY_NOT_REACH }),
    forbid('portal-imports-a-subgraph',
      'The portal is a client of the graph: it reads through the gateway, never a subgraph\'s code.',
      { path: '^portal/' }, { path: '^subgraphs/' }),
    forbid('gateway-imports-subgraph-internals',
      'The gateway reads the platform\'s keys, usage and registry through the one door the platform owns (subgraphs/platform/gateway-reads.ts), never a subgraph\'s tables or code.',
      { path: '^gateway/' }, { path: '^subgraphs/', pathNot: '^subgraphs/platform/gateway-reads\\.ts$' }),
    forbid('start-subgraph-loads-more-than-it-names',
      'npm run start:subgraph starts one subgraph: it loads neither the gateway nor the whole platform, and a subgraph\'s module only by name (a dynamic import).',
      { path: '^scripts/(start-subgraph|subgraph-modules)\\.ts$' },
      { path: '^(gateway/|scripts/platform\\.ts$|subgraphs/)', dependencyTypesNot: ['dynamic-import'] }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json'],
    },
  },
};
