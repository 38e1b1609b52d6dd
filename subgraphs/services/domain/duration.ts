/**
 * ISO 8601 durations as the catalogue uses them for processing times (CPSV-AP processingTime): "P10D" ten days,
 * "P1M" one month, "PT2H" two hours, "P1Y6M". Weeks ("P2W") are accepted alone, as the standard allows.
 */
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$|^P(\d+)W$/;

export interface Duration { years: number; months: number; weeks: number; days: number; hours: number; minutes: number; seconds: number }

/** The parts of a duration, or null when the text is not an ISO 8601 duration with at least one non-empty part. */
export function parseDuration(text: string): Duration | null {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const [, y, mo, d, h, mi, s, w] = m.map((v) => (v === undefined ? 0 : Number(v)));
  const duration = { years: y, months: mo, weeks: w, days: d, hours: h, minutes: mi, seconds: s };
  return Object.values(duration).some((v) => v > 0) || /\d/.test(text) ? duration : null;
}

/** Approximate length in days (a month is 30 days, a year 365), for comparing a usual time with a legal maximum. */
export function approximateDays(d: Duration): number {
  return d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + (d.hours * 3600 + d.minutes * 60 + d.seconds) / 86_400;
}
