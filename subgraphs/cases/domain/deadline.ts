import type { CaseRow } from '../db/tables.ts';
import { latvianDay } from './calendar.ts';

/** Past its due date and still not decided, completed, rejected or withdrawn (Latvian dates). */
export function isOverdue(row: Pick<CaseRow, 'dueOn' | 'resolvedAt' | 'status'>, now: Date): boolean {
  return !!row.dueOn && !row.resolvedAt && row.status !== 'WITHDRAWN' && latvianDay(now) > row.dueOn;
}

/** Whether it was resolved by its due date; null while open or without a due date. */
export function resolvedOnTime(row: Pick<CaseRow, 'dueOn' | 'resolvedAt'>): boolean | null {
  return row.dueOn && row.resolvedAt ? latvianDay(row.resolvedAt) <= row.dueOn : null;
}
