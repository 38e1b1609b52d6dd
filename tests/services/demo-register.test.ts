/**
 * The demo register's coverage, counted through the gateway (issue 19): every service has instructions,
 * requirements or a stated none, evidence, a linked legal act, redress to a named body and English; key services
 * (with an RK2 importance) also Russian. Generated general texts say they are demo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let operator: string;
beforeAll(async () => {
  graph = await startTestGraph();
  operator = await graph.token({ operator: 'ops' });
}, 180_000);
afterAll(() => graph?.stop());

interface Card {
  code: string; holder: { code: string }; importance: { level: number } | null;
  instructions: string | null; requirements: { description: string }[]; hasNoRequirements: boolean; evidence: { name: string }[];
  legalBasis: { url: string | null }[]; redress: { howToAppeal: string | null; appealTo: { code: string } | null } | null;
  nameTranslations: { language: string }[]; descriptionTranslations: { language: string }[];
}
const CARDS = `{ services(first: 100) { totalCount nodes { code holder { code } importance { level } instructions(language: "lv") requirements { description(language: "lv") }
  hasNoRequirements evidence { name(language: "lv") } legalBasis { url } redress { howToAppeal(language: "lv") appealTo { code } }
  nameTranslations { language } descriptionTranslations { language } } } }`;

describe('the demo register', () => {
  let cards: Card[];
  beforeAll(async () => {
    const res = await graph.gql(CARDS, {});
    expect(res.errors).toBeUndefined();
    expect(res.data.services.totalCount).toBe(res.data.services.nodes.length);
    cards = res.data.services.nodes;
  });
  const has = (langs: { language: string }[], l: string) => langs.some((x) => x.language === l);
  const coverage = (test: (c: Card) => boolean, among: Card[] = cards) => `${among.filter(test).length}/${among.length}`;

  it('every card has what a person needs', () => {
    const all = `${cards.length}/${cards.length}`;
    expect(cards.length).toBe(82);
    expect({
      instructions: coverage((c) => !!c.instructions),
      requirementsOrNone: coverage((c) => c.requirements.length > 0 || c.hasNoRequirements),
      evidence: coverage((c) => c.evidence.length > 0),
      legalBasisUrl: coverage((c) => c.legalBasis.some((l) => l.url?.startsWith('https://'))),
      redressWithAppealTo: coverage((c) => !!c.redress?.howToAppeal && !!c.redress.appealTo),
      english: coverage((c) => has(c.nameTranslations, 'en') && has(c.descriptionTranslations, 'en')),
    }).toEqual({ instructions: all, requirementsOrNone: all, evidence: all, legalBasisUrl: all, redressWithAppealTo: all, english: all });
  });

  it('key services (with an importance) are also in Russian', () => {
    const key = cards.filter((c) => c.importance);
    expect(key.length).toBe(46);
    expect(coverage((c) => has(c.nameTranslations, 'ru') && has(c.descriptionTranslations, 'ru'), key)).toBe('46/46');
  });

  it('generated general texts say they are demo', () => {
    const generated = cards.filter((c) => c.instructions?.startsWith('Demo'));
    expect(generated.length).toBeGreaterThan(70);
    for (const c of cards.filter((x) => x.requirements.some((r) => r.description.includes('vispārīga prasība')))) expect(c.requirements[0].description).toMatch(/^Demo/);
  });

  it('the quality report of every holder finds no gap the register was to fill', async () => {
    const holders = [...new Set(cards.map((c) => c.holder.code))];
    for (const code of holders) {
      const res = await graph.gql(`{ catalogueQualityReport(institutionCode: "${code}") { servicesWithoutInstructions { code } servicesWithoutRequirements { code }
        servicesWithoutEvidence { code } servicesWithoutRedress { code } servicesMissingEnglish { code } keyServicesMissingRussian { code } } }`, {}, { token: operator });
      expect(res.errors).toBeUndefined();
      for (const [check, list] of Object.entries(res.data.catalogueQualityReport)) expect(list, `${code} ${check}`).toEqual([]);
    }
  });

  it('every institution has public contacts; none has a guessed registration number', async () => {
    const res = await graph.gql('{ institutions(first: 100) { nodes { code registrationNumber contacts { website } } } }', {});
    const nodes = res.data.institutions.nodes as { code: string; registrationNumber: string | null; contacts: { website: string | null } | null }[];
    expect(nodes.filter((i) => i.contacts?.website?.startsWith('https://')).length).toBe(nodes.length);
    expect(nodes.filter((i) => i.registrationNumber !== null)).toEqual([]);
  });
});
