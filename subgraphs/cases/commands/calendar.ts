import { badInput, forbidden } from '@public-service-graph/subgraph-kit/errors';
import { calendarOverrides, setCalendarDay as storeCalendarDay } from '../data/case-store.ts';
import { isOperator } from '../domain/access.ts';
import { isWorkingDay } from '../domain/calendar.ts';
import type { ResolversParentTypes as Payloads, SetCalendarDayInput } from '../generated/types.ts';
import type { CasesContext } from '../context.ts';

const SOURCE_MAX = 200;

/** An operator marks a day as working or not (or back to the default), naming the act it comes from. */
export async function setCalendarDay(ctx: CasesContext, input: SetCalendarDayInput): Promise<Payloads['SetCalendarDayPayload']> {
  if (!isOperator(ctx.identity)) throw forbidden('Only operators maintain the working-day calendar.');
  const source = input.source?.trim() || null;
  if (input.kind !== 'DEFAULT' && (!source || source.length > SOURCE_MAX))
    throw badInput(`"source" (1–${SOURCE_MAX} characters) must name the act the day comes from, e.g. "MK rīkojums Nr. 332".`, { argument: 'input.source' });
  await storeCalendarDay(ctx.db, input.date, input.kind === 'DEFAULT' ? null : input.kind === 'WORKING_DAY', source);
  return { date: input.date, working: isWorkingDay(input.date, await calendarOverrides(ctx.db)) };
}
