import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

/** A step's term after a life event: an ISO 8601 duration of years, months, weeks and days. */
export interface Term {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?!$)(?:(\d{1,3})Y)?(?:(\d{1,3})M)?(?:(\d{1,3})W)?(?:(\d{1,4})D)?$/;

/** The term, or null when `text` is not a duration of the form "P1Y6M", "P1M", "P2W", "P6D" (no time part). */
export function parseTerm(text: string): Term | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const [years, months, weeks, days] = m.slice(1).map((v) => Number(v ?? 0));
  return years + months + weeks + days > 0 ? { years, months, weeks, days } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * The date `term` after `day` ("YYYY-MM-DD"). Years and months first, as terms are counted in Latvian law: the term
 * ends on the same date of the last month, or on that month's last day when it has no such date (31 January + 1 month
 * = 28 or 29 February); then weeks and days.
 */
export function addTerm(day: string, term: Term): string {
  const [y, m, d] = day.split('-').map(Number);
  const monthIndex = (m - 1) + term.months + 12 * term.years;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const clamped = Math.min(d, daysInMonth(year, month));
  const end = new Date(Date.UTC(year, month, clamped + 7 * term.weeks + term.days));
  return `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

/** Latvian genitive after a number: singular for 1, 21, 31… (not 11), plural otherwise. */
const lvGenitive = (n: number, singular: string, plural: string) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? singular : plural}`;
const enUnit = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The term in words: "within 1 month of the event" / "1 mēneša laikā pēc notikuma". */
export function termText(term: Term): LocalizedText {
  const parts: [number, [string, string], string][] = [
    [term.years, ['gada', 'gadu'], 'year'],
    [term.months, ['mēneša', 'mēnešu'], 'month'],
    [term.weeks, ['nedēļas', 'nedēļu'], 'week'],
    [term.days, ['dienas', 'dienu'], 'day'],
  ];
  const present = parts.filter(([n]) => n > 0);
  const join = (words: string[], and: string) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}` : words[0]);
  return {
    lv: `${join(present.map(([n, [sg, pl]]) => lvGenitive(n, sg, pl)), 'un')} laikā pēc notikuma`,
    en: `within ${join(present.map(([n, , unit]) => enUnit(n, unit)), 'and')} of the event`,
  };
}
