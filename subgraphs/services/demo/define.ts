/**
 * A compact way to write the demo catalogue: each service in a few lines, turned into the same ServiceInput an
 * institution sends, and loaded through the same validation (so the demo data obeys every rule).
 */
import type {
  AuthenticationLevel, ExecutionType, LocalizedStringInput, OutputType, ServiceAudience, ServiceInput, ServiceKind, ThematicArea,
} from '../generated/types.ts';
import { APPEAL, DEMO_EVIDENCE, demoInstructions, demoRequirement, LEGAL_ACT_URLS, PROCEDURE_ACT, russianCard, texts } from './card-defaults.ts';
import { VPVKAC } from './channels.ts';

type Pair = [lv: string, en: string];
const t = ([lv, en]: Pair): LocalizedStringInput[] => [{ language: 'lv', value: lv }, { language: 'en', value: en }];
const tl = (lists: { lv?: string[]; en?: string[] } | undefined): LocalizedStringInput[] =>
  Object.entries(lists ?? {}).flatMap(([language, values]) => values.map((value) => ({ language, value })));

export interface DemoServiceSpec {
  code: string;
  holder: string;
  name: Pair;
  alt?: { lv?: string[]; en?: string[] };
  summary?: Pair;
  description: Pair;
  instructions?: Pair;
  audiences?: ServiceAudience[];
  kind?: ServiceKind;
  selfInitiative?: boolean;
  /** ISO 8601 usual time; `calendarDays` when they are not working days; `limit` the legal maximum. */
  time: string;
  calendarDays?: boolean;
  limit?: string;
  /** [title lv, title en, article?] */
  law: [string, string, string?][];
  /** Channel codes in order; 'VPVKAC' stands for every client service centre. */
  channels: string[];
  /** [amount, what (lv, en), channel type it applies to?] */
  costs?: [number, Pair, ('E_SERVICE' | 'SERVICE_LOCATION')?][];
  exemptions?: Pair;
  requirements?: Pair[];
  /** [name, obtained by the institution from this register (once-only)?] */
  evidence?: [Pair, string?][];
  outputs?: [OutputType, Pair][];
  keywords?: { lv?: string[]; en?: string[] };
  themes: ThematicArea[];
  auth?: AuthenticationLevel;
  exec?: ExecutionType;
  key?: boolean;
  /** Target group size, need, contribution (1–4 each). */
  importance?: [number, number, number];
  maturity?: number;
  related?: string[];
  requires?: string[];
  /** Client service centres accept the application on the holder's behalf. */
  viaCentres?: boolean;
  partners?: { name: Pair; delivers: Pair }[];
  silence?: 'TACIT_APPROVAL' | 'TACIT_REFUSAL' | 'NOT_APPLICABLE';
  /** Internal view: fictional values for the demo. */
  internal?: { manager: string; unitCost: number; applications2025: number };
}

/**
 * A demo service as the ServiceInput an institution would send. Where the spec is silent, the card gets the general
 * demo texts of card-defaults.ts (marked "Demo"), so every card has instructions, a requirement, evidence, a linked
 * legal act and redress; key services (those with an RK2 importance) get Russian too.
 */
export function defineService(s: DemoServiceSpec): ServiceInput & { code: string } {
  const channels = s.channels.flatMap((c) => (c === 'VPVKAC' ? VPVKAC : [c]));
  const ru = s.importance ? russianCard(s.code, s.holder) : null;
  const withRu = (pair: Pair, russian: string | null | undefined) => [...t(pair), ...(russian ? [{ language: 'ru', value: russian }] : [])];
  const drop = <T extends { ru?: string }>(x: T): T => (ru ? x : { ...x, ru: undefined });
  const acts: [string, string, string?][] = [...s.law, ...(s.kind === 'COMMERCIAL' || s.law.some(([lv]) => lv === PROCEDURE_ACT[0]) ? [] : [PROCEDURE_ACT])];
  return {
    code: s.code,
    holderCode: s.holder,
    name: withRu(s.name, ru?.name),
    alternativeNames: tl(s.alt),
    summary: s.summary ? t(s.summary) : null,
    description: withRu(s.description, ru?.description),
    instructions: s.instructions ? t(s.instructions) : texts(drop(demoInstructions(channels, (s.costs ?? []).some(([amount]) => amount > 0), s.time, !s.calendarDays))),
    kind: s.kind ?? 'PUBLIC_INDIVIDUAL_BENEFIT',
    basis: s.selfInitiative ? 'SELF_INITIATIVE' : 'STATE_MANDATED',
    audiences: s.audiences ?? ['PERSON'],
    providers: [
      { role: 'HOLDER', institutionCode: s.holder },
      ...(s.viaCentres ?? s.channels.includes('VPVKAC')
        ? [{ role: 'CLIENT_SERVICE_CENTRE' as const, institutionCode: 'VDAA', delivers: t(['Pieņem iesniegumu un konsultē klātienē jebkurā VPVKAC', 'Accepts the application and advises in person at any client service centre']) }]
        : []),
      ...(s.partners ?? []).map((p) => ({ role: 'PARTNER' as const, name: t(p.name), delivers: t(p.delivers) })),
    ],
    channels: channels.map((channelCode) => ({ channelCode })),
    costs: (s.costs ?? []).map(([amount, what, channelType]) => ({ amount, currency: 'EUR', channelType, description: t(what), exemptions: s.exemptions ? t(s.exemptions) : null })),
    processingTime: s.time,
    processingDaysAreWorkingDays: !s.calendarDays,
    processingTimeLimit: s.limit ?? null,
    requirements: s.requirements?.length ? s.requirements.map((r) => ({ description: t(r) })) : [{ description: texts(drop(demoRequirement(s.audiences ?? ['PERSON']))) }],
    evidence: s.evidence?.length
      ? s.evidence.map(([name, register]) => ({ name: t(name), obtainedByInstitution: register !== undefined, sourceRegister: register ?? null }))
      : [{ name: texts(drop(DEMO_EVIDENCE.name)), description: texts(drop(DEMO_EVIDENCE.description)), obtainedByInstitution: false }],
    outputs: (s.outputs ?? []).map(([type, name]) => ({ type, name: t(name) })),
    legalBasis: acts.map(([lv, en, article]) => ({ title: t([lv, en]), url: LEGAL_ACT_URLS[lv] ?? null, article: article ?? null })),
    authenticationLevel: s.auth ?? 'HIGH',
    executionType: s.exec ?? 'BACK_OFFICE',
    isKeyService: s.key ?? false,
    importance: s.importance ? { targetGroupSize: s.importance[0], needImportance: s.importance[1], contribution: s.importance[2] } : null,
    maturityLevel: s.maturity ?? 3,
    lifecyclePhase: 'MAINTENANCE',
    relatedServiceCodes: s.related ?? [],
    requiredServiceCodes: s.requires ?? [],
    keywords: tl(s.keywords),
    thematicAreas: s.themes,
    // Contested with the head of the holder (Administrative Procedure Law), so the holder hears the appeal first.
    redress: { howToAppeal: texts(drop(APPEAL)), appealToCode: s.holder, appealDeadline: 'P1M', silence: s.silence ?? 'NOT_APPLICABLE' },
    internal: s.internal
      ? {
          manager: { name: s.internal.manager },
          unitCost: s.internal.unitCost,
          indicators: [{ name: 'Pieteikumu skaits', value: s.internal.applications2025, unit: 'gab.', period: '2025' }],
          processDescription: 'Demo: iesniegums → pārbaude reģistros → lēmums → paziņojums klientam e-adresē.',
        }
      : null,
  };
}
