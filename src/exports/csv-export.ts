// CSV (RFC 4180): one event per row, CRLF line ends, a field is quoted when it holds a comma, a quote,
// CR or LF, and quotes inside are doubled. Values are written as they are: a spreadsheet user opening
// evidence text that starts with "=" should import it as text.
import type { ExportEvent, Source, Write } from './export-types.ts';
import { writeLines } from './write-lines.ts';

export const CSV_COLUMNS = [
  'id', 'article_id', 'date', 'source_code', 'source_text', 'target_code', 'target_text', 'cameo',
  'root', 'quad_class', 'goldstein', 'modality', 'negated', 'claim_by', 'evidence', 'location_name',
  'location_country', 'lat', 'lon', 'rule', 'pipeline',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvValues(e: ExportEvent): Record<CsvColumn, CsvValue> {
  return {
    id: e.id,
    article_id: e.article_id,
    date: e.date,
    source_code: e.source?.code,
    source_text: e.source?.text,
    target_code: e.target?.code,
    target_text: e.target?.text,
    cameo: e.cameo,
    root: e.root,
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    claim_by: e.claim?.by ? (e.claim.by.code ?? e.claim.by.text) : null,
    evidence: e.evidence.text,
    location_name: e.location?.name,
    location_country: e.location?.country,
    lat: e.location?.lat,
    lon: e.location?.lon,
    rule: e.rule,
    pipeline: e.pipeline,
  };
}

export function csvRow(e: ExportEvent): string {
  const values = csvValues(e);
  return CSV_COLUMNS.map((c) => csvField(values[c])).join(',');
}

export function csvExport(events: Source<ExportEvent>, write: Write, opts: { header?: boolean } = {}): Promise<number> {
  const header = opts.header === false ? undefined : CSV_COLUMNS.join(',');
  return writeLines(events, csvRow, write, { header, eol: '\r\n' });
}
