/** Life-situation indicators' monthly values, measured from the roll-ups as the life-situations subgraph declares. */
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { measureYear } from '../domain/situation-indicators.ts';
import type { LifeSituationIndicatorResolvers } from '../generated/types.ts';

export const LifeSituationIndicator: LifeSituationIndicatorResolvers = {
  __resolveReference: (ref) => ref,
  measuredValues: async (indicator, { year }, ctx) => {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('"year" must be 2000–2100, e.g. 2026.', { argument: 'year' });
    const measure = indicator.measure;
    if (!measure) return null;
    const months = await Promise.all(measure.serviceCodes.map((code) => ctx.loaders.serviceMonths(year).load(code)));
    return measureYear(measure, year, months.flat());
  },
};
