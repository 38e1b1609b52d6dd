import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { Applicability, ConditionKind, StepCondition } from './model.ts';

/** What the graph knows about a client when it evaluates conditions. */
export interface ClientFacts {
  /** "YYYY-MM-DD" from an old-form personal code; null when unknown (new-form codes, companies). */
  birthDate: string | null;
  /** Birth dates of the client's children from reported CHILD_BIRTH events (the graph holds no other). */
  childBirthDates: readonly string[];
  /** Today in Latvia, "YYYY-MM-DD". */
  today: string;
}

/** How far the graph can decide each kind (the GraphQL enum ConditionEvaluation). */
export const EVALUATION: Record<ConditionKind, 'FULL' | 'WHEN_MET' | 'NONE'> = {
  AGE_AT_LEAST: 'FULL',
  AGE_UNDER: 'FULL',
  HAS_CHILD_UNDER: 'WHEN_MET',
  IS_SOCIALLY_INSURED: 'NONE',
  IS_FOREIGN_NATIONAL: 'NONE',
  SURNAME_CHANGED: 'NONE',
  IS_COMPANY_BOARD_MEMBER: 'NONE',
};

/** Whole years from `birth` to `today` (both "YYYY-MM-DD"); a birthday counts on its day. */
export function ageOn(birth: string, today: string): number {
  const [by, bmd] = [Number(birth.slice(0, 4)), birth.slice(5)];
  const [ty, tmd] = [Number(today.slice(0, 4)), today.slice(5)];
  return ty - by - (tmd < bmd ? 1 : 0);
}

/** Whether a step with this condition applies to the client; MAY_APPLY wherever the graph lacks the data. */
export function evaluate(condition: StepCondition | null, facts: ClientFacts): Applicability {
  if (!condition) return 'APPLIES';
  const years = condition.years ?? 0;
  const verdict = (holds: boolean): Applicability => (holds ? 'APPLIES' : 'DOES_NOT_APPLY');
  switch (condition.kind) {
    case 'AGE_AT_LEAST':
      return facts.birthDate ? verdict(ageOn(facts.birthDate, facts.today) >= years) : 'MAY_APPLY';
    case 'AGE_UNDER':
      return facts.birthDate ? verdict(ageOn(facts.birthDate, facts.today) < years) : 'MAY_APPLY';
    case 'HAS_CHILD_UNDER':
      return facts.childBirthDates.some((b) => b <= facts.today && ageOn(b, facts.today) < years) ? 'APPLIES' : 'MAY_APPLY';
    default:
      return 'MAY_APPLY';
  }
}

/** Latvian "N gadu" / "N gada" after a number (genitive singular for 1, 21…, not 11). */
const lvYears = (n: number) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'gada' : 'gadu'}`;

/** The condition in words, for the client. */
export function conditionText(condition: StepCondition): LocalizedText {
  const n = condition.years ?? 0;
  switch (condition.kind) {
    case 'AGE_AT_LEAST':
      return { lv: `ir sasniegts ${lvYears(n)} vecums`, en: `is at least ${n} years old` };
    case 'AGE_UNDER':
      return { lv: `nav sasniegts ${lvYears(n)} vecums`, en: `is under ${n} years old` };
    case 'HAS_CHILD_UNDER':
      return { lv: `ir bērns līdz ${lvYears(n)} vecumam`, en: `has a child under ${n}` };
    case 'IS_SOCIALLY_INSURED':
      return { lv: 'ir sociāli apdrošināts (strādā vai ir pašnodarbināts)', en: 'is socially insured (employed or self-employed)' };
    case 'IS_FOREIGN_NATIONAL':
      return { lv: 'ir ārzemnieks (nav Latvijas pilsonis vai nepilsonis)', en: 'is a foreign national (neither a citizen nor a non-citizen of Latvia)' };
    case 'SURNAME_CHANGED':
      return { lv: 'ir mainīts uzvārds', en: 'has changed their surname' };
    case 'IS_COMPANY_BOARD_MEMBER':
      return { lv: 'ir uzņēmuma valdes loceklis', en: 'is a member of a company’s board' };
  }
}
