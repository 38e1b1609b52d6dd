import { badInput, parseId } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { calendarOverrides, caseCursor, listCases } from '../data/case-store.ts';
import { yearReport } from '../data/statistics-store.ts';
import { institutionScope, mayReadCase, parsePurpose, requirePurposeFor } from '../domain/access.ts';
import { latvianDay } from '../domain/calendar.ts';
import { dueDate, parseProcessingTime } from '../domain/processing-time.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { prime } from '../data/loaders.ts';
import { caseFilter, logReads } from './reads.ts';

export const Query: QueryResolvers = {
  case: async (_, args, ctx) => {
    const purpose = parsePurpose(args.purpose);
    const row = await ctx.loaders.caseById.load(parseId(args.id, 'case'));
    if (!row || !mayReadCase(ctx.identity, row)) return null;
    requirePurposeFor(ctx.identity, row, purpose);
    await logReads(ctx, [row], purpose);
    return row;
  },

  institutionCases: async (_, args, ctx) => {
    const institutionCode = institutionScope(ctx.identity, args.filter?.institutionCode);
    const purpose = parsePurpose(args.purpose);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const f = args.filter ?? {};
    const overdue = f.overdue == null ? null : { value: f.overdue, today: latvianDay(ctx.now) };
    const { rows, total } = await listCases(ctx.db, { ...caseFilter(f), institutionCode, reference: f.reference, overdue }, after, size + 1);
    const connection = toConnection(rows, size, caseCursor, total);
    await logReads(ctx, connection.nodes, purpose);
    prime(ctx, connection.nodes);
    return connection;
  },

  caseDueDate: async (_, args, ctx) => {
    const time = parseProcessingTime(args.processingTime);
    if (!time) throw badInput('"processingTime" must be an ISO 8601 duration such as "PT4H", "P10D", "P2W", "P1M" or "P1Y".', { argument: 'processingTime' });
    return dueDate(new Date(args.submittedAt), time, args.processingDaysAreWorkingDays ?? true, await calendarOverrides(ctx.db));
  },

  caseReport: async (_, args, ctx) => {
    if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) throw badInput('"year" must be 2000–2100.', { argument: 'year' });
    return yearReport(ctx.db, args.year, institutionScope(ctx.identity, args.institutionCode));
  },
};
