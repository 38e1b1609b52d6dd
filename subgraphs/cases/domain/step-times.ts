/**
 * Time per step of a case (RK10 "time from request to result and per step"): the Latvian working days between
 * consecutive status changes, counted as processing days are (rollup.ts workingDaysBetween). The status a case is in
 * now has not ended, so it is left out.
 */
import { caseStatuses, type CaseStatus } from '../db/tables.ts';
import type { CalendarOverrides } from './calendar.ts';
import { workingDaysBetween } from './rollup.ts';

export interface StatusChange { caseId: string; status: CaseStatus; at: Date }
export interface StepTime { status: CaseStatus; stays: number; workingDays: number; averageWorkingDays: number }

/** The step times of a set of status changes, ordered by case and time. */
export function stepTimes(changes: readonly StatusChange[], overrides: CalendarOverrides): StepTime[] {
  const sums = new Map<CaseStatus, { stays: number; workingDays: number }>();
  changes.forEach((change, i) => {
    const next = changes[i + 1];
    if (!next || next.caseId !== change.caseId) return;
    const sum = sums.get(change.status) ?? { stays: 0, workingDays: 0 };
    sum.stays += 1;
    sum.workingDays += workingDaysBetween(change.at, next.at, overrides);
    sums.set(change.status, sum);
  });
  return caseStatuses.flatMap((status) => {
    const sum = sums.get(status);
    return sum ? [{ status, ...sum, averageWorkingDays: sum.workingDays / sum.stays }] : [];
  });
}
