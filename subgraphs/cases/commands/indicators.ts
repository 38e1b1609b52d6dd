/**
 * Values institutions report about indicators the graph cannot measure (channel KPIs of the client-service standard,
 * a service's unit cost), stored with who reported them and when (data/indicator-store.ts).
 */
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { CasesContext } from '../context.ts';
import type { ReportedIndicatorRow } from '../db/tables.ts';
import { storeReported } from '../data/indicator-store.ts';
import { isOperator } from '../domain/access.ts';
import { KPIS, valueProblem, type KpiChannel } from '../domain/kpis.ts';
import type { ReportChannelKpiInput, ReportServiceUnitCostInput } from '../generated/types.ts';

const MONTH = /^(20\d\d|2100)-(0[1-9]|1[0-2])$/;
const invalid = (path: string, message: string) => ({ reported: null, errors: [{ message: `${path} ${message}.`, code: 'BAD_USER_INPUT', path }] });
export const reportedView = (r: ReportedIndicatorRow) => ({ value: r.value, period: r.period, source: r.source, reportedBy: r.reportedBy, reportedAt: r.reportedAt });

/** The institution a report is for: an institution its own, operators name one; everyone else is refused. */
function reportingFor(ctx: CasesContext, given: string | null | undefined): string | null {
  if (ctx.identity.kind === 'anonymous') throw unauthenticated();
  if (isOperator(ctx.identity)) return given ?? null;
  if (ctx.identity.kind === 'institution' && ctx.identity.institution) {
    if (given && given !== ctx.identity.institution) throw forbidden(`${ctx.identity.institution} may report its own values only, not ${given}'s.`);
    return ctx.identity.institution;
  }
  throw forbidden('Only institutions (their own values) and operators may report indicator values.');
}

function checkSource(source: string): string | null {
  const text = source.trim();
  return text && text.length <= 200 ? text : null;
}

export async function reportChannelKpi(ctx: CasesContext, input: ReportChannelKpiInput) {
  const institutionCode = reportingFor(ctx, input.institutionCode);
  if (!institutionCode) return invalid('institutionCode', 'is required: operators name the institution');
  const kpi = KPIS.find((k) => k.kind === input.kpi)!;
  if (!kpi.channels.includes(input.channel as KpiChannel)) return invalid('channel', `must be one of ${kpi.channels.join(', ')} for ${kpi.kind}`);
  if (!MONTH.test(input.month)) return invalid('month', 'must be "YYYY-MM", e.g. "2026-10"');
  const problem = valueProblem(kpi.unit, input.value);
  if (problem) return invalid('value', problem);
  const source = checkSource(input.source);
  if (!source) return invalid('source', 'must be 1–200 characters, e.g. the report it comes from');
  const row = await storeReported(ctx.db, { institutionCode, indicator: kpi.kind, subject: input.channel, period: input.month, value: input.value, source, reportedBy: ctx.identity.subject });
  return { reported: reportedView(row), errors: [] };
}

export async function reportServiceUnitCost(ctx: CasesContext, input: ReportServiceUnitCostInput) {
  reportingFor(ctx, null);
  const service = (await ctx.services.forWrite([input.serviceCode], (_, s) => !!s)).get(input.serviceCode);
  if (!service) return invalid('serviceCode', `no published service has the code "${input.serviceCode}"`);
  if (!isOperator(ctx.identity) && ctx.identity.institution !== service.holderCode)
    throw forbidden(`${input.serviceCode} belongs to ${service.holderCode}; only its holder reports its cost.`);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) return invalid('year', 'must be 2000–2100');
  if (!Number.isFinite(input.unitCost) || input.unitCost < 0 || input.unitCost > 1e9) return invalid('unitCost', 'must be 0 or more euros');
  const source = checkSource(input.source);
  if (!source) return invalid('source', 'must be 1–200 characters, e.g. the calculation it comes from');
  const row = await storeReported(ctx.db, {
    institutionCode: service.holderCode, indicator: 'UNIT_COST', subject: input.serviceCode, period: String(input.year), value: input.unitCost, source, reportedBy: ctx.identity.subject,
  });
  return { reported: reportedView(row), errors: [] };
}

