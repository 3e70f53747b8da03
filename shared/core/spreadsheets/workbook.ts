/**
 * exceljs's Workbook alone. The package's entry adds the streaming reader and writer
 * (archiver, unzipper and their dependencies), which would double a Lambda bundle that
 * reads or writes one small sheet in memory; the Workbook class is all this code uses.
 */
import type ExcelJS from 'exceljs';
// lazy-imports:begin
import WorkbookClass from 'exceljs/lib/doc/workbook.js';
const loadWorkbook = (): unknown => WorkbookClass;
// lazy-imports:end
/*
 * In a Lambda bundle the block above becomes a `require` run on the first workbook
 * (infra/cdk/bundle-lambda.mjs, lazy-imports): the functions that read or write sheets
 * evaluate exceljs when a request needs it, not in their cold start.
 */

export const newWorkbook = (): ExcelJS.Workbook => new (loadWorkbook() as typeof ExcelJS.Workbook)();
export type { Buffer as ExcelBuffer, CellValue, Workbook as ExcelWorkbook } from 'exceljs';
