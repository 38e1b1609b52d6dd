import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { reportCsv } from '../domain/report-csv.ts';
import type { CaseReportResolvers, ServiceResolvers } from '../generated/types.ts';

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
  caseStatistics: (service, args, ctx) => {
    const { from, to } = period(args.from, args.to, ctx.now);
    return ctx.loaders.statistics({ from: from.toISOString(), to: to.toISOString() }).load(service.code);
  },
};

export const CaseReport: CaseReportResolvers = {
  csv: (report) => reportCsv(report.rows),
};
