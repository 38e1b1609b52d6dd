import { describe, expect, it } from 'vitest';
import { ageOn, conditionText, evaluate, type ClientFacts } from './conditions.ts';
import { CONDITION_KINDS } from './model.ts';

const facts = (over: Partial<ClientFacts> = {}): ClientFacts => ({ birthDate: '1961-11-23', childBirthDates: [], today: '2026-11-22', ...over });

describe('conditions on the client', () => {
  it('counts age in whole years, a birthday counting on its day', () => {
    expect(ageOn('1961-11-23', '2026-11-22')).toBe(64);
    expect(ageOn('1961-11-22', '2026-11-22')).toBe(65);
    expect(ageOn('2026-10-05', '2026-11-22')).toBe(0);
  });

  it('decides age both ways from a known birth date, and says MAY_APPLY without one', () => {
    expect(evaluate({ kind: 'AGE_AT_LEAST', years: 65 }, facts())).toBe('DOES_NOT_APPLY');
    expect(evaluate({ kind: 'AGE_AT_LEAST', years: 65 }, facts({ birthDate: '1961-11-22' }))).toBe('APPLIES');
    expect(evaluate({ kind: 'AGE_UNDER', years: 65 }, facts())).toBe('APPLIES');
    expect(evaluate({ kind: 'AGE_AT_LEAST', years: 65 }, facts({ birthDate: null }))).toBe('MAY_APPLY');
  });

  it('confirms a child under an age from a reported birth, and never refutes it', () => {
    expect(evaluate({ kind: 'HAS_CHILD_UNDER', years: 7 }, facts({ childBirthDates: ['2026-10-05'] }))).toBe('APPLIES');
    expect(evaluate({ kind: 'HAS_CHILD_UNDER', years: 7 }, facts({ childBirthDates: ['2010-01-01'] }))).toBe('MAY_APPLY');
    expect(evaluate({ kind: 'HAS_CHILD_UNDER', years: 7 }, facts())).toBe('MAY_APPLY');
  });

  it('says MAY_APPLY for what the graph does not hold, and APPLIES with no condition', () => {
    for (const kind of ['IS_SOCIALLY_INSURED', 'IS_FOREIGN_NATIONAL', 'SURNAME_CHANGED', 'IS_COMPANY_BOARD_MEMBER'] as const)
      expect(evaluate({ kind, years: null }, facts({ birthDate: '1950-01-01', childBirthDates: ['2026-01-01'] }))).toBe('MAY_APPLY');
    expect(evaluate(null, facts())).toBe('APPLIES');
  });

  it('has words for every kind in Latvian and English', () => {
    for (const kind of CONDITION_KINDS) expect(Object.keys(conditionText({ kind, years: 18 })).sort()).toEqual(['en', 'lv']);
    expect(conditionText({ kind: 'HAS_CHILD_UNDER', years: 18 })).toEqual({ lv: 'ir bērns līdz 18 gadu vecumam', en: 'has a child under 18' });
    expect(conditionText({ kind: 'AGE_AT_LEAST', years: 21 }).lv).toBe('ir sasniegts 21 gada vecums');
  });
});
