/**
 * CSV cells as spreadsheet programs will read them. A cell that starts with = + - @ (or a
 * tab or carriage return, which some programs skip before looking) is taken as a formula
 * by Excel, LibreOffice and WPS: a name or deeds text beginning "=HYPERLINK(…)" would run
 * when a downloaded list is opened (CSV injection, OWASP). Such a cell gets a leading
 * apostrophe, which shows the text as written. A plain number keeps its sign: "-3.00" is a
 * deduction, not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text of a cell with a formula's leading character neutralised. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One RFC 4180 field: null is empty; formulas neutralised; a field with a comma, a quote or
 * a line break is quoted, its quotes doubled.
 */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
