import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors.ts';

const parseDate = (value: unknown): Date => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw badInput(`Expected an ISO 8601 date-time with a time zone, such as "2026-03-01T09:30:00Z"; got ${JSON.stringify(value)}.`);
};

/** ISO 8601 date-time in UTC on output; any ISO 8601 date-time with an offset on input. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

const parseDay = (value: unknown): string => {
  // The round trip rejects dates the parser would roll over, such as 2026-02-30.
  const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (!Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value) return value as string;
  throw badInput(`Expected a calendar date "YYYY-MM-DD", such as "2026-03-01"; got ${JSON.stringify(value)}.`);
};

/** A calendar date, "YYYY-MM-DD", with no time zone. */
export const Date_ = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : null),
});
