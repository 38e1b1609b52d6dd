/** The yearly report as CSV (RFC 4180): a header line, then one line per row, CRLF line ends. */
import type { CaseReportRowData, ReportDimension } from '../data/report-store.ts';

type Column = readonly [header: string, field: keyof CaseReportRowData];

/** The columns each breakdown adds, in the order of the dimensions; a service comes with its names in both languages. */
const DIMENSION_COLUMNS: Record<ReportDimension, readonly Column[]> = {
  INSTITUTION: [['institution_code', 'institutionCode']],
  SERVICE: [['service_code', 'serviceCode'], ['service_name_lv', 'serviceNameLv'], ['service_name_en', 'serviceNameEn']],
  CHANNEL: [['channel', 'channel']],
  REGION: [['region', 'region']],
  CLIENT_KIND: [['client_kind', 'clientKind']],
  MONTH: [['month', 'month']],
};

export const MEASURE_COLUMNS: readonly Column[] = [
  ['cases', 'cases'],
  ['event_only', 'eventOnly'],
  ['open', 'open'],
  ['decided', 'decided'],
  ['completed', 'completed'],
  ['rejected', 'rejected'],
  ['withdrawn', 'withdrawn'],
  ['resolved', 'resolved'],
  ['resolved_on_time', 'resolvedOnTime'],
  ['average_processing_working_days', 'averageProcessingDays'],
  ['complaints', 'complaints'],
  ['rating_count', 'ratingCount'],
  ['average_rating', 'averageRating'],
];

const cell = (value: string | number | null): string => {
  if (value == null) return '';
  const text = typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function reportCsv(rows: readonly CaseReportRowData[], dimensions: readonly ReportDimension[]): string {
  const columns = [...(['INSTITUTION', 'SERVICE', 'CHANNEL', 'REGION', 'CLIENT_KIND', 'MONTH'] as const).filter((d) => dimensions.includes(d)).flatMap((d) => DIMENSION_COLUMNS[d]), ...MEASURE_COLUMNS];
  const lines = [columns.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(columns.map(([, field]) => cell(row[field] as string | number | null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
