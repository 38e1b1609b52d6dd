/**
 * Service statistics read from the monthly roll-ups (data/rollups.ts), never from the case history: totals, months
 * and channels from the channel roll-ups (a year of a service is at most 12 × channels rows), regions and client
 * kinds from the breakdown roll-ups (a whole year is one row per region and client kind), working days from the
 * per-service counts.
 */
import { and, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { breakdownRollups, monthlyChannelRollups, monthlyServiceDays, type CaseChannel, type CaseStatus, type ClientKind } from '../db/tables.ts';
import { latvianDay } from '../domain/calendar.ts';
import { OPEN_STATUSES, percentileOfCounts, ROLLUP_MEASURES, type Measures } from '../domain/rollup.ts';

/** Figures of one slice of cases (a month, a channel, a region…), from summed roll-up measures. */
export interface Figures {
  count: number;
  open: number;
  decided: number;
  resolved: number;
  complaints: number;
  ratingCount: number;
  averageRating: number | null;
  satisfiedShare: number | null;
  averageProcessingDays: number | null;
  resolvedOnTimeShare: number | null;
}

export type ChannelFigures = Figures & { channel: CaseChannel };
export type PeriodFigures = Figures & { period: string };
export type RegionFigures = Figures & { region: string | null };
export type ClientKindFigures = Figures & { clientKind: ClientKind };

export interface ServiceStatistics extends Figures {
  serviceCode: string;
  from: Date;
  to: Date;
  total: number;
  eventOnly: number;
  byStatus: { status: CaseStatus; count: number }[];
  byChannel: ChannelFigures[];
  byMonth: PeriodFigures[];
  byRegion: RegionFigures[];
  byClientKind: ClientKindFigures[];
  medianProcessingDays: number | null;
  p90ProcessingDays: number | null;
}

const STATUS_COLUMNS: [CaseStatus, keyof Measures][] = [
  ['SUBMITTED', 'submitted'], ['REGISTERED', 'registered'], ['IN_PROGRESS', 'inProgress'], ['AWAITING_CLIENT', 'awaitingClient'],
  ['DECIDED', 'decided'], ['COMPLETED', 'completed'], ['REJECTED', 'rejected'], ['WITHDRAWN', 'withdrawn'],
];
const OPEN_MEASURES = STATUS_COLUMNS.filter(([s]) => OPEN_STATUSES.includes(s)).map(([, m]) => m);

export const emptyMeasures = (): Measures => Object.fromEntries(ROLLUP_MEASURES.map((m) => [m, 0])) as Measures;
export function addMeasures(into: Measures, m: Measures): Measures {
  for (const k of ROLLUP_MEASURES) into[k] += m[k];
  return into;
}
const share = (n: number, of: number) => (of ? n / of : null);

export function figuresOf(m: Measures): Figures {
  return {
    count: m.cases,
    open: OPEN_MEASURES.reduce((s, k) => s + m[k], 0),
    decided: m.decided,
    resolved: m.resolved,
    complaints: m.complaints,
    ratingCount: m.ratings,
    averageRating: share(m.ratingSum, m.ratings),
    satisfiedShare: share(m.ratingsHigh, m.ratings),
    averageProcessingDays: share(m.workingDays, m.resolved),
    resolvedOnTimeShare: share(m.resolvedOnTime, m.withDueDate),
  };
}

/** The Latvian month ("YYYY-MM") an instant falls in. */
export const latvianMonth = (instant: Date): string => latvianDay(instant).slice(0, 7);

/** The instant a Latvian month begins: 00:00 Riga time, which is summer time (UTC+3) from April to October. */
export function monthStart(month: string): Date {
  const m = Number(month.slice(5, 7));
  return new Date(`${month}-01T00:00:00${m >= 4 && m <= 10 ? '+03:00' : '+02:00'}`);
}
export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The whole months that overlap [from, to): statistics are monthly, so a period is widened to whole months. */
export function monthsOf(from: Date, to: Date): { first: string; last: string } {
  return { first: latvianMonth(from), last: latvianMonth(new Date(to.getTime() - 1)) };
}

/**
 * The periods of the breakdown roll-ups that make up the months first … last: each whole calendar year as one
 * "YYYY", the months before and after as "YYYY-MM" — at most 11 + 11 months besides the years.
 */
export function breakdownPeriods(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let month = first; month <= last; ) {
    const year = month.slice(0, 4);
    const wholeYear = month.endsWith('-01') && `${year}-12` <= last;
    periods.push(wholeYear ? year : month);
    month = wholeYear ? `${Number(year) + 1}-01` : nextMonth(month);
  }
  return periods;
}

const sums = (table: typeof breakdownRollups | typeof monthlyChannelRollups) => ROLLUP_MEASURES.map((m) => sql`sum(${table[m]})::int as ${sql.identifier(m)}`);
const inPeriod = (table: typeof monthlyChannelRollups | typeof monthlyServiceDays, codes: readonly string[], from: Date, to: Date) => {
  const { first, last } = monthsOf(from, to);
  return and(inArray(table.serviceCode, [...codes]), gte(table.month, first), lte(table.month, last));
};

/** The channel roll-ups of services over months, summed per service and month, and per service and channel. */
export function statisticsQuery(codes: readonly string[], from: Date, to: Date): SQL {
  const t = monthlyChannelRollups;
  return sql`
    select ${t.serviceCode} as "serviceCode", ${t.month} as month, ${t.channel} as channel, ${sql.join(sums(t), sql`, `)}
    from ${t} where ${inPeriod(t, codes, from, to)} group by grouping sets ((${t.serviceCode}, ${t.month}), (${t.serviceCode}, ${t.channel}))`;
}

/** The breakdown roll-ups of services over the period's years and months, summed per service, region and client kind. */
export function regionAndClientKindQuery(codes: readonly string[], from: Date, to: Date): SQL {
  const t = breakdownRollups;
  const { first, last } = monthsOf(from, to);
  return sql`
    select ${t.serviceCode} as "serviceCode", ${t.breakdown} as breakdown, ${t.value} as value, ${sql.join(sums(t), sql`, `)}
    from ${t} where ${and(inArray(t.serviceCode, [...codes]), inArray(t.period, breakdownPeriods(first, last)))} group by 1, 2, 3`;
}

/** How many resolved applications took how many working days, per service, over months. */
export function processingDaysQuery(codes: readonly string[], from: Date, to: Date): SQL {
  const t = monthlyServiceDays;
  return sql`
    select ${t.serviceCode} as "serviceCode", ${t.workingDays} as days, sum(${t.cases})::int as n
    from ${t} where ${inPeriod(t, codes, from, to)} group by 1, 2`;
}

export const rowsOf = async <T>(query: Promise<unknown>): Promise<T[]> => ((await query) as { rows: T[] }).rows;
/** A month's figures (channel null) or a channel's (month null). */
type ChannelSlice = Measures & { serviceCode: string; month: string | null; channel: CaseChannel | null };
/** A region's figures ('' when not stated) or a client kind's. */
type BreakdownSlice = Measures & { serviceCode: string; breakdown: 'REGION' | 'CLIENT_KIND'; value: string };

/** Sums slices into groups by a key, and turns each group into figures. */
function breakdown<S extends Measures, K extends string>(slices: S[], keyOf: (s: S) => string, label: K) {
  const groups = new Map<string, Measures>();
  for (const s of slices) groups.set(keyOf(s), addMeasures(groups.get(keyOf(s)) ?? emptyMeasures(), s));
  return [...groups].map(([key, m]) => ({ [label]: key, ...figuresOf(m) }) as Figures & Record<K, string>);
}

/**
 * The statements beyond the channel roll-ups' that a selection of CaseStatistics fields needs: the breakdown
 * roll-ups for regions and client kinds, the working-day counts for the percentiles. A field not listed needs
 * neither; `columnsFor` with this map gives null (both) for a field it does not know.
 */
export const STATISTICS_FIELD_PARTS: Readonly<Record<string, readonly StatisticsPart[]>> = {
  from: [], to: [], total: [], eventOnly: [], byStatus: [], byChannel: [], byMonth: [], figures: [], byStep: [],
  open: [], decided: [], resolved: [], complaints: [], ratingCount: [], averageRating: [], satisfiedShare: [],
  averageProcessingDays: [], resolvedOnTimeShare: [],
  byRegion: ['breakdowns'], byClientKind: ['breakdowns'], medianProcessingDays: ['days'], p90ProcessingDays: ['days'],
};
export type StatisticsPart = 'breakdowns' | 'days';
const ALL_PARTS: readonly StatisticsPart[] = ['breakdowns', 'days'];

/**
 * Statistics of each service in `codes`, in that order: one to three statements for any number of services. With
 * `parts` short of both, the fields of the part left out (regions and client kinds, or the percentiles) come back
 * empty: only for a selection that does not ask for them.
 */
export async function serviceStatistics(db: Db, codes: readonly string[], from: Date, to: Date, parts: readonly StatisticsPart[] = ALL_PARTS): Promise<ServiceStatistics[]> {
  const { first, last } = monthsOf(from, to);
  const [slices, breakdowns, days] = await Promise.all([
    rowsOf<ChannelSlice>(db.execute(statisticsQuery(codes, from, to))),
    parts.includes('breakdowns') ? rowsOf<BreakdownSlice>(db.execute(regionAndClientKindQuery(codes, from, to))) : [],
    parts.includes('days') ? rowsOf<{ serviceCode: string; days: number; n: number }>(db.execute(processingDaysQuery(codes, from, to))) : [],
  ]);
  return codes.map((serviceCode) => {
    const months = slices.filter((s) => s.serviceCode === serviceCode && s.month !== null);
    const channels = slices.filter((s) => s.serviceCode === serviceCode && s.channel !== null);
    const regions = breakdowns.filter((s) => s.serviceCode === serviceCode && s.breakdown === 'REGION');
    const clientKinds = breakdowns.filter((s) => s.serviceCode === serviceCode && s.breakdown === 'CLIENT_KIND');
    const total = months.reduce((m, s) => addMeasures(m, s), emptyMeasures());
    const counts = new Map(days.filter((d) => d.serviceCode === serviceCode).map((d) => [d.days, d.n]));
    const byCount = <T extends { count: number }>(list: T[], tie: (a: T, b: T) => number) => list.filter((x) => x.count > 0).sort((a, b) => b.count - a.count || tie(a, b));
    return {
      serviceCode, from: monthStart(first), to: monthStart(nextMonth(last)), ...figuresOf(total), total: total.cases, eventOnly: total.eventOnly,
      byStatus: byCount(STATUS_COLUMNS.map(([status, m]) => ({ status, count: total[m] })), (a, b) => a.status.localeCompare(b.status)),
      byChannel: byCount(breakdown(channels, (s) => s.channel!, 'channel') as (Figures & { channel: CaseChannel })[], (a, b) => a.channel.localeCompare(b.channel)),
      byMonth: breakdown(months, (s) => s.month!, 'period').sort((a, b) => a.period.localeCompare(b.period)),
      byRegion: byCount(breakdown(regions, (s) => s.value, 'region'), (a, b) => a.region.localeCompare(b.region)).map((r) => ({ ...r, region: r.region || null })),
      byClientKind: byCount(breakdown(clientKinds, (s) => s.value, 'clientKind') as (Figures & { clientKind: ClientKind })[], (a, b) => a.clientKind.localeCompare(b.clientKind)),
      medianProcessingDays: percentileOfCounts(counts, 0.5),
      p90ProcessingDays: percentileOfCounts(counts, 0.9),
    };
  });
}
