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
  expect(new Set(records.map((r) => r.type))).toEqual(new Set(['volume', 'evaluation', 'attendance', 'inspection']));
  for (const record of records) expect(() => RECORD_TYPES[record.type].body.parse(record.body), record.id).not.toThrow();
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
});

describe('the benchmark at size XS', () => {
  let report: Report;

  it('runs every section', { timeout: 600_000 }, async () => {
    report = await runBench({ size: 'XS', endpoint: inject('dynamoEndpoint') });
    for (const [name, outcome] of Object.entries(report.sections)) expect(outcome, name).toMatchObject({ ok: true });
    expect(Object.keys(report.sections).sort()).toEqual(['cold', 'intake', 'score', 'site']);
  });

  it('counts every acknowledged rating once, and the SQL recount agrees with the aggregates', () => {
    const { intake, score } = report.sections;
    if (!intake?.ok || !score?.ok) throw new Error('a section failed');
    expect(intake.result.integrity).toMatchObject({ ok: true, lost: 0, doubled: 0, failed: 0, duplicateMismatches: 0 });
    expect(intake.result.integrity.recordsStored).toBe(intake.result.integrity.acknowledged);
    expect(score.result.base.sqlAgreesWithAggregates).toBe(true);
    expect(score.result.tenfold?.sqlAgreesWithAggregates).toBe(true);
    expect(score.result.tenfold!.load.ratings).toBeGreaterThan(9 * score.result.base.load.ratings);
  });

  it('reports each figure as a median with min and max over the runs', () => {
    const { intake, score, site, cold } = report.sections;
    if (!intake?.ok || !score?.ok || !site?.ok || !cold?.ok) throw new Error('a section failed');
    const runs = report.runs;
    expect(intake.result.levels.map((l) => l.clients)).toEqual([1, 8, 64]);
    for (const level of intake.result.levels) {
      for (const path of [level.gateway, level.transaction, level.bare]) {
        isFigure(path.medianLatencyMs, runs);
        isFigure(path.p99LatencyMs, runs);
        isFigure(path.throughputPerSecond, runs);
      }
      isFigure(level.latencyRatio, runs);
    }
    for (const center of [score.result.base, score.result.tenfold!]) {
      isFigure(center.scoreRunSeconds, runs);
      isFigure(center.aggregateJobsSeconds, runs);
      isFigure(center.sqlRecountMs, runs);
      isFigure(center.ratioToSql, runs);
    }
    isFigure(score.result.tenfold!.ratioToBase, runs);
    isFigure(score.result.tenfold!.aggregateJobsRatioToBase, runs);
    expect(site.result).toMatchObject({ documents: 61, months: 60, windows: SIZES.XS.siteWindows });
    expect(site.result.pages).toBeGreaterThan(0);
    isFigure(site.result.buildSeconds, runs);
    expect(cold.result.functions.map((f) => f.name)).toContain('submit-record');
    for (const fn of cold.result.functions) {
      expect(fn.bundleBytes).toBeGreaterThan(0);
      isFigure(fn.importMs, cold.result.importsPerFunction);
    }
  });

  it('checks every target of ARCHITECTURE.md and writes the report as JSON and Markdown', () => {
    expect(report.targets).toHaveLength(7);
    for (const target of report.targets) expect([true, false, null]).toContain(target.met);
    // The score target names size M; at XS it is not judged.
    expect(report.targets.find((t) => t.target.startsWith('Quarterly score run'))?.met).toBeNull();
    const files = writeReport(report, outDir);
    expect(JSON.parse(readFileSync(files.json, 'utf8'))).toEqual(report);
    const markdown = readFileSync(files.markdown, 'utf8');
    for (const heading of ['# Benchmark, size XS', '## Targets', '## Intake', '## Score run', '## Site build', '## Lambda cold start']) {
      expect(markdown).toContain(heading);
    }
  });
});
