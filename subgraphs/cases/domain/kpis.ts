/**
 * The channel KPIs of the client-service standard (seed 003, "Klientu apkalpošanas procesa galvenie rādītāji"):
 * per channel its parameter, target and the source the standard names. Measured where the graph holds the data
 * (ratings and registrations of cases, from the monthly roll-ups), reported by institutions otherwise.
 */
import type { CaseChannel } from '../db/tables.ts';
import type { Measures } from './rollup.ts';

export const KPI_KINDS = ['WEB_ANSWERED_WITHIN_WORKING_DAY', 'CALLS_ANSWERED', 'CALL_PICKUP_SECONDS', 'SATISFACTION', 'REGISTRATION_WITHIN_10_MINUTES'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];
/** The channels of the standard: the case channels, the website (questions answered there) and all channels at once. */
export type KpiChannel = CaseChannel | 'WEB' | 'ALL';

export interface KpiDefinition {
  kind: KpiKind;
  unit: 'PERCENT' | 'SECONDS' | 'SCORE_1_5';
  target: number;
  direction: 'AT_LEAST' | 'AT_MOST';
  /** The channels it is set for. */
  channels: readonly KpiChannel[];
  /** The source the standard names for it. */
  source: string;
  /** How the graph measures it from the roll-ups of a channel; null when only institutions can report it. */
  measure: ((m: Measures) => { value: number | null; basis: number }) | null;
}

/** Channels clients rate services through: satisfaction of at least 4 of 5 on every one of them. */
const RATED_CHANNELS: readonly CaseChannel[] = ['E_SERVICE', 'IN_PERSON', 'CLIENT_SERVICE_CENTRE', 'PHONE', 'POST', 'EMAIL', 'E_ADDRESS'];

export const KPIS: readonly KpiDefinition[] = [
  { kind: 'WEB_ANSWERED_WITHIN_WORKING_DAY', unit: 'PERCENT', target: 100, direction: 'AT_LEAST', channels: ['WEB'], source: 'Portāla monitorings (portal monitoring)', measure: null },
  { kind: 'CALLS_ANSWERED', unit: 'PERCENT', target: 95, direction: 'AT_LEAST', channels: ['PHONE'], source: 'Telefona centrāles atskaites (telephone exchange reports)', measure: null },
  { kind: 'CALL_PICKUP_SECONDS', unit: 'SECONDS', target: 10, direction: 'AT_MOST', channels: ['PHONE'], source: 'Telefona centrāles atskaites (telephone exchange reports)', measure: null },
  {
    kind: 'SATISFACTION', unit: 'SCORE_1_5', target: 4, direction: 'AT_LEAST', channels: RATED_CHANNELS, source: 'Klientu aptaujas, pieteikumu vadības sistēmas atskaites (surveys, case ratings)',
    measure: (m) => ({ value: m.ratings ? m.ratingSum / m.ratings : null, basis: m.ratings }),
  },
  {
    kind: 'REGISTRATION_WITHIN_10_MINUTES', unit: 'PERCENT', target: 100, direction: 'AT_LEAST', channels: ['ALL'], source: 'Pieteikumu vadības sistēmas atskaites (case registrations)',
    measure: (m) => ({ value: m.registrations ? (100 * m.registeredInTime) / m.registrations : null, basis: m.registrations }),
  },
];

/** How far a value is from the target, positive when it is on the good side (or on it), negative when short. */
export const gapToTarget = (k: Pick<KpiDefinition, 'target' | 'direction'>, value: number | null): number | null =>
  value == null ? null : k.direction === 'AT_LEAST' ? value - k.target : k.target - value;

/** The value's problems: out of the unit's range. */
export function valueProblem(unit: KpiDefinition['unit'], value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a number';
  if (unit === 'PERCENT' && (value < 0 || value > 100)) return 'must be 0–100 for a share in percent';
  if (unit === 'SCORE_1_5' && (value < 1 || value > 5)) return 'must be 1–5 for a rating';
  if (unit === 'SECONDS' && (value < 0 || value > 86_400)) return 'must be 0–86,400 seconds';
  return null;
}
