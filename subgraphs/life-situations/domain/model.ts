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

export interface Indicator {
  code: string;
  name: LocalizedText;
  unit: 'PERCENT' | 'DAYS' | 'SCORE_1_5' | 'COUNT';
  target: number | null;
  direction: 'AT_LEAST' | 'AT_MOST';
}

/** An improvement goal of a life situation's service set (R6). */
export interface Goal {
  dimension: 'SATISFACTION' | 'EFFICIENCY' | 'RESULTS';
  statement: LocalizedText;
  indicators: Indicator[];
}
