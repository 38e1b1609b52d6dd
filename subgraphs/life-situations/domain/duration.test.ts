import { describe, expect, it } from 'vitest';
import { addTerm, parseTerm, termText } from './duration.ts';

describe('terms after a life event', () => {
  it('parses durations of years, months, weeks and days, and nothing else', () => {
    expect(parseTerm('P1M')).toEqual({ years: 0, months: 1, weeks: 0, days: 0 });
    expect(parseTerm('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseTerm('P2W3D')).toEqual({ years: 0, months: 0, weeks: 2, days: 3 });
    for (const bad of ['P', 'PT4H', 'P0D', '1M', 'P1.5M', 'P-1D', 'p1m', 'P1M2Y', ''] as const) expect(parseTerm(bad), bad).toBeNull();
  });

  it('ends a month term on the same date, or on the last day of a shorter month', () => {
    expect(addTerm('2026-10-05', parseTerm('P1M')!)).toBe('2026-11-05');
    expect(addTerm('2026-01-31', parseTerm('P1M')!)).toBe('2026-02-28');
    expect(addTerm('2028-01-31', parseTerm('P1M')!)).toBe('2028-02-29');
    expect(addTerm('2026-11-15', parseTerm('P12M')!)).toBe('2027-11-15');
    expect(addTerm('2026-12-30', parseTerm('P6D')!)).toBe('2027-01-05');
    expect(addTerm('2026-03-31', parseTerm('P1Y1M1W1D')!)).toBe('2027-05-08');
  });

  it('says the term in Latvian and English with the right grammatical number', () => {
    expect(termText(parseTerm('P1M')!)).toEqual({ lv: '1 mēneša laikā pēc notikuma', en: 'within 1 month of the event' });
    expect(termText(parseTerm('P12M')!)).toEqual({ lv: '12 mēnešu laikā pēc notikuma', en: 'within 12 months of the event' });
    expect(termText(parseTerm('P21D')!).lv).toBe('21 dienas laikā pēc notikuma');
    expect(termText(parseTerm('P11D')!).lv).toBe('11 dienu laikā pēc notikuma');
    expect(termText(parseTerm('P1Y6M')!)).toEqual({ lv: '1 gada un 6 mēnešu laikā pēc notikuma', en: 'within 1 year and 6 months of the event' });
  });
});
