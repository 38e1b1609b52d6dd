import type { CasesContext } from '../context.ts';
import type { CaseListFilter } from '../data/case-store.ts';
import type { CaseRow, CaseStatus } from '../db/tables.ts';
import { accessEntries } from '../domain/access.ts';

/** Writes the access-log entries for these reads (none when the client reads their own), before the answer leaves. */
export async function logReads(ctx: CasesContext, rows: readonly CaseRow[], purpose: string | null): Promise<void> {
  await Promise.all(accessEntries(ctx.identity, rows, purpose).map((entry) => ctx.loaders.recordAccess.load(entry)));
}

type DateInput = Date | string | null | undefined;
const toDate = (value: DateInput): Date | null => (value == null ? null : new Date(value));

/** The conditions a person's and an institution's filters share. */
export function caseFilter(f: { statuses?: CaseStatus[] | null; serviceCode?: string | null; institutionCode?: string | null; submittedFrom?: DateInput; submittedTo?: DateInput }): CaseListFilter {
  return { statuses: f.statuses, serviceCode: f.serviceCode, institutionCode: f.institutionCode, submittedFrom: toDate(f.submittedFrom), submittedTo: toDate(f.submittedTo) };
}
