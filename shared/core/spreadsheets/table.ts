/**
 * A spreadsheet as a table of text cells: the first worksheet of an `.xlsx` (read by
 * exceljs) or a CSV file, the first non-empty row being the header. Centers keep their
 * rosters and time-clock exports in Excel; what each cell means is decided by the import
 * kind (imports.ts), so here every cell becomes plain text: dates as YYYY-MM-DD, times of
 * day as HH:MM, numbers as written.
 */
import { type CellValue, type ExcelBuffer, newWorkbook } from './workbook.ts';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1-based, header included). */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface SheetTable {
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
}

export type SheetFormat = 'xlsx' | 'csv';

/** An `.xlsx` is a ZIP archive; anything else is taken as CSV text. */
export const formatOf = (bytes: Uint8Array): SheetFormat =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';

export class SheetError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
    this.en = en;
  }
}

export async function readTable(bytes: Uint8Array): Promise<SheetTable> {
  return tableOf(formatOf(bytes) === 'xlsx' ? await xlsxRows(bytes) : csvRows(decodeText(bytes)));
}

function tableOf(rows: SheetRow[]): SheetTable {
  const filled = rows.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...body] = filled;
  if (!header) throw new SheetError('表格是空的', 'The sheet is empty');
  return { headers: header.cells, rows: body };
}

// Excel stores a time of day as a date on 1899-12-30 (its day zero); exceljs returns it as a
// Date in UTC with the wall-clock time as written.
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

function dateCell(date: Date): string {
  const iso = date.toISOString();
  const sinceDayZero = date.getTime() - EXCEL_DAY_ZERO;
  if (sinceDayZero >= 0 && sinceDayZero < 24 * 3600 * 1000) return iso.slice(11, 16);
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateCell(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelBuffer);
  } catch {
    throw new SheetError('无法读取该 .xlsx 文件', 'The .xlsx file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError('表格是空的', 'The sheet is empty');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ row: number, cells });
  });
  return rows;
}

/** Excel saves "CSV UTF-8" with a byte-order mark, and plain "CSV" in the system's code page: GBK in China. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** RFC 4180: fields separated by commas, quoted with double quotes, a quote doubled inside. */
export function csvRows(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ row: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new SheetError(`第${rowLine}行的引号没有闭合`, `Row ${rowLine}: a quoted field is not closed`);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
