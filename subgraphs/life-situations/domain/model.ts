import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

/** Kinds of life events institutions report (the GraphQL enum LifeEventType). */
export const LIFE_EVENT_TYPES = [
  'CHILD_BIRTH',
  'RELATIVE_DEATH',
  'MARRIAGE',
  'RESIDENCE_CHANGE',
  'ARRIVAL_IN_LATVIA',
  'COMPANY_FOUNDATION',
  'RETIREMENT_AGE',
  'JOB_LOSS',
  'STUDIES_START',
  'REAL_ESTATE_PURCHASE',
  'BUILDING_PERMIT',
  'VEHICLE_PURCHASE',
] as const;
export type LifeEventType = (typeof LIFE_EVENT_TYPES)[number];

/** Whose event each kind is: a company's founding, everything else a person's. */
export const clientKindOf = (type: LifeEventType): 'PERSON' | 'COMPANY' => (type === 'COMPANY_FOUNDATION' ? 'COMPANY' : 'PERSON');

/** The closed set of step conditions (the GraphQL enum LifeSituationConditionKind). */
export const CONDITION_KINDS = [
  'AGE_AT_LEAST',
  'AGE_UNDER',
  'HAS_CHILD_UNDER',
  'IS_SOCIALLY_INSURED',
  'IS_FOREIGN_NATIONAL',
  'SURNAME_CHANGED',
  'IS_COMPANY_BOARD_MEMBER',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export interface StepCondition {
  kind: ConditionKind;
  /** For AGE_AT_LEAST, AGE_UNDER and HAS_CHILD_UNDER; null otherwise. */
  years: number | null;
}

export type Applicability = 'APPLIES' | 'MAY_APPLY' | 'DOES_NOT_APPLY';

/** A concept of the EU life-event / business-event vocabularies (labels in domain/eu-events.ts). */
export interface EuEventRef {
  scheme: 'LIFE_EVENT' | 'BUSINESS_EVENT';
  code: string;
}

/** How the cases subgraph measures an indicator from its monthly roll-ups (the GraphQL IndicatorMeasure). */
export interface IndicatorMeasure {
  kind: 'AVERAGE_RATING' | 'RESOLVED_WITHIN_WORKING_DAYS' | 'APPLICATIONS';
  serviceCodes: string[];
  /** For RESOLVED_WITHIN_WORKING_DAYS; null otherwise. */
  workingDays: number | null;
}

/** Why the graph does not measure an indicator, as the holder declared it (NO_MEASURE_DECLARED when it declared nothing). */
export type UnmeasuredReason = 'NO_MEASURE_DECLARED' | 'NEEDS_LIFE_EVENTS_WITH_CASES' | 'DATA_OUTSIDE_GRAPH';

/** The unit each kind of measure gives its value in. */
export const MEASURE_UNITS: Record<IndicatorMeasure['kind'], Indicator['unit']> = { AVERAGE_RATING: 'SCORE_1_5', RESOLVED_WITHIN_WORKING_DAYS: 'PERCENT', APPLICATIONS: 'COUNT' };

export interface Indicator {
  code: string;
  name: LocalizedText;
  unit: 'PERCENT' | 'DAYS' | 'SCORE_1_5' | 'COUNT';
  target: number | null;
  direction: 'AT_LEAST' | 'AT_MOST';
  /** Absent in situations stored before indicators were measured: read as null. */
  measure?: IndicatorMeasure | null;
  unmeasuredReason?: UnmeasuredReason | null;
}

/** An indicator as the graph shows it: with its situation's code, its key together with its own. */
export type IndicatorView = Indicator & { lifeSituationCode: string };

/** An improvement goal of a life situation's service set (R6). */
export interface Goal {
  dimension: 'SATISFACTION' | 'EFFICIENCY' | 'RESULTS';
  statement: LocalizedText;
  indicators: Indicator[];
}

/** The publishing lifecycle of a life situation, as of a service (the GraphQL enum LifeSituationStatus). */
export const SITUATION_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type SituationStatus = (typeof SITUATION_STATUSES)[number];
