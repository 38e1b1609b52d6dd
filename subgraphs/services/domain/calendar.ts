/**
 * The catalogue's calendar is the graph's one Latvian calendar (packages/subgraph-kit/src/latvian-calendar.ts), which the cases
 * subgraph's due dates use too: public holidays, the Cabinet's transferred working days, Riga local time.
 */
import { daysOff } from '@public-service-graph/subgraph-kit/latvian-calendar';

export { addDays, dayKind, easterSunday, rigaTime, TIME_ZONE, weekdayOf, type LocalTime } from '@public-service-graph/subgraph-kit/latvian-calendar';

/** The days off of a year other than ordinary weekends: holidays, their moved days and the Cabinet's days off. */
export const publicHolidays = (year: number): Set<string> => new Set(daysOff(year).keys());

export const isPublicHoliday = (date: string): boolean => daysOff(Number(date.slice(0, 4))).has(date);
