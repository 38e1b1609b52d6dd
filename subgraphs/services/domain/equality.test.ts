import { expect, it } from 'vitest';
import { sameValue } from './equality.ts';

it('ignores key order, missing-versus-null, and compares dates by instant', () => {
  expect(sameValue({ a: 1, b: { c: [1, { d: null }] } }, { b: { c: [1, {}] }, a: 1 })).toBe(true);
  expect(sameValue(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T02:00:00+02:00'))).toBe(true);
  expect(sameValue(null, undefined)).toBe(true);
});

it('tells different values apart, array order included', () => {
  expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  expect(sameValue([1, 2], [2, 1])).toBe(false);
  expect(sameValue({ a: { lv: 'x' } }, { a: { lv: 'x', en: 'y' } })).toBe(false);
});
