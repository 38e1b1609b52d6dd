import { badInput, forbidden } from '@public-service-graph/subgraph-kit/errors';
import { calendarOverrides, setCalendarDay } from '../data/case-store.ts';
import { isOperator } from '../domain/access.ts';
import { isWorkingDay } from '../domain/calendar.ts';
import type { MutationResolvers } from '../generated/types.ts';

const SOURCE_MAX = 200;

export const CalendarMutation: Pick<MutationResolvers, 'setCalendarDay'> = {
  setCalendarDay: async (_, { input }, ctx) => {
    if (!isOperator(ctx.identity)) throw forbidden('Only operators maintain the working-day calendar.');
    const source = input.source?.trim() || null;
    if (input.kind !== 'DEFAULT' && (!source || source.length > SOURCE_MAX))
      throw badInput(`"source" (1–${SOURCE_MAX} characters) must name the act the day comes from, e.g. "MK rīkojums Nr. 332".`, { argument: 'input.source' });
    await setCalendarDay(ctx.db, input.date, input.kind === 'DEFAULT' ? null : input.kind === 'WORKING_DAY', source);
    return { date: input.date, working: isWorkingDay(input.date, await calendarOverrides(ctx.db)) };
  },
};
