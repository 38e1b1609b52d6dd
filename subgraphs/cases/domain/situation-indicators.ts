/**
 * Life-situation indicators measured from the monthly roll-ups (docs/indicators.md): the life-situations subgraph
 * declares how (`IndicatorMeasure`), this computes the value of each month from the sums of the services named.
 */
import type { ServiceMonth } from '../data/situation-indicator-store.ts';

export interface IndicatorMeasure {
  kind: 'AVERAGE_RATING' | 'RESOLVED_WITHIN_WORKING_DAYS' | 'APPLICATIONS';
  serviceCodes: readonly string[];
  workingDays?: number | null;
}
export interface MonthValue { month: string; value: number | null; basis: number; open: number }

/** The value of one month from the services' sums of that month; null when there is nothing to measure. */
function monthValue(measure: IndicatorMeasure, month: string, rows: ServiceMonth[]): MonthValue {
  const sum = (f: (r: ServiceMonth) => number) => rows.reduce((n, r) => n + f(r), 0);
  const open = sum((r) => r.open);
  if (measure.kind === 'AVERAGE_RATING') {
    const basis = sum((r) => r.ratings);
    return { month, value: basis ? sum((r) => r.ratingSum) / basis : null, basis, open };
  }
  if (measure.kind === 'APPLICATIONS') {
    const basis = sum((r) => r.applications);
    return { month, value: basis, basis, open };
  }
  const term = measure.workingDays ?? 0;
  const resolved = rows.flatMap((r) => [...r.resolvedByDays]);
  const basis = resolved.reduce((n, [, count]) => n + count, 0);
  const within = resolved.reduce((n, [days, count]) => n + (days <= term ? count : 0), 0);
  return { month, value: basis ? (within / basis) * 100 : null, basis, open };
}

/** The twelve months of a year, January first. */
export function measureYear(measure: IndicatorMeasure, year: number, months: ServiceMonth[]): MonthValue[] {
  const codes = new Set(measure.serviceCodes);
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return monthValue(measure, month, months.filter((m) => m.month === month && codes.has(m.serviceCode)));
  });
}
