/** The yearly report as CSV (RFC 4180): a header line, then one line per row, CRLF line ends. */
export const REPORT_COLUMNS = [
  ['institution_code', 'institutionCode'],
  ['service_code', 'serviceCode'],
  ['channel', 'channel'],
  ['cases', 'cases'],
  ['event_only', 'eventOnly'],
  ['completed', 'completed'],
  ['rejected', 'rejected'],
  ['withdrawn', 'withdrawn'],
  ['open', 'open'],
  ['resolved_on_time', 'resolvedOnTime'],
  ['complaints', 'complaints'],
  ['average_rating', 'averageRating'],
] as const;

type ReportRow = { [K in (typeof REPORT_COLUMNS)[number][1]]: string | number | null };

const cell = (value: string | number | null): string => {
  if (value == null) return '';
  const text = typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function reportCsv(rows: readonly ReportRow[]): string {
  const lines = [REPORT_COLUMNS.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(REPORT_COLUMNS.map(([, field]) => cell(row[field])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
