// The house's boundaries, checked in the suite by tests/architecture.test.ts (and by hand with
// `npx depcruise --config .dependency-cruiser.mjs subgraphs packages portal institutions`).
const SUBGRAPH_MAY_NOT_REACH = '^(gateway|scripts|common|portal|bench|tests|cli|institutions)/';
const KIT_MAY_NOT_REACH = '^(subgraphs|gateway|scripts|common|portal|bench|tests|cli|institutions)/';

export default {
  forbidden: [
    {
      name: 'subgraph-imports-another-subgraph',
      comment: 'A subgraph imports only the kit, npm packages and itself: another subgraph is reached through the graph, never its code or tables.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'subgraph-imports-outside-the-kit',
      comment: 'A subgraph does not import the gateway, scripts, common/, the portal, tests or bench: what it needs from the house is in packages/subgraph-kit.',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: SUBGRAPH_MAY_NOT_REACH },
    },
    {
      name: 'subgraph-imports-a-package-other-than-the-kit',
      comment: 'Of the workspace packages a subgraph uses the kit, and composition (the schema registry composes before it publishes).',
      severity: 'error',
      from: { path: '^subgraphs/' },
      to: { path: '^packages/', pathNot: '^packages/(subgraph-kit|composition)/' },
    },
    {
      name: 'institution-subgraph-imports-outside-the-kit',
      comment: "An institution's subgraph builds on the kit alone, as one outside the repository would.",
      severity: 'error',
      from: { path: '^institutions/([^/]+)/' },
      to: { path: '^(subgraphs|gateway|scripts|common|portal|bench|tests|institutions)/', pathNot: '^institutions/$1/' },
    },
    {
      name: 'kit-imports-the-house',
      comment: 'The kit and composition stand alone (an outside Node codebase installs them): they import no subgraph, gateway, script, portal or common/ code.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: KIT_MAY_NOT_REACH },
    },
    {
      name: 'portal-imports-a-subgraph',
      comment: 'The portal is a client of the graph: it reads through the gateway, never a subgraph\'s code.',
      severity: 'error',
      from: { path: '^portal/' },
      to: { path: '^subgraphs/' },
    },
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
