/**
 * The Latvian working-day calendar, for due dates of cases. A day is a calendar date "YYYY-MM-DD" in Latvian time.
 *
 * Working days are Monday to Friday except the public holidays of the law "Par svētku, atceres un atzīmējamām
 * dienām" (1. pants): 1 January; Good Friday, Easter Sunday and Easter Monday; 1 May; 4 May; Whit Sunday (always a
 * Sunday); 23 and 24 June; the closing day of the Song and Dance Festival; 18 November; 24, 25, 26 and 31 December.
 * When 4 May, 18 November or the festival's closing day falls on a Saturday or Sunday, the next working day is a day
 * off. On top of that, the Cabinet transfers single working days to Saturdays (calendar-data.ts), and operators
 * record later changes (cases.calendar_days), which override everything else for their day.
 */
import { ONE_OFF_HOLIDAYS, SONG_FESTIVAL_CLOSING_DAYS, TRANSFERRED_WORKING_DAYS } from './calendar-data.ts';

/** Days recorded by operators: day → whether it is a working day. */
export type CalendarOverrides = ReadonlyMap<string, boolean>;

const NO_OVERRIDES: CalendarOverrides = new Map();

const toDay = (d: Date): string => d.toISOString().slice(0, 10);
const fromDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, n: number): string {
  const d = fromDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** Calendar months added, clamped to the month's end (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: string, n: number): string {
  const d = fromDay(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDay(target);
}

const isWeekend = (day: string): boolean => [0, 6].includes(fromDay(day).getUTCDay());

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

/** The year's days off other than ordinary weekends: date → name (Latvian), built-in data only. */
export function daysOff(year: number): ReadonlyMap<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const days = new Map<string, string>();
  const easter = easterSunday(year);
  const fixed: [string, string][] = [
    [`${year}-01-01`, 'Jaungada diena'],
    [addDays(easter, -2), 'Lielā Piektdiena'],
    [easter, 'Pirmās Lieldienas'],
    [addDays(easter, 1), 'Otrās Lieldienas'],
    [`${year}-05-01`, 'Darba svētki, Satversmes sapulces sasaukšanas diena'],
    [addDays(easter, 49), 'Vasarsvētki'],
    [`${year}-06-23`, 'Līgo diena'],
    [`${year}-06-24`, 'Jāņu diena'],
    [`${year}-12-24`, 'Ziemassvētku vakars'],
    [`${year}-12-25`, 'Pirmie Ziemassvētki'],
    [`${year}-12-26`, 'Otrie Ziemassvētki'],
    [`${year}-12-31`, 'Vecgada diena'],
  ];
  for (const [day, name] of fixed) days.set(day, name);
  // These move to the next working day when they fall on a weekend.
  const movable: [string, string][] = [
    [`${year}-05-04`, 'Latvijas Republikas Neatkarības atjaunošanas diena'],
    [`${year}-11-18`, 'Latvijas Republikas proklamēšanas diena'],
  ];
  const festival = SONG_FESTIVAL_CLOSING_DAYS[year];
  if (festival) movable.push([festival, 'Vispārējo latviešu Dziesmu un deju svētku noslēguma diena']);
  for (const { date, name } of ONE_OFF_HOLIDAYS) if (date.startsWith(`${year}-`)) days.set(date, name);
  for (const { dayOff } of TRANSFERRED_WORKING_DAYS[year] ?? []) days.set(dayOff, 'Pārceltā darba diena (brīvdiena)');
  for (const [day, name] of movable) {
    days.set(day, name);
    if (!isWeekend(day)) continue;
    let next = addDays(day, 1);
    while (isWeekend(next) || days.has(next)) next = addDays(next, 1);
    days.set(next, `${name} (pārcelta brīvdiena)`);
  }
  holidayCache.set(year, days);
  return days;
}

const transferredWorkingDays = new Set(Object.values(TRANSFERRED_WORKING_DAYS).flatMap((list) => list.map((t) => t.workingDay)));

/** Whether institutions work on this day. */
export function isWorkingDay(day: string, overrides: CalendarOverrides = NO_OVERRIDES): boolean {
  const recorded = overrides.get(day);
  if (recorded !== undefined) return recorded;
  if (transferredWorkingDays.has(day)) return true;
  if (isWeekend(day)) return false;
  return !daysOff(Number(day.slice(0, 4))).has(day);
}

/** The day itself when it is a working day, else the next working day. */
export function onOrNextWorkingDay(day: string, overrides: CalendarOverrides = NO_OVERRIDES): string {
  let d = day;
  while (!isWorkingDay(d, overrides)) d = addDays(d, 1);
  return d;
}

/** The n-th working day after `day` (`day` itself does not count); n = 0 gives onOrNextWorkingDay(day). */
export function addWorkingDays(day: string, n: number, overrides: CalendarOverrides = NO_OVERRIDES): string {
  if (n === 0) return onOrNextWorkingDay(day, overrides);
  let d = day;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, overrides)) counted++;
  }
  return d;
}

const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Latvian time. */
export const latvianDay = (instant: Date): string => rigaDay.format(instant);
