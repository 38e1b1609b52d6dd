/** Quiet hours (NOTIFY_QUIET_HOURS, e.g. "22-8"), in Riga local time: a notification in them waits until they end. */

/** Hour (0–23) and minute in Europe/Riga at `at`. */
function rigaClock(at: Date): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { hour: get('hour'), minute: get('minute') };
}

export function parseQuietHours(text: string): { from: number; to: number } {
  const [from, to] = text.split('-').map(Number);
  if (!(from >= 0 && from <= 23 && to >= 0 && to <= 23)) throw new Error(`NOTIFY_QUIET_HOURS "${text}": hours 0–23 like 22-8`);
  return { from, to };
}

/** When the quiet hours that `at` falls in end; null when `at` is outside them (or from = to: none). */
export function quietUntil(at: Date, quiet: { from: number; to: number }): Date | null {
  const { from, to } = quiet;
  if (from === to) return null;
  const { hour, minute } = rigaClock(at);
  const inside = from < to ? hour >= from && hour < to : hour >= from || hour < to;
  if (!inside) return null;
  // Minutes from now to `to`:00 Riga time, stepping over midnight when needed.
  let minutes = (to - hour) * 60 - minute;
  if (minutes <= 0) minutes += 24 * 60;
  const end = new Date(at.getTime() + minutes * 60_000);
  end.setUTCSeconds(0, 0);
  return end;
}
