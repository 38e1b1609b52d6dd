/**
 * Channel KPIs of the client-service standard and reported indicator values (unit cost): measured from the monthly
 * roll-ups where the graph holds the data, reported with provenance where institutions hold it.
 */
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { casesInYear, measuresByChannel, reportedUnitCost, reportedValues } from '../data/indicator-store.ts';
import { reportedView } from '../commands/indicators.ts';
import { institutionScope } from '../domain/access.ts';
import { gapToTarget, KPIS, type KpiChannel } from '../domain/kpis.ts';

const MONTH_FORMAT = /^(20\d\d|2100)-(0[1-9]|1[0-2])$/;
import { ROLLUP_MEASURES, type Measures } from '../domain/rollup.ts';
import type { QueryResolvers, ServiceResolvers } from '../generated/types.ts';


export const IndicatorQuery: Pick<QueryResolvers, 'channelKpis'> = {
  channelKpis: async (_, args, ctx) => {
    const institutionCode = institutionScope(ctx.identity, args.institutionCode);
    if (!MONTH_FORMAT.test(args.month)) throw badInput('"month" must be "YYYY-MM", e.g. "2026-10".', { argument: 'month' });
    const [byChannel, reported] = await Promise.all([
      measuresByChannel(ctx.db, args.month, institutionCode),
      institutionCode ? reportedValues(ctx.db, institutionCode, KPIS.map((k) => k.kind), args.month) : Promise.resolve([]),
    ]);
    const all = [...byChannel.values()].reduce((sum, m) => {
      for (const k of ROLLUP_MEASURES) sum[k] += m[k];
      return sum;
    }, Object.fromEntries(ROLLUP_MEASURES.map((k) => [k, 0])) as Measures);
    const measuresOf = (channel: KpiChannel) => (channel === 'ALL' ? all : byChannel.get(channel));
    return KPIS.flatMap((k) => k.channels.map((channel) => {
      const m = k.measure && measuresOf(channel);
      const measured = m ? k.measure!(m) : null;
      const report = reported.find((r) => r.indicator === k.kind && r.subject === channel);
      const value = measured?.value ?? report?.value ?? null;
      const gap = gapToTarget(k, value);
      return {
        kpi: k.kind, channel, unit: k.unit, target: k.target, direction: k.direction, source: k.source,
        measured: measured?.value != null ? { value: measured.value, basis: measured.basis } : null,
        reported: report ? reportedView(report) : null,
        gap, meetsTarget: gap == null ? null : gap >= 0,
      };
    }));
  },
};

export const unitCost: ServiceResolvers['unitCost'] = async (service, { year }, ctx) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('"year" must be 2000–2100.', { argument: 'year' });
  const [cost, cases] = await Promise.all([reportedUnitCost(ctx.db, service.code, year), casesInYear(ctx.db, service.code, year)]);
  return cost ? { year, unitCost: reportedView(cost), cases, totalCost: cost.value * cases } : null;
};
