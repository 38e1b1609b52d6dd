/**
 * Which columns of a service row a query's Service fields read. A full row is ~5 kB of text (descriptions, ~20 JSON
 * columns, the search texts), and reading it costs the subgraph more CPU than anything else it does for a list; most
 * lists ask for a code, a name and a holder. Lists and federation references load only the columns their selection
 * reads; a selection with a field not listed here loads the whole row.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { getTableColumns } from 'drizzle-orm';
import { columnsFor, selectedFields } from '@public-service-graph/subgraph-kit/selection';
import { services, type ServiceRow } from '../db/tables.ts';

type Column = keyof ServiceRow;

/** Keys, the holder, and what visibility (maySeeService) reads. */
const ALWAYS: Column[] = ['id', 'code', 'holderId', 'status', 'validFrom', 'validTo', 'firstPublishedAt'];

/**
 * Each Service field's columns, for fields whose resolver reads only these and hands no part of the row on to
 * nested resolvers (so `internal`, which returns the row itself, is not here). tests/services/partial-rows.test.ts
 * compares every field's answer from the partial row with the full row's.
 */
export const SERVICE_FIELD_COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  id: [], code: [], holder: [], status: [], validFrom: [], validTo: [],
  name: ['name'], nameTranslations: ['name'], summary: ['summary'], alternativeNames: ['alternativeNames'], keywords: ['keywords'],
  kind: ['kind'], basis: ['basis'], audiences: ['audiences'], thematicAreas: ['thematicAreas'],
  processingTime: ['processingTime'], processingDaysAreWorkingDays: ['processingWorkingDays'], processingTimeLimit: ['processingTimeLimit'],
  procedureLanguages: ['procedureLanguages'], paymentMethods: ['paymentMethods'], identificationMeans: ['identificationMeans'],
  authenticationLevel: ['authenticationLevel'], executionType: ['executionType'], isKeyService: ['isKeyService'],
  maturityLevel: ['maturityLevel'], lifecyclePhase: ['lifecyclePhase'], version: ['version'], modifiedAt: ['updatedAt'],
  publishingState: ['status', 'pendingChanges'],
};

/** The columns the selected Service fields read (null: all), under `paths` of the field resolved (see selectedFields). */
export const serviceColumns = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ...paths: (readonly string[])[]): Column[] | null =>
  columnsFor(selectedFields(info, ...paths), SERVICE_FIELD_COLUMNS, ALWAYS);

const ALL = getTableColumns(services);

/** A drizzle selection of those columns; rows read with it are partial ServiceRows, for the fields asked only. */
export const serviceSelection = (columns: readonly Column[] | null): typeof ALL =>
  columns ? (Object.fromEntries(columns.map((c) => [c, ALL[c]])) as typeof ALL) : ALL;
