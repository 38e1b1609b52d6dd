/**
 * Keeps the roll-ups (db/tables.ts monthlyRollups, monthlyChannelRollups, yearlyChannelRollups, breakdownRollups,
 * monthlyServiceDays) in the transaction of every case change: case-writes.ts calls applyRollups with the changes
 * domain/rollup.ts computes, one statement per table.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { breakdownRollups, cases, monthlyChannelRollups, monthlyRollups, monthlyServiceDays, yearlyChannelRollups } from '../db/tables.ts';
import { addDays, isWorkingDay } from '../domain/calendar.ts';
import { ROLLUP_MEASURES, type RollupDelta } from '../domain/rollup.ts';
import { calendarOverrides } from './case-store.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const KEY = [monthlyRollups.serviceCode, monthlyRollups.month, monthlyRollups.institutionCode, monthlyRollups.channel, monthlyRollups.region, monthlyRollups.clientKind];
const CHANNEL_KEY = [monthlyChannelRollups.serviceCode, monthlyChannelRollups.month, monthlyChannelRollups.institutionCode, monthlyChannelRollups.channel];
const YEAR_KEY = [yearlyChannelRollups.year, yearlyChannelRollups.institutionCode, yearlyChannelRollups.serviceCode, yearlyChannelRollups.channel];
const BREAKDOWN_KEY = [breakdownRollups.serviceCode, breakdownRollups.period, breakdownRollups.breakdown, breakdownRollups.value];
const DAYS_KEY = [monthlyServiceDays.serviceCode, monthlyServiceDays.month, monthlyServiceDays.workingDays];

/** Sums changes by a coarser key, in one order for every writer: batches locking the same rows in another order could deadlock. */
function sumBy<I, K>(deltas: { key: I; measures: RollupDelta['measures']; days: Map<number, number> }[], keyOf: (k: I) => K): { key: K; measures: RollupDelta['measures']; days: Map<number, number> }[] {
  const merged = new Map<string, { key: K; measures: RollupDelta['measures']; days: Map<number, number> }>();
  for (const d of deltas) {
    const key = keyOf(d.key);
    const text = JSON.stringify(key);
    const seen = merged.get(text);
    if (!seen) merged.set(text, { key, measures: { ...d.measures }, days: new Map(d.days) });
    else {
      for (const m of ROLLUP_MEASURES) seen.measures[m] += d.measures[m];
      for (const [days, n] of d.days) seen.days.set(days, (seen.days.get(days) ?? 0) + n);
    }
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

const addExcluded = (table: string, columns: { name: string }[]) =>
  Object.fromEntries(ROLLUP_MEASURES.map((m, i) => [m, sql.raw(`"${table}"."${columns[i].name}" + excluded."${columns[i].name}"`)]));

/** Adds the changes to the roll-ups: changes of the same row are summed first (one upsert may touch a row once). */
export async function applyRollups(tx: Tx | Db, deltas: (RollupDelta | null)[]): Promise<void> {
  const rows = sumBy(deltas.filter((d): d is RollupDelta => d !== null), (k) => k);
  if (!rows.length) return;
  await tx.insert(monthlyRollups).values(rows.map((r) => ({ ...r.key, ...r.measures })))
    .onConflictDoUpdate({ target: KEY, set: addExcluded('monthly_rollups', ROLLUP_MEASURES.map((m) => monthlyRollups[m])) });
  const byChannel = sumBy(rows, (k) => ({ serviceCode: k.serviceCode, month: k.month, institutionCode: k.institutionCode, channel: k.channel }));
  await tx.insert(monthlyChannelRollups).values(byChannel.map((r) => ({ ...r.key, ...r.measures })))
    .onConflictDoUpdate({ target: CHANNEL_KEY, set: addExcluded('monthly_channel_rollups', ROLLUP_MEASURES.map((m) => monthlyChannelRollups[m])) });
  const byYear = sumBy(rows, (k) => ({ year: k.month.slice(0, 4), institutionCode: k.institutionCode, serviceCode: k.serviceCode, channel: k.channel }));
  await tx.insert(yearlyChannelRollups).values(byYear.map((r) => ({ ...r.key, ...r.measures })))
    .onConflictDoUpdate({ target: YEAR_KEY, set: addExcluded('yearly_channel_rollups', ROLLUP_MEASURES.map((m) => yearlyChannelRollups[m])) });
  // Each change counts in its month and its year, once by region and once by client kind.
  type Breakdown = (typeof breakdownRollups.$inferInsert)['breakdown'];
  const breakdowns = sumBy(rows.flatMap((r) => [r.key.month, r.key.month.slice(0, 4)].flatMap((period) =>
    ([['REGION', r.key.region], ['CLIENT_KIND', r.key.clientKind]] as [Breakdown, string][])
      .map(([breakdown, value]) => ({ ...r, key: { serviceCode: r.key.serviceCode, period, breakdown, value } })))), (k) => k);
  await tx.insert(breakdownRollups).values(breakdowns.map((r) => ({ ...r.key, ...r.measures })))
    .onConflictDoUpdate({ target: BREAKDOWN_KEY, set: addExcluded('breakdown_rollups', ROLLUP_MEASURES.map((m) => breakdownRollups[m])) });
  const dayRows = sumBy(rows, (k) => ({ serviceCode: k.serviceCode, month: k.month }))
    .flatMap((r) => [...r.days].filter(([, n]) => n !== 0).map(([workingDays, n]) => ({ ...r.key, workingDays, cases: n })));
  if (dayRows.length)
    await tx.insert(monthlyServiceDays).values(dayRows).onConflictDoUpdate({ target: DAYS_KEY, set: { cases: sql.raw('"monthly_service_days"."cases" + excluded."cases"') } });
}

/** SQL of what each case adds, the same as domain/rollup.ts contribution(), summed per roll-up key. */
const RIGA_MONTH = sql`to_char(${cases.submittedAt} at time zone 'Europe/Riga', 'YYYY-MM')`;
const RESOLVED_APPLICATION = sql`${cases.kind} = 'APPLICATION' and ${cases.resolvedAt} is not null`;
const WITH_DUE = sql`${RESOLVED_APPLICATION} and ${cases.dueOn} is not null`;
const STATUS_OF: Record<string, string> = {
  submitted: 'SUBMITTED', registered: 'REGISTERED', inProgress: 'IN_PROGRESS', awaitingClient: 'AWAITING_CLIENT', decided: 'DECIDED', completed: 'COMPLETED', rejected: 'REJECTED', withdrawn: 'WITHDRAWN',
};
const n = (where: SQL) => sql`(count(*) filter (where ${where}))::int`;
const MEASURE_SQL: Record<(typeof ROLLUP_MEASURES)[number], SQL> = {
  cases: sql`count(*)::int`,
  eventOnly: n(sql`${cases.kind} = 'EVENT_ONLY'`),
  ...(Object.fromEntries(Object.entries(STATUS_OF).map(([m, status]) => [m, n(sql`${cases.status} = ${status}`)])) as Record<string, SQL>),
  resolved: n(RESOLVED_APPLICATION),
  workingDays: sql`coalesce(sum(${cases.resolvedWorkingDays}) filter (where ${RESOLVED_APPLICATION}), 0)::int`,
  withDueDate: n(WITH_DUE),
  resolvedOnTime: n(sql`${WITH_DUE} and (${cases.resolvedAt} at time zone 'Europe/Riga')::date <= ${cases.dueOn}`),
  complaints: sql`coalesce(sum(${cases.complaintCount}), 0)::int`,
  ratings: sql`count(${cases.rating})::int`,
  ratingSum: sql`coalesce(sum(${cases.rating}), 0)::int`,
  ratingsHigh: n(sql`${cases.rating} >= 4`),
  registrations: n(sql`${cases.kind} = 'APPLICATION' and ${cases.registeredAt} is not null`),
  registeredInTime: n(sql`${cases.kind} = 'APPLICATION' and ${cases.registeredAt} - ${cases.submittedAt} <= interval '10 minutes'`),
} as Record<(typeof ROLLUP_MEASURES)[number], SQL>;

/** Working days after the first day up to each day: the difference of two days' indexes is the working days between them. */
async function fillWorkingDayIndex(tx: Tx, overrides: Map<string, boolean>): Promise<boolean> {
  const span = (await tx.execute(sql`
    select (min(${cases.submittedAt}) at time zone 'Europe/Riga')::date::text as first, (max(${cases.resolvedAt}) at time zone 'Europe/Riga')::date::text as last
    from ${cases} where ${RESOLVED_APPLICATION} and ${cases.resolvedWorkingDays} is null`)) as unknown as { rows: { first: string | null; last: string | null }[] };
  const { first, last } = span.rows[0] ?? {};
  if (!first || !last) return false;
  await tx.execute(sql`create temp table working_day_index (day date primary key, idx int not null) on commit drop`);
  const rows: string[] = [];
  let idx = 0;
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (d !== first && isWorkingDay(d, overrides)) idx++;
    rows.push(`('${d}', ${idx})`);
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.execute(sql.raw(`insert into working_day_index values ${rows.slice(i, i + 1000).join(',')}`));
  return true;
}

/**
 * Builds the roll-ups anew from the cases, in set-based SQL: after a bulk load (the demo seed, a bench's generated
 * cases, cases written before the roll-ups existed) or after operators changed the calendar of past days. Fills in
 * the working days of resolved applications that lack them first. One transaction.
 */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    if (await fillWorkingDayIndex(tx, await calendarOverrides(tx as unknown as Db)))
      await tx.execute(sql`
        update ${cases} set resolved_working_days = r.idx - s.idx
        from working_day_index s, working_day_index r
        where s.day = (${cases.submittedAt} at time zone 'Europe/Riga')::date and r.day = (${cases.resolvedAt} at time zone 'Europe/Riga')::date
          and ${RESOLVED_APPLICATION} and ${cases.resolvedWorkingDays} is null`);
    await tx.delete(monthlyRollups);
    await tx.delete(monthlyChannelRollups);
    await tx.delete(monthlyServiceDays);
    await tx.delete(yearlyChannelRollups);
    await tx.delete(breakdownRollups);
    const key = sql`${RIGA_MONTH}, ${cases.institutionCode}, ${cases.serviceCode}, ${cases.applicationChannel}, coalesce(${cases.region}, ''), ${cases.clientKind}`;
    const columns = sql.raw(['month', 'institution_code', 'service_code', 'channel', 'region', 'client_kind'].map((c) => `"${c}"`).join(', '));
    const measures = sql.raw(ROLLUP_MEASURES.map((m) => `"${monthlyRollups[m].name}"`).join(', '));
    await tx.execute(sql`
      insert into ${monthlyRollups} (${columns}, ${measures})
      select ${key}, ${sql.join(ROLLUP_MEASURES.map((m) => MEASURE_SQL[m]), sql`, `)}
      from ${cases} group by 1, 2, 3, 4, 5, 6`);
    // The coarser roll-ups are the finer ones summed over regions and client kinds, then over months.
    await tx.execute(sql`
      insert into ${monthlyChannelRollups} ("month", "institution_code", "service_code", "channel", ${measures})
      select "month", "institution_code", "service_code", "channel", ${sql.raw(ROLLUP_MEASURES.map((m) => `sum("${monthlyRollups[m].name}")`).join(', '))}
      from ${monthlyRollups} group by 1, 2, 3, 4`);
    await tx.execute(sql`
      insert into ${yearlyChannelRollups} ("year", "institution_code", "service_code", "channel", ${measures})
      select left("month", 4), "institution_code", "service_code", "channel", ${sql.raw(ROLLUP_MEASURES.map((m) => `sum("${monthlyChannelRollups[m].name}")`).join(', '))}
      from ${monthlyChannelRollups} group by 1, 2, 3, 4`);
    await tx.execute(sql`
      insert into ${breakdownRollups} ("service_code", "period", "breakdown", "value", ${measures})
      select "service_code", p.period, b.breakdown, b.value, ${sql.raw(ROLLUP_MEASURES.map((m) => `sum("${monthlyRollups[m].name}")`).join(', '))}
      from ${monthlyRollups}, lateral (values ("month"), (left("month", 4))) p(period),
        lateral (values ('REGION', "region"), ('CLIENT_KIND', "client_kind")) b(breakdown, value)
      group by 1, 2, 3, 4`);
    await tx.execute(sql`
      insert into ${monthlyServiceDays} ("service_code", "month", "working_days", "cases")
      select ${cases.serviceCode}, ${RIGA_MONTH}, ${cases.resolvedWorkingDays}, count(*)::int
      from ${cases} where ${RESOLVED_APPLICATION} and ${cases.resolvedWorkingDays} is not null group by 1, 2, 3`);
  });
}
