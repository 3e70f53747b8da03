/**
 * Every published list as a file anyone can download and check (JSON and CSV), with the
 * SHA-256 of the exact bytes served. The page that shows a hash and the endpoint that serves
 * the file both call `downloadsOf`, so the two can never disagree. Pure.
 */
import { createHash } from 'node:crypto';
import { csvField } from '#core/csv';
import { correctionCell } from './corrections.ts';
import { type HonoredEntry, type HonorList, type MonthlyEvaluation, type PlaqueHistory, type PublicNotice, documentFileName } from '#core/published';

export type ListDocument = HonorList | PublicNotice | MonthlyEvaluation | PlaqueHistory;

export interface Download {
  readonly format: 'json' | 'csv';
  /** The file's name under /downloads/. */
  readonly file: string;
  readonly href: string;
  readonly body: string;
  readonly contentType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** "honor-list_quarterly-stars_2026-Q3": the exported document's file name without .json. */
export const downloadName = (doc: ListDocument): string => documentFileName(doc).replace(/\.json$/, '');


const ENTRY_COLUMNS = ['position', 'subject_id', 'name', 'window_id', 'window_name', 'department', 'department_en', 'deeds'];
const entryCells = (e: HonoredEntry) => [e.position, e.subjectId, e.name, e.windowId, e.windowName, e.department, e.departmentEn, e.deeds];

function csvTable(doc: ListDocument): (string | number | null)[][] {
  switch (doc.kind) {
    case 'honor-list':
    case 'notice':
      return [['honor_id', 'period', ...ENTRY_COLUMNS], ...doc.entries.map((e) => [doc.honorId, doc.period, ...entryCells(e)])];
    case 'plaque-history':
      return [
        ['honor_id', 'period', ...ENTRY_COLUMNS],
        ...doc.holders.flatMap((h) => h.windows.map((e) => [doc.honorId, h.period, ...entryCells(e)])),
      ];
    case 'monthly-evaluation':
      return [
        // A corrected month says so in the row of each window a correction moved (更正).
        ['period', 'window_id', 'score', 'component', 'satisfaction_rate', 'evaluations', 'required', 'volume', ...(doc.corrections?.length ? ['correction'] : [])],
        ...doc.windows.map((w) => [
          doc.period,
          w.windowId,
          w.score,
          w.component,
          w.satisfactionRate,
          w.evaluations,
          w.required,
          w.volume,
          ...(doc.corrections?.length ? [correctionCell(doc.corrections, w.windowId)] : []),
        ]),
      ];
  }
}

/** CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export const toCsv = (doc: ListDocument): string =>
  `\uFEFF${csvTable(doc)
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')}\r\n`;

export const toJson = (doc: ListDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

function download(name: string, format: Download['format'], body: string): Download {
  const bytes = Buffer.from(body, 'utf8');
  return {
    format,
    file: `${name}.${format}`,
    href: `/downloads/${name}.${format}`,
    body,
    contentType: format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export function downloadsOf(doc: ListDocument): { json: Download; csv: Download } {
  const name = downloadName(doc);
  return { json: download(name, 'json', toJson(doc)), csv: download(name, 'csv', toCsv(doc)) };
}
