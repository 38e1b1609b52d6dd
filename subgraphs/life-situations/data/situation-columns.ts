/**
 * Which columns of a life situation a query's LifeSituation fields read, so that a service's situations (asked for
 * every service of a catalogue page) load only those: a whole row carries the goals, descriptions and search text.
 * A selection with a field not listed here loads the whole row (the same scheme as the services subgraph's
 * data/service-columns.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { getTableColumns } from 'drizzle-orm';
import { columnsFor, selectedFields } from '@public-service-graph/subgraph-kit/selection';
import { lifeSituations, type LifeSituationRow } from '../db/tables.ts';

type Column = keyof LifeSituationRow;

const ALWAYS: Column[] = ['id', 'code', 'status', 'holderCode'];

/** Fields whose resolver reads only these columns (or the row's id, for loaders of their own). */
export const SITUATION_FIELD_COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  id: [], code: [], holder: [], status: [], steps: [], triggeredBy: [], related: [],
  holderCode: [], title: ['title'], titleTranslations: ['title'], audience: ['audience'], version: ['version'],
  modifiedAt: ['updatedAt'], publishingState: ['pendingChanges'],
};

export const situationColumns = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Column[] | null =>
  columnsFor(selectedFields(info), SITUATION_FIELD_COLUMNS, ALWAYS);

const ALL = getTableColumns(lifeSituations);

export const situationSelection = (columns: readonly Column[] | null): typeof ALL =>
  columns ? (Object.fromEntries(columns.map((c) => [c, ALL[c]])) as typeof ALL) : ALL;
