/**
 * exceljs's Workbook alone. The package's entry adds the streaming reader and writer
 * (archiver, unzipper and their dependencies), which would double a Lambda bundle that
 * reads or writes one small sheet in memory; the Workbook class is all this code uses.
 */
import type ExcelJS from 'exceljs';
import WorkbookClass from 'exceljs/lib/doc/workbook.js';

export const Workbook = WorkbookClass as unknown as typeof ExcelJS.Workbook;
export type { Buffer as ExcelBuffer, CellValue, Workbook as ExcelWorkbook } from 'exceljs';
