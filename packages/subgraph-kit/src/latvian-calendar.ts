/**
 * The one Latvian calendar of the graph: working days for the cases subgraph's due dates and days off for the
 * services subgraph's opening hours ("open now"). Self-contained: no imports, so both subgraphs (and the subgraph
 * kit) can take it as it is.
 *
 * Working days are Monday to Friday except the public holidays of the law "Par svētku, atceres un atzīmējamām
 * dienām" (1. pants): 1 January; Good Friday, Easter Sunday and Easter Monday; 1 May; 4 May; Whit Sunday (always a
 * Sunday); 23 and 24 June; the closing day of the Song and Dance Festival; 18 November; 24, 25, 26 and 31 December.
 * When 4 May, 18 November or the festival's closing day falls on a Saturday or Sunday, the next working day is a day
 * off. On top of that, the Cabinet transfers single working days to Saturdays (TRANSFERRED_WORKING_DAYS below), and
 * operators record later changes (cases.calendar_days), which override everything else for their day.
 *
 * The year-by-year data below was checked against a published source, named beside each entry. Covered:
 * transferred working days of 2023–2026; one-off holidays and the Song and Dance Festival closing day of 2023.
 * Years before 2023 are computed from the law's fixed holidays only.
 */

// ---- Data decided year by year --------------------------------------------------------------------------------
export interface TransferredWorkingDay {
  /** The weekday that becomes a day off. */
  dayOff: string;
  /** The Saturday that becomes a working day in exchange. */
  workingDay: string;
  source: string;
}

/**
 * Working days moved to a Saturday by the Cabinet (Darba likums, 133. panta ceturtā daļa: "Par darba dienu
 * pārcelšanu <gads>. gadā"), binding on institutions financed from the state budget, i.e. on the institutions
 * whose cases these are.
 */
export const TRANSFERRED_WORKING_DAYS: Record<number, TransferredWorkingDay[]> = {
  2023: [
    // Order text quoted by nra.lv ("pārcelt darba dienu no piektdienas, 2023. gada 5. maija, uz sestdienu, 2023. gada 20. maiju").
    { dayOff: '2023-05-05', workingDay: '2023-05-20', source: 'MK rīkojums "Par darba dienas pārcelšanu 2023. gadā"' },
  ],
  2024: [
    // MK 13.06.2023. rīkojums Nr. 348, as cited by labadavana.lv and delfi.lv.
    { dayOff: '2024-12-23', workingDay: '2024-12-14', source: 'MK 13.06.2023. rīkojums Nr. 348' },
    { dayOff: '2024-12-30', workingDay: '2024-12-28', source: 'MK 13.06.2023. rīkojums Nr. 348' },
  ],
  2025: [
    // The November transfer is quoted from the order's 1st point by la.lv; the May one is reported by nasha.la.lv.
    { dayOff: '2025-05-02', workingDay: '2025-05-10', source: 'MK 30.04.2024. rīkojums Nr. 332' },
    { dayOff: '2025-11-17', workingDay: '2025-11-08', source: 'MK 30.04.2024. rīkojums Nr. 332, 1. punkts' },
  ],
  2026: [
    // Adopted by the Cabinet on 10.06.2025 (la.lv); 17.01.2026 confirmed as the transferred working day (jauns.lv).
    { dayOff: '2026-01-02', workingDay: '2026-01-17', source: 'MK rīkojums "Par darba dienu pārcelšanu 2026. gadā" (10.06.2025)' },
    { dayOff: '2026-06-22', workingDay: '2026-06-27', source: 'MK rīkojums "Par darba dienu pārcelšanu 2026. gadā" (10.06.2025)' },
  ],
};

/**
 * Closing days of the General Latvian Song and Dance Festival: a public holiday since the 2022 amendment of the law
 * "Par svētku, atceres un atzīmējamām dienām", with the same weekend rule as 4 May and 18 November. The festival is
 * held every five years; the next date is added when it is set.
 */
export const SONG_FESTIVAL_CLOSING_DAYS: Record<number, string> = {
  // 9 July 2023 was a Sunday, so Monday 10 July was a day off (vtmec.gov.lv).
  2023: '2023-07-09',
};

/** Public holidays set by law for one year only. */
export const ONE_OFF_HOLIDAYS: { date: string; name: string; source: string }[] = [
  { date: '2023-05-29', name: 'Hokeja bronzas medaļas ieguves diena', source: 'Saeimas 28.05.2023. grozījumi likumā "Par svētku, atceres un atzīmējamām dienām"' },
];

// ---- Working days ---------------------------------------------------------------------------------------------

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
/** Transferred working day → the day off it replaces. */
const transferredFrom = new Map(Object.values(TRANSFERRED_WORKING_DAYS).flatMap((list) => list.map((t) => [t.workingDay, t.dayOff] as const)));

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

// ---- Local time in Riga ---------------------------------------------------------------------------------------

export const TIME_ZONE = 'Europe/Riga';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
const WEEKDAYS: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

const rigaClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export interface LocalTime {
  /** "YYYY-MM-DD" in Riga. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  weekday: Weekday;
}

/** The wall-clock date and time in Riga at an instant (daylight saving time included). */
export function rigaTime(at: Date): LocalTime {
  const parts = Object.fromEntries(rigaClock.formatToParts(at).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: weekdayOf(date) };
}

export const weekdayOf = (date: string): Weekday => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

/**
 * What kind of day a date is for an office that works on working days: a transferred working day (a Saturday the
 * Cabinet made a working day) works like the weekday whose day off it replaces; a day off (a holiday or a day
 * the Cabinet gave off) is closed; any other date is its own weekday.
 */
export type DayKind = { kind: 'day-off' } | { kind: 'worked-as'; weekday: Weekday } | { kind: 'ordinary'; weekday: Weekday };

export function dayKind(day: string, overrides: CalendarOverrides = NO_OVERRIDES): DayKind {
  const replaced = transferredFrom.get(day);
  if (overrides.get(day) === false) return { kind: 'day-off' };
  if (replaced) return { kind: 'worked-as', weekday: weekdayOf(replaced) };
  if (daysOff(Number(day.slice(0, 4))).has(day)) return { kind: 'day-off' };
  return { kind: 'ordinary', weekday: weekdayOf(day) };
}
