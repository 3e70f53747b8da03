/**
 * In a Lambda bundle the calendar's data is evaluated on the first question, not at import
 * (issue #13): the bundler's lazy-imports plugin turns the calendar's imports of
 * `chinese-days` into require calls, which esbuild wraps in a function run on first use
 * (the schedule then sits in `module.exports = {holidays: …}` inside that function, where a
 * plain import would make it a top-level constant). The calendar bundled alone, in a folder
 * with no node_modules to fall back on, still knows the official schedule: a holiday, a
 * make-up working Saturday, a working-day count across the National Day week, and a year
 * the package has not published (the lunar tables).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'lazy-imports-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

it('answers from the bundled schedule in a bundle without node_modules', () => {
  const entry = join(outdir, 'entry.ts');
  writeFileSync(
    entry,
    `import { createCalendar } from ${JSON.stringify(join(root, 'shared/core/calendar.ts'))};
export const answers = () => {
  const c = createCalendar();
  return [c.isWorkingDay('2026-10-01'), c.isWorkingDay('2026-10-10'), c.isWorkingDay('2026-10-12'), c.workingDaysBetween('2026-09-30', '2026-10-09').count, c.isProvisional('2099-01-02')];
};
export const handler = answers;`,
  );
  const build = spawnSync(process.execPath, [join(root, 'infra/cdk/bundle-lambda.mjs'), entry, join(outdir, 'out')], { encoding: 'utf8', cwd: root });
  expect(build.stderr).toBe('');
  const code = readFileSync(join(outdir, 'out', 'index.mjs'), 'utf8');
  expect(code).toMatch(/\.exports=\{holidays:\{/);
  const url = pathToFileURL(join(outdir, 'out', 'index.mjs')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `process.stdout.write(JSON.stringify((await import(${JSON.stringify(url)})).answers()))`], {
    encoding: 'utf8',
    cwd: outdir,
  });
  expect(run.stderr).toBe('');
  // 2026 schedule: National Day 10-01…10-07 off, Saturday 10-10 a make-up working day,
  // Monday 10-12 an ordinary one. From 09-30 (excl.) to 10-09 (incl.): Thursday 10-08 and
  // Friday 10-09 work → 2.
  // 2099 is not in the package's schedules: provisional.
  expect(JSON.parse(run.stdout)).toEqual([false, true, true, 2, true]);
});

it('reads and writes a sheet through the lazily loaded exceljs Workbook in a bundle without node_modules', () => {
  const entry = join(outdir, 'sheet.ts');
  writeFileSync(
    entry,
    `import { newWorkbook } from ${JSON.stringify(join(root, 'shared/core/spreadsheets/workbook.ts'))};
export const roundTrip = async () => {
  const out = newWorkbook();
  out.addWorksheet('签到').addRow(['窗口', 'w01', 3]);
  const back = newWorkbook();
  await back.xlsx.load(await out.xlsx.writeBuffer());
  return back.getWorksheet('签到')!.getRow(1).values;
};
export const handler = roundTrip;`,
  );
  const build = spawnSync(process.execPath, [join(root, 'infra/cdk/bundle-lambda.mjs'), entry, join(outdir, 'sheet')], { encoding: 'utf8', cwd: root });
  expect(build.stderr).toBe('');
  const url = pathToFileURL(join(outdir, 'sheet', 'index.mjs')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `process.stdout.write(JSON.stringify(await (await import(${JSON.stringify(url)})).roundTrip()))`], {
    encoding: 'utf8',
    cwd: outdir,
  });
  expect(run.stderr).toBe('');
  // exceljs gives a row's values from index 1.
  expect(JSON.parse(run.stdout)).toEqual([null, '窗口', 'w01', 3]);
});
