/**
 * Smoke test of the benchmark harness at size XS: every section runs and the report has
 * its shape. Nothing here asserts a duration — figures on a CI machine mean nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RECORD_TYPES } from '#core/records/registry';
import { runBench, writeReport } from './harness.ts';
import type { Report } from './report.ts';
import { SIZES } from './sizes.ts';
import type { Figure } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';

const outDir = mkdtempSync(join(tmpdir(), 'bench-results-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const isFigure = (f: Figure, runs: number) => {
  expect(f.runs).toHaveLength(runs);
  expect(f.min).toBeLessThanOrEqual(f.median);
  expect(f.median).toBeLessThanOrEqual(f.max);
};

it('makes records whose bodies their record types accept', () => {
  const xs = SIZES.XS;
  const center = syntheticCenter({ centerId: 'xs', windows: xs.windows, officers: xs.officers, months: xs.months, ratingsPerWindowMonth: 40, factor: 10, seed: 1 });
  const records = center.windows.flatMap((w) => xs.months.flatMap((m) => center.windowMonth(w.windowId, m)));
  records.push(...xs.months.flatMap((m) => center.centerMonth(m)));
  // Every record type a center's month and quarter sees, the tenfold multiplying all of them.
  expect(new Set(records.map((r) => r.type))).toEqual(
    new Set(['volume', 'evaluation', 'attendance', 'inspection', 'case', 'case-completion', 'patrol', 'finding', 'complaint', 'complaint-step', 'commendation', 'training', 'nomination', 'ballot', 'objection']),
  );
  for (const record of records) expect(() => RECORD_TYPES[record.type].body.parse(record.body), record.id).not.toThrow();
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  const count = (type: string) => records.filter((r) => r.type === type).length;
  // Cases about as many as the services accepted (the volumes), ten trainings a month at tenfold.
  const accepted = records.filter((r) => r.type === 'volume').reduce((n, r) => n + Number(r.body.accepted), 0);
  expect(count('case')).toBe(accepted);
  expect(count('training')).toBe(10 * xs.months.length);
});

describe('the benchmark at size XS', () => {
  let report: Report;

  it('runs every section', { timeout: 600_000 }, async () => {
    report = await runBench({ size: 'XS', endpoint: inject('dynamoEndpoint'), allowDirty: true });
    for (const [name, outcome] of Object.entries(report.sections)) expect(outcome, name).toMatchObject({ ok: true });
    expect(Object.keys(report.sections).sort()).toEqual(['cold', 'intake', 'items', 'score', 'site']);
  });

  it('kills and restarts the database in the integrity run, counts by id, and the SQL recount agrees with the aggregates', () => {
    const { intake, score, items } = report.sections;
    if (!intake?.ok || !score?.ok || !items?.ok) throw new Error('a section failed');
    // DynamoDB Local may lose a write it acknowledged just before SIGKILL (the report says so); no double, no mismatch, nothing unanswered.
    expect(intake.result.integrity).toMatchObject({ restarted: true, doubled: 0, failed: 0, duplicateMismatches: 0 });
    expect(intake.result.integrity.answered503).toBeGreaterThan(0);
    expect(intake.result.integrity.recordsStored).toBe(intake.result.integrity.acknowledged - intake.result.integrity.lost);
    expect(intake.result.transactionItems.max).toBe(2);
    // Ratings 30 s apart start their device afresh: written without a read (a reload of the
    // center's settings, once a minute, may fall into the sample).
    expect(intake.result.readsPerRating).toBeLessThan(1);
    expect(score.result.base.sqlAgreesWithAggregates).toBe(true);
    expect(score.result.tenfold?.sqlAgreesWithAggregates).toBe(true);
    expect(score.result.tenfold!.load.ratings).toBeGreaterThan(9 * score.result.base.load.ratings);
    expect(score.result.tenfold!.load.records.case).toBeGreaterThan(9 * score.result.base.load.records.case!);
    // Both adapters ran the same score run and read the same items.
    for (const center of [score.result.base, score.result.tenfold!]) {
      expect(center.adapters.sqlite.reads.items).toBe(center.adapters.dynamodb.reads.items);
      expect(Object.keys(center.adapters.dynamodb.reads.byKind).some((k) => /#R \(record\)|#CASE/.test(k))).toBe(false);
    }
    expect(items.result.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['C#AGG/W', 'C#AGG/O', 'C#F', 'C#R (record)']));
  });

  it('reports each figure as a median with min and max over the runs', () => {
    const { intake, score, site, cold } = report.sections;
    if (!intake?.ok || !score?.ok || !site?.ok || !cold?.ok) throw new Error('a section failed');
    const runs = report.runs;
    expect(intake.result.levels.map((l) => l.clients)).toEqual([1, 8, 64]);
    for (const level of intake.result.levels) {
      expect(Object.keys(level.paths)).toEqual(['gateway', 'handler', 'transaction', 'bareTransact', 'barePut']);
      for (const path of Object.values(level.paths)) {
        isFigure(path.medianLatencyMs, runs);
        isFigure(path.p99LatencyMs, runs);
      }
      isFigure(level.ratioToBareTransact, runs);
      isFigure(level.ratioToBarePut, runs);
      isFigure(level.handlerToBareTransact, runs);
    }
    // Intake on both adapters, with SQLite's bare INSERT as its floor.
    const { adapters } = intake.result;
    expect(Object.keys(adapters.paths)).toEqual(['dynamodb', 'sqlite', 'sqliteBareInsert']);
    for (const path of Object.values(adapters.paths)) isFigure(path.medianLatencyMs, runs);
    isFigure(adapters.sqliteToBareInsert, runs);
    isFigure(adapters.sqliteToDynamodb, runs);
    for (const center of [score.result.base, score.result.tenfold!]) {
      for (const adapter of Object.values(center.adapters)) {
        isFigure(adapter.scoreRunSeconds, runs);
        isFigure(adapter.scoreRunCpuSeconds, runs);
        expect(adapter.scoreRunCpuSeconds.median).toBeGreaterThan(0);
        isFigure(adapter.scheduledRunSeconds, runs);
        // The first run writes every month's results; the scheduled one only the quarter's.
        expect(adapter.reads.itemsWritten).toBeGreaterThan(adapter.scheduledReads.itemsWritten);
        expect(adapter.scheduledReads.itemsWritten).toBeGreaterThan(0);
        isFigure(adapter.ratioToSql, runs);
        // A first run's time, split by what was in flight, covers the run: the split's medians
        // sum to about the run's (the run's figure ends after the handler returns).
        for (const wait of Object.values(adapter.firstRunWaits)) isFigure(wait, runs);
        const split = adapter.firstRunWaits.writingMs.runs.map((w, i) => w + adapter.firstRunWaits.readingMs.runs[i]! + adapter.firstRunWaits.computingMs.runs[i]!);
        split.forEach((ms, i) => expect(Math.abs(ms - adapter.scoreRunSeconds.runs[i]! * 1000)).toBeLessThan(0.05 * ms + 5));
        expect(adapter.firstRunWaits.writingMs.median).toBeGreaterThan(0);
        expect(adapter.firstRunWaits.readingMs.median).toBeGreaterThan(0);
        expect(adapter.reads.bytesWritten).toBeGreaterThan(adapter.reads.itemsWritten * 100);
      }
      isFigure(center.sqlRecountMs, runs);
    }
    isFigure(score.result.tenfold!.ratioToBase.dynamodb, runs);
    isFigure(score.result.tenfold!.ratioToBase.sqlite, runs);
    expect(site.result).toMatchObject({ documents: 61, months: 60, windows: SIZES.XS.siteWindows });
    expect(site.result.pages).toBeGreaterThan(0);
    isFigure(site.result.buildSeconds, runs);
    expect(cold.result.functions.map((f) => f.name)).toContain('submit-record');
    for (const fn of cold.result.functions) {
      expect(fn.bundleBytes).toBeGreaterThan(0);
      isFigure(fn.importMs, cold.result.importsPerFunction);
    }
  });

  it('checks every target of issues #11 and #13 and writes the report as JSON and Markdown', () => {
    expect(report.targets).toHaveLength(11);
    for (const target of report.targets) expect([true, false, null]).toContain(target.met);
    // The score target names size M; at XS it is not judged.
    expect(report.targets.find((t) => t.target.startsWith('Quarterly score run'))?.met).toBeNull();
    const files = writeReport(report, outDir);
    expect(JSON.parse(readFileSync(files.json, 'utf8'))).toEqual(report);
    const markdown = readFileSync(files.markdown, 'utf8');
    expect(report.targets.find((t) => t.target.startsWith('Score run with every record type tenfold'))?.note).toMatch(/^measured cause, DynamoDB Local.*With a write in flight [+−]\d+ ms.*With only reads in flight [+−]\d+ ms.*computing [+−]\d+ ms/);
    for (const heading of ['# Benchmark, size XS', '## Targets', '## Intake', '### Both adapters of the store port', '## Score run', '## Items after the run', '## Site build', '## Lambda cold start']) {
      expect(markdown).toContain(heading);
    }
  });
});
