import { describe, expect, it } from 'vitest';
import { aggregateDeltas, foldDeltas } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { canonicalJson } from '#core/canonical';
import { electronicEvaluation } from '#core/rules/electronic-evaluation';
import { DEMO_MONTHS, generateDemoCenter } from '../../shared/demo/demo-center.ts';

describe('demo center', () => {
  const demo = generateDemoCenter();

  it('is deterministic', () => {
    expect(canonicalJson(generateDemoCenter())).toBe(canonicalJson(demo));
  });

  it('has about 20 windows, about 120 officers and one head per window', () => {
    expect(demo.windows).toHaveLength(20);
    expect(demo.officers.length).toBeGreaterThanOrEqual(100);
    expect(demo.officers.length).toBeLessThanOrEqual(140);
    for (const w of demo.windows) expect(demo.officers.filter((o) => o.windowId === w.windowId && o.role === 'head')).toHaveLength(1);
    expect(new Set(demo.officers.map((o) => o.name)).size).toBe(demo.officers.length);
  });

  it('gives every window a volume each month, and the variety the rules need', () => {
    const totals = new Map(foldDeltas(demo.records.flatMap(aggregateDeltas)).map((t) => [`${t.month}|${t.subject}`, t.counters]));
    const components = [];
    for (const month of DEMO_MONTHS) {
      for (const w of demo.windows) {
        const counters = totals.get(`${month}|W#${w.windowId}`)!;
        expect(counters.volume).toBeGreaterThan(0);
        components.push(
          electronicEvaluation({ volume: counters.volume!, valid: counters.evaluations ?? 0, satisfied: counters.satisfied ?? 0 }),
        );
      }
    }
    expect(components.some((c) => c.shortfall > 0)).toBe(true); // some windows under quota
    expect(components.some((c) => c.shortfall === 0)).toBe(true);
    expect(components.some((c) => c.satisfactionRate && c.satisfactionRate.n * 100n < c.satisfactionRate.d * 9500n)).toBe(true); // some below 95 %
  });

  it('rates only inside the demo months, on working days, in opening hours', () => {
    const calendar = createCalendar();
    for (const r of demo.records.filter((r) => r.type === 'evaluation')) {
      const at = new Date(r.at);
      expect(DEMO_MONTHS).toContain(r.month);
      expect(calendar.isWorkingDay(r.at.slice(0, 10))).toBe(true);
      expect(at.getUTCHours()).toBeGreaterThanOrEqual(1); // 09:00 Beijing
      expect(at.getUTCHours()).toBeLessThan(9); // 17:00 Beijing
    }
  });
});
