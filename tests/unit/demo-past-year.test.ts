/**
 * The demo's year before (2025), as generateDemoPastYear makes it: the loader writes its
 * records without intake, so this test holds them to what intake would have accepted — as
 * tests/unit/demo-center.test.ts does for the demo year.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CENTER_LEVEL_WINDOW } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { canonicalJson } from '#core/canonical';
import { RECORD_TYPES } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { DEMO_PAST_MONTHS, DEMO_PAST_QUARTERS, generateDemoCenter, generateDemoPastYear } from '../../shared/demo/demo-center.ts';

describe('the demo’s year before', () => {
  const past = generateDemoPastYear();
  const demo = generateDemoCenter();

  it('is deterministic and leaves the demo year as it was', () => {
    expect(canonicalJson(generateDemoPastYear())).toBe(canonicalJson(past));
    const ids = new Set(demo.records.map((r) => r.id));
    expect(past.filter((r) => ids.has(r.id))).toEqual([]);
    expect(new Set(past.map((r) => r.id)).size).toBe(past.length);
  });

  it('has every month of 2025 and nothing else: a volume per window and month, ratings, a hygiene inspection per window and quarter', () => {
    expect(DEMO_PAST_MONTHS).toHaveLength(12);
    expect(past.filter((r) => !DEMO_PAST_MONTHS.includes(r.month))).toEqual([]);
    // 20 windows × 12 months; 20 windows × 4 quarters.
    expect(past.filter((r) => r.type === 'volume')).toHaveLength(20 * 12);
    expect(past.filter((r) => r.type === 'inspection')).toHaveLength(20 * DEMO_PAST_QUARTERS.length);
    expect(new Set(past.map((r) => r.type))).toEqual(new Set(['volume', 'evaluation', 'inspection']));
    for (const month of DEMO_PAST_MONTHS) expect(past.some((r) => r.type === 'evaluation' && r.month === month)).toBe(true);
  });

  it('makes every body fit its schema, placed by its type, rated only by officers already stationed', () => {
    const calendar = createCalendar();
    const started = new Map(demo.officers.map((o) => [o.officerId, o.startDate]));
    const misfits: string[] = [];
    for (const r of past) {
      const type = RECORD_TYPES[r.type] as RecordType<any>;
      const parsed = type.body.safeParse(r.body);
      if (!parsed.success) {
        misfits.push(`${r.id}: ${parsed.error.message}`);
        continue;
      }
      const placed = { windowId: type.windowOf(parsed.data) ?? CENTER_LEVEL_WINDOW, month: type.monthOf(parsed.data), at: type.at(parsed.data) };
      if (!isDeepStrictEqual(placed, { windowId: r.windowId, month: r.month, at: r.at })) misfits.push(`${r.id}: placed at ${JSON.stringify(placed)}`);
      const issues = type.checkAt?.(r.body, new Date(r.submittedAt), calendar) ?? [];
      if (issues.length > 0) misfits.push(`${r.id}: ${issues.map((i) => i.message).join('; ')}`);
      const officerId = r.body.officerId;
      if (typeof officerId === 'string' && String(r.body.ratedAt).slice(0, 10) < started.get(officerId)!) misfits.push(`${r.id}: ${officerId} not yet stationed`);
    }
    expect(misfits).toEqual([]);
  });
});
