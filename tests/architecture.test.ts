import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import rules from '../.dependency-cruiser.mjs';

// The boundaries of the house (.dependency-cruiser.mjs): a subgraph imports only the kit and itself, the kit stands
// alone, the portal imports no subgraph, the gateway reaches the platform through its one door, start:subgraph
// loads only the subgraph it names. Cruised on the real tree, and on a miniature one that breaks each rule.
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/architecture/', import.meta.url));

async function violations(baseDir: string, paths: string[]): Promise<{ rule: string; from: string; to: string }[]> {
  const { output } = await cruise(
    paths,
    { ...rules.options, baseDir, validate: true, ruleSet: { forbidden: rules.forbidden } },
    rules.options.enhancedResolveOptions,
  );
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('architecture', () => {
  it('the subgraphs, the kit, the portal and the institutions keep their boundaries', async () => {
    const { output } = await cruise(['subgraphs/cases/server.ts'], { ...rules.options, baseDir: root }, rules.options.enhancedResolveOptions);
    // The kit is resolved by its package name to its sources, so the rules see the imports they judge.
    const cases = (output as ICruiseResult).modules.find((m) => m.source === 'subgraphs/cases/server.ts');
    expect(cases?.dependencies.map((d) => d.resolved)).toContain('packages/subgraph-kit/src/subgraph-server.ts');
    expect(await violations(root, ['subgraphs', 'packages', 'portal', 'institutions', 'gateway', 'scripts'])).toEqual([]);
  }, 120_000);

  it('fail when a forbidden import is added', async () => {
    const found = await violations(fixture, ['subgraphs', 'packages', 'portal', 'institutions', 'gateway', 'scripts']);
    expect(found).toEqual(expect.arrayContaining([
      { rule: 'subgraph-imports-another-subgraph', from: 'subgraphs/alpha/reads-beta.ts', to: 'subgraphs/beta/tables.ts' },
      { rule: 'subgraph-imports-outside-the-kit', from: 'subgraphs/alpha/uses-gateway.ts', to: 'gateway/server.ts' },
      { rule: 'kit-imports-the-house', from: 'packages/subgraph-kit/src/leak.ts', to: 'subgraphs/beta/tables.ts' },
      { rule: 'portal-imports-a-subgraph', from: 'portal/page.ts', to: 'subgraphs/beta/tables.ts' },
      { rule: 'institution-subgraph-imports-outside-the-kit', from: 'institutions/lad/src/server.ts', to: 'gateway/server.ts' },
      { rule: 'gateway-imports-subgraph-internals', from: 'gateway/reads-tables.ts', to: 'subgraphs/beta/tables.ts' },
      { rule: 'start-subgraph-loads-more-than-it-names', from: 'scripts/start-subgraph.ts', to: 'subgraphs/beta/tables.ts' },
    ]));
    // A subgraph importing itself is no violation: nothing but the seven forbidden imports is reported
    // (the fixture's start-subgraph loads alpha by a dynamic import, which is allowed).
    expect(found).toHaveLength(7);
  }, 60_000);
});
