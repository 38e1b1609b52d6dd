/**
 * What one case adds to the monthly roll-ups, decided without a database. A case always lands in the same roll-up
 * row (month of submission, institution, service, application channel, region, client kind never change), so every
 * change of a case is the difference between what it adds after and what it added before: one row to update.
 */
import type { CaseRow, CaseStatus, NewCaseRow } from '../db/tables.ts';
import { addDays, isWorkingDay, latvianDay, type CalendarOverrides } from './calendar.ts';

export const ROLLUP_MEASURES = [
  'cases', 'eventOnly', 'submitted', 'registered', 'inProgress', 'awaitingClient', 'decided', 'completed', 'rejected', 'withdrawn',
  'resolved', 'workingDays', 'withDueDate', 'resolvedOnTime', 'complaints', 'ratings', 'ratingSum', 'ratingsHigh', 'registrations', 'registeredInTime',
] as const;

/** The client-service standard's term for the first registration of an application (003: 10 minutes). */
export const REGISTRATION_TERM_MS = 10 * 60_000;
export type RollupMeasure = (typeof ROLLUP_MEASURES)[number];
export type Measures = Record<RollupMeasure, number>;

export interface RollupKey {
  month: string;
  institutionCode: string;
  serviceCode: string;
  channel: CaseRow['applicationChannel'];
  region: string;
  clientKind: CaseRow['clientKind'];
}

/** One row's change: the measures to add (negative to take away) and the working-days count to move, if any. */
export interface RollupDelta {
  key: RollupKey;
  measures: Measures;
  /** +1 / −1 per number of working days taken (a case resolved for the first time adds one). */
  days: Map<number, number>;
}

const STATUS_MEASURE: Record<CaseStatus, RollupMeasure> = {
  SUBMITTED: 'submitted', REGISTERED: 'registered', IN_PROGRESS: 'inProgress', AWAITING_CLIENT: 'awaitingClient',
  DECIDED: 'decided', COMPLETED: 'completed', REJECTED: 'rejected', WITHDRAWN: 'withdrawn',
};

/** Statuses of cases still being worked on; DECIDED is not among them (the decision is made, only delivery remains). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT'];

const zero = (): Measures => Object.fromEntries(ROLLUP_MEASURES.map((m) => [m, 0])) as Measures;
const latvianMonth = (instant: Date): string => latvianDay(instant).slice(0, 7);

type CaseState = Pick<CaseRow, 'institutionCode' | 'serviceCode' | 'applicationChannel' | 'region' | 'clientKind' | 'submittedAt' | 'kind' | 'status' | 'resolvedAt' | 'resolvedWorkingDays' | 'dueOn' | 'complaintCount' | 'rating' | 'registeredAt'>;

export const rollupKey = (c: CaseState): RollupKey => ({
  month: latvianMonth(c.submittedAt), institutionCode: c.institutionCode, serviceCode: c.serviceCode, channel: c.applicationChannel,
  region: c.region ?? '', clientKind: c.clientKind,
});

/** What a case adds to its roll-up row. */
export function contribution(c: CaseState): Measures {
  const m = zero();
  m.cases = 1;
  m[STATUS_MEASURE[c.status]] = 1;
  if (c.kind === 'EVENT_ONLY') m.eventOnly = 1;
  if (c.kind === 'APPLICATION' && c.resolvedAt) {
    m.resolved = 1;
    m.workingDays = c.resolvedWorkingDays ?? 0;
    if (c.dueOn) {
      m.withDueDate = 1;
      if (latvianDay(c.resolvedAt) <= c.dueOn) m.resolvedOnTime = 1;
    }
  }
  if (c.kind === 'APPLICATION' && c.registeredAt) {
    m.registrations = 1;
    if (c.registeredAt.getTime() - c.submittedAt.getTime() <= REGISTRATION_TERM_MS) m.registeredInTime = 1;
  }
  m.complaints = c.complaintCount;
  if (c.rating != null) {
    m.ratings = 1;
    m.ratingSum = c.rating;
    if (c.rating >= 4) m.ratingsHigh = 1;
  }
  return m;
}

/** The change of the roll-ups when a case goes from `before` (null: new) to `after`; null when nothing changes. */
export function rollupDelta(before: CaseState | null, after: CaseState): RollupDelta | null {
  const add = contribution(after);
  const take = before ? contribution(before) : zero();
  const measures = zero();
  let changed = false;
  for (const k of ROLLUP_MEASURES) {
    measures[k] = add[k] - take[k];
    if (measures[k] !== 0) changed = true;
  }
  const days = new Map<number, number>();
  const daysOf = (c: CaseState | null) => (c && c.kind === 'APPLICATION' && c.resolvedAt && c.resolvedWorkingDays != null ? c.resolvedWorkingDays : null);
  const [was, now] = [daysOf(before), daysOf(after)];
  if (was !== now) {
    if (was != null) days.set(was, -1);
    if (now != null) days.set(now, (days.get(now) ?? 0) + 1);
  }
  return changed || days.size ? { key: rollupKey(after), measures, days } : null;
}

/** Working days after the Latvian day of `from` up to and including that of `to`: 0 when resolved the same day. */
export function workingDaysBetween(from: Date, to: Date, overrides?: CalendarOverrides): number {
  const last = latvianDay(to);
  let n = 0;
  for (let d = addDays(latvianDay(from), 1); d <= last; d = addDays(d, 1)) if (isWorkingDay(d, overrides)) n++;
  return n;
}

/** The working days a case being resolved now took, for the patch that resolves it; undefined when it is not one. */
export function resolutionDays(row: Pick<NewCaseRow, 'kind' | 'submittedAt'>, resolvedAt: Date | null | undefined, overrides: CalendarOverrides): number | undefined {
  if (!resolvedAt || row.kind === 'EVENT_ONLY') return undefined;
  return workingDaysBetween(row.submittedAt as Date, resolvedAt, overrides);
}

/** A continuous percentile (as PostgreSQL's percentile_cont) of values given as counts per value. */
export function percentileOfCounts(counts: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = values.reduce((s, [, n]) => s + n, 0);
  if (!total) return null;
  const at = (i: number) => {
    let seen = 0;
    for (const [v, n] of values) if ((seen += n) > i) return v;
    return values.at(-1)![0];
  };
  const pos = p * (total - 1);
  const lo = Math.floor(pos);
  return at(lo) + (pos - lo) * (at(Math.min(lo + 1, total - 1)) - at(lo));
}
