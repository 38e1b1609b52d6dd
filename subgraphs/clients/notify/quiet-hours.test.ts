import { describe, expect, it } from 'vitest';
import { parseQuietHours, quietUntil } from './quiet-hours.ts';

// Riga is UTC+2 in winter: 21:30 UTC is 23:30 in Riga.
describe('quiet hours in Riga time', () => {
  const night = parseQuietHours('22-8');
  it('holds until the end, across midnight', () => {
    expect(quietUntil(new Date('2026-11-30T21:30:00Z'), night)?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(quietUntil(new Date('2026-12-01T03:15:00Z'), night)?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });
  it('does not hold outside them, nor when the setting is empty (from = to)', () => {
    expect(quietUntil(new Date('2026-11-30T06:00:00Z'), night)).toBeNull();
    expect(quietUntil(new Date('2026-11-30T19:59:00Z'), night)).toBeNull();
    expect(quietUntil(new Date('2026-11-30T21:30:00Z'), parseQuietHours('0-0'))).toBeNull();
  });
  it('a window within one day', () => {
    expect(quietUntil(new Date('2026-11-30T11:20:00Z'), parseQuietHours('13-14'))?.toISOString()).toBe('2026-11-30T12:00:00.000Z');
  });
  it('refuses hours out of range', () => {
    expect(() => parseQuietHours('22-25')).toThrow(/NOTIFY_QUIET_HOURS/);
  });
});
