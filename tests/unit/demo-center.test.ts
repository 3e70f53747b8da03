import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CENTER_LEVEL_WINDOW, aggregateDeltas, foldDeltas } from '#core/aggregates';
import { createCalendar } from '#core/calendar';
import { canonicalJson } from '#core/canonical';
import { dateOf, recordId } from '#core/records/common';
import { RECORD_TYPES, type RecordTypeName } from '#core/records/registry';
import type { RecordType } from '#core/records/types';
import { electronicEvaluation } from '#core/rules/electronic-evaluation';
import {
  DEMO_ATTENDANCE_MONTHS,
  DEMO_MONTHS,
  DEMO_NOW,
  type DemoRecord,
  generateDemoCenter,
} from '../../shared/demo/demo-center.ts';

describe('demo center', () => {
  const demo = generateDemoCenter();
  const calendar = createCalendar();
  const ofType = (type: RecordTypeName): DemoRecord[] => demo.records.filter((r) => r.type === type);

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

  it('makes every body fit its schema and places every record by its type', () => {
    const misfits: string[] = [];
    for (const r of demo.records) {
      const type = RECORD_TYPES[r.type] as RecordType<any>;
      const parsed = type.body.safeParse(r.body);
      if (!parsed.success) {
        misfits.push(`${r.id}: ${parsed.error.message}`);
        continue;
      }
      // The body is what intake would store: parsing changes nothing.
      if (!isDeepStrictEqual(parsed.data, r.body)) misfits.push(`${r.id}: parsing changes the body`);
      const placed = { windowId: type.windowOf(parsed.data) ?? CENTER_LEVEL_WINDOW, month: type.monthOf(parsed.data), at: type.at(parsed.data) };
      if (!isDeepStrictEqual(placed, { windowId: r.windowId, month: r.month, at: r.at })) misfits.push(`${r.id}: placed at ${JSON.stringify(placed)}`);
    }
    expect(misfits).toEqual([]);
  });

  it('passes every check of the moment it was submitted, and nothing is after the demo’s today', () => {
    const refused: string[] = [];
    for (const r of demo.records) {
      const type = RECORD_TYPES[r.type] as RecordType<any>;
      if (!(r.submittedAt <= DEMO_NOW && r.at < DEMO_NOW)) refused.push(`${r.id}: after ${DEMO_NOW}`);
      const issues = type.checkAt?.(r.body, new Date(r.submittedAt), calendar) ?? [];
      if (issues.length > 0) refused.push(`${r.id}: ${issues.map((i) => i.message).join('; ')}`);
    }
    expect(refused).toEqual([]);
  });

  it('gives records unique, readable ids and refers only to the roster', () => {
    expect(new Set(demo.records.map((r) => r.id)).size).toBe(demo.records.length);
    const officers = new Map(demo.officers.map((o) => [o.officerId, o]));
    const windows = new Set(demo.windows.map((w) => w.windowId));
    for (const r of demo.records) {
      expect(recordId.safeParse(r.id).success, r.id).toBe(true);
      expect(r.id.startsWith('demo-'), r.id).toBe(true);
      expect(r.windowId === CENTER_LEVEL_WINDOW || windows.has(r.windowId), r.id).toBe(true);
      const type = RECORD_TYPES[r.type] as RecordType<any>;
      for (const officerId of type.officersOf?.(r.body) ?? []) {
        const officer = officers.get(officerId);
        expect(officer, `${r.id}: ${officerId}`).toBeDefined();
        // A window's record names only its own officers.
        if (r.windowId !== CENTER_LEVEL_WINDOW) expect(officer!.windowId, r.id).toBe(r.windowId);
      }
    }
  });

  it('has every record type but yearly ratings (the year is not over), objections (no notice yet) and case extensions (new; the demo has none yet)', () => {
    const present = new Set(demo.records.map((r) => r.type));
    const absent = Object.keys(RECORD_TYPES).filter((t) => !present.has(t as RecordTypeName));
    expect(absent.sort()).toEqual(['case-extension', 'objection', 'yearly-rating']);
  });

  it('keeps the record count reasonable, ratings the bulk', () => {
    expect(demo.records.length).toBeGreaterThanOrEqual(15_000);
    expect(demo.records.length).toBeLessThanOrEqual(30_000);
    const count = (type: RecordTypeName) => ofType(type).length;
    expect(count('evaluation')).toBeGreaterThan(count('attendance'));
    expect(count('volume')).toBe(demo.windows.length * DEMO_MONTHS.length);
    expect(count('inspection')).toBe(demo.windows.length * 3);
    expect(count('training')).toBe(DEMO_MONTHS.length);
    expect(count('case')).toBeGreaterThan(demo.windows.length * DEMO_MONTHS.length * 8);
    expect(count('patrol')).toBeGreaterThanOrEqual(DEMO_MONTHS.length * 3);
    expect(count('finding')).toBeGreaterThanOrEqual(50);
  });

  it('gives every window a volume each month, and the variety the rules need', () => {
    const counted = demo.records.filter((r) => r.type === 'evaluation' || r.type === 'volume');
    const totals = new Map(foldDeltas(counted.flatMap(aggregateDeltas)).map((t) => [`${t.month}|${t.subject}`, t.counters]));
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

  it('rates only inside the demo months, on working days, in opening hours, by officers at work', () => {
    const away = new Set(ofType('attendance').filter((r) => r.body.entry !== 'sign-in').map((r) => `${r.body.officerId}|${r.body.date}`));
    for (const r of ofType('evaluation')) {
      const at = new Date(r.at);
      expect(DEMO_MONTHS).toContain(r.month);
      expect(calendar.isWorkingDay(dateOf(r.at))).toBe(true);
      expect(at.getUTCHours()).toBeGreaterThanOrEqual(1); // 09:00 Beijing
      expect(at.getUTCHours()).toBeLessThan(9); // 17:00 Beijing
      expect(away.has(`${r.body.officerId}|${dateOf(r.at)}`), r.id).toBe(false);
    }
  });

  it('keeps attendance for every officer on every working day of Q3 and October, from the day they started', () => {
    const attendance = ofType('attendance');
    const days = new Map<string, number>();
    for (const r of attendance) {
      expect(DEMO_ATTENDANCE_MONTHS).toContain(r.month);
      const key = `${r.body.officerId}|${r.body.date}`;
      days.set(key, (days.get(key) ?? 0) + 1);
    }
    for (const month of DEMO_ATTENDANCE_MONTHS) {
      for (const date of calendar.workingDaysInMonth(month).dates) {
        for (const o of demo.officers) expect(days.get(`${o.officerId}|${date}`)).toBe(o.startDate <= date ? 1 : undefined);
      }
    }
    const signIns = attendance.filter((r) => r.body.entry === 'sign-in');
    const late = signIns.filter((r) => String(r.body.signIn) > '08:30');
    expect(signIns.length / attendance.length).toBeGreaterThan(0.85);
    expect(late.length).toBeGreaterThan(50);
    expect(late.length / signIns.length).toBeLessThan(0.08);
    const leave = attendance.filter((r) => r.body.entry === 'leave');
    expect(new Set(leave.map((r) => r.body.kind)).size).toBe(8);
    expect(leave.some((r) => r.body.approval === 'after')).toBe(true);
    expect(attendance.filter((r) => r.body.entry === 'absent').length).toBeGreaterThan(12);
  });
});
