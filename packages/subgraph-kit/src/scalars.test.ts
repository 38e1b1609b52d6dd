import { Kind } from 'graphql';
import { expect, it } from 'vitest';
import { Date_, DateTime } from './scalars.ts';

it('Date accepts real calendar dates only', () => {
  expect(Date_.parseValue('2026-02-28')).toBe('2026-02-28');
  expect(Date_.parseValue('2028-02-29')).toBe('2028-02-29');
  for (const bad of ['2026-02-30', '2026-13-01', '2026-2-1', '01.02.2026', 20260201])
    expect(() => Date_.parseValue(bad), String(bad)).toThrow(/calendar date/);
  expect(() => Date_.parseLiteral({ kind: Kind.STRING, value: '2026-04-31' }, {})).toThrow(/calendar date/);
});

it('DateTime needs a date and a time and gives UTC back', () => {
  expect((DateTime.parseValue('2026-03-01T11:30:00+02:00') as Date).toISOString()).toBe('2026-03-01T09:30:00.000Z');
  expect(() => DateTime.parseValue('2026-03-01')).toThrow(/date-time/);
  expect(DateTime.serialize(new Date('2026-03-01T09:30:00Z'))).toBe('2026-03-01T09:30:00.000Z');
});
