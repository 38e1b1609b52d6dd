import { describe, expect, it } from 'vitest';
import { normalizeContact } from './contacts.ts';

describe('contact values', () => {
  it.each([
    ['Anna.Kalnina@Example.LV', 'anna.kalnina@example.lv'],
    [' janis+portal@pasts.gov.lv ', 'janis+portal@pasts.gov.lv'],
  ])('e-mail %s is stored as %s', (input, value) => expect(normalizeContact('EMAIL', input)).toEqual({ value }));

  it.each(['anna', 'anna@', '@example.lv', 'anna@example', 'an na@example.lv', 'anna@exa_mple.lv', 'a@b@example.lv', `${'a'.repeat(65)}@example.lv`, `a@${'b'.repeat(250)}.lv`])(
    'refuses e-mail %s',
    (input) => expect(normalizeContact('EMAIL', input)).toHaveProperty('message'),
  );

  it.each([
    ['+371 2000 0000', '+37120000000'],
    ['20000000', '+37120000000'],
    ['6700-0000', '+37167000000'],
    ['00371 29 123 456', '+37129123456'],
    ['+44 (20) 7946 0958', '+442079460958'],
  ])('phone %s is stored as %s', (input, value) => expect(normalizeContact('PHONE', input)).toEqual({ value }));

  it.each(['12345', '30000000', '+0371 2000 0000', '+371 2000 000a', '+1234567890123456', ''])('refuses phone %s', (input) =>
    expect(normalizeContact('PHONE', input)).toHaveProperty('message'));
});
