/** The deep import of workbook.ts: CommonJS, exporting the class the package's types describe. */
declare module 'exceljs/lib/doc/workbook.js' {
  const Workbook: unknown;
  export default Workbook;
}
