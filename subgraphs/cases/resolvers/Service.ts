import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { columnsFor, selectedFields } from '@public-service-graph/subgraph-kit/selection';
import { STATISTICS_FIELD_PARTS } from '../data/statistics-store.ts';
import { reportCsv } from '../domain/report-csv.ts';
import { unitCost } from './Indicators.ts';
import { DEFAULT_DIMENSIONS, reportRows, type ReportDimension } from '../data/report-store.ts';
import type { CaseReportResolvers, Resolvers, ServiceResolvers } from '../generated/types.ts';

const DAY_MS = 86_400_000;
const MAX_SPAN_MS = 10 * 366 * DAY_MS;

/** The statistics period: [from, to), by default the last 365 days, at most 10 years. */
function period(from: Date | string | null | undefined, to: Date | string | null | undefined, now: Date): { from: Date; to: Date } {
  const end = to == null ? now : new Date(to);
  const start = from == null ? new Date(end.getTime() - 365 * DAY_MS) : new Date(from);
  if (start >= end) throw badInput('"from" must be before "to".', { argument: 'from' });
  if (end.getTime() - start.getTime() > MAX_SPAN_MS) throw badInput('The period may be at most 10 years.', { argument: 'from' });
  return { from: start, to: end };
}

export const Service: ServiceResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  unitCost,
  caseStatistics: (service, args, ctx, info) => {
    const { from, to } = period(args.from, args.to, ctx.now);
    const parts = columnsFor(selectedFields(info), STATISTICS_FIELD_PARTS, []) ?? undefined;
    return ctx.loaders.statistics({ from: from.toISOString(), to: to.toISOString(), parts }).load(service.code);
  },
};

const dimensions = (by: readonly ReportDimension[] | null | undefined) => by ?? DEFAULT_DIMENSIONS;

export const CaseReport: CaseReportResolvers = {
  rows: (report, args, ctx) => reportRows(ctx.db, report, dimensions(args.by)),
  csv: async (report, args, ctx) => reportCsv(await reportRows(ctx.db, report, dimensions(args.by)), dimensions(args.by)),
};

/** Every breakdown hands its figures on as they are: the slice is its own figures. */
const self = <T>(x: T) => x;
export const figureResolvers: Pick<Resolvers, 'CaseStatistics' | 'CaseChannelCount' | 'CasePeriodCount' | 'CaseRegionCount' | 'CaseClientKindCount'> = {
  CaseStatistics: {
    figures: self,
    byStep: (stats, _, ctx) => ctx.loaders.stepTimes({ from: stats.from.toISOString(), to: stats.to.toISOString() }).load(stats.serviceCode),
  },
  CaseChannelCount: { figures: self },
  CasePeriodCount: { figures: self },
  CaseRegionCount: { figures: self },
  CaseClientKindCount: { figures: self },
};
