import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { pts } from '#core/points';
import { duePeriods, monthClosesOn, newObjections, objectionMonths, periodReadiness, rankForStep } from '#core/selection/steps';
import type { Rulebook } from '#core/rulebook/schema';
import { type SelectionFlow, openSelection } from '#core/selection/state-machine';

const calendar = createCalendar();
const honor = (rulebook: Rulebook, id: string) => rulebook.honors.find((h) => h.id === id)!;
const stars = honor(defaultRulebook(), 'quarterly-stars');
const Q3 = new Set(['2026-07', '2026-08', '2026-09']);

describe('periods close (DOMAIN §6 "Periods close")', () => {
  it('a month closes at the end of the 5th working day of the next month', () => {
    // October 2026: 1–7 October is 国庆/中秋 (rest), Saturday the 10th a make-up working day:
    // working days 8 (Thu), 9 (Fri), 10 (Sat), 12, 13 → September closes on 13 October
    expect(['2026-10-07', '2026-10-08', '2026-10-10'].map((d) => calendar.isWorkingDay(d))).toEqual([false, true, true]);
    expect(monthClosesOn('2026-09', calendar)).toBe('2026-10-13');
    // November 2026: Mon 2 … Fri 6 → October closes on 6 November
    expect(monthClosesOn('2026-10', calendar)).toBe('2026-11-06');
  });

  it('no step while a month of the period is open; it says which', () => {
    const waiting = periodReadiness(stars, '2026-Q3', '2026-10-13', Q3, calendar);
    expect(waiting).toMatchObject({ ready: false, open: ['2026-09'], unscored: [] });
    if (waiting.ready) throw new Error('ready');
    expect(waiting.refusal).toMatchObject({ code: 'period-incomplete', zh: expect.stringContaining('2026-09 尚未结账'), en: expect.stringContaining('2026-09 not yet closed') });
    expect(periodReadiness(stars, '2026-Q3', '2026-10-14', Q3, calendar)).toEqual({ ready: true });
  });

  it('no step while a month between scored months is unscored; none at all scored waits too', () => {
    expect(periodReadiness(stars, '2026-Q3', '2026-11-01', new Set(['2026-07', '2026-09']), calendar)).toMatchObject({ ready: false, open: [], unscored: ['2026-08'] });
    expect(periodReadiness(stars, '2026-Q3', '2026-11-01', new Set(), calendar)).toMatchObject({ ready: false, unscored: ['2026-07', '2026-08', '2026-09'] });
    // a center scored from August on: July is before its first score, not a gap
    expect(periodReadiness(stars, '2026-Q3', '2026-11-01', new Set(['2026-08', '2026-09']), calendar)).toEqual({ ready: true });
  });

  it('a panel-scored honor (seed 000) does not wait for monthly scores', () => {
    const gold = SEED_000_YEARLY_GOLD.honors[0]!;
    expect(periodReadiness(gold, '2026', '2026-07-01', new Set(), calendar)).toEqual({ ready: true });
  });
});

describe('due periods', () => {
  it('the last ended month, quarter or year; and this year for a panel calendar', () => {
    expect(duePeriods(stars, '2026-10-01')).toEqual(['2026-Q3']);
    expect(duePeriods(stars, '2026-01-15')).toEqual(['2025-Q4']);
    expect(duePeriods(honor(defaultRulebook(), 'excellent-windows'), '2027-01-04')).toEqual(['2026']);
    expect(duePeriods(SEED_000_YEARLY_GOLD.honors[0]!, '2026-05-02')).toEqual(['2025', '2026']);
  });
});

describe('objections of a notice', () => {
  const flow = (): SelectionFlow => {
    const opened = openSelection({ centerId: 'c', honorId: 'quarterly-stars', period: '2026-Q3' }, { at: '2026-10-15', by: 'scheduler', why: 'open' });
    return {
      ...opened,
      state: 'notice',
      notice: { start: '2026-11-27', end: '2026-12-10', provisional: false },
      history: [...opened.history, { event: 'publish-notice', at: '2026-11-27', by: 's1', why: 'publish' } as SelectionFlow['history'][number]],
      objections: [{ id: 'ob-1' } as SelectionFlow['objections'][number]],
    };
  };

  it('reads the months from publication to the end; takes only this notice’s new ones, oldest first', () => {
    expect(objectionMonths(flow())).toEqual(['2026-11', '2026-12']);
    const filed = [
      { recordId: 'ob-3', noticeId: 'n', entry: 'o2', date: '2026-12-02' },
      { recordId: 'ob-1', noticeId: 'n', entry: 'o1', date: '2026-11-28' },
      { recordId: 'ob-2', noticeId: 'n', entry: 'o1', date: '2026-11-30' },
      { recordId: 'ob-9', noticeId: 'other', entry: 'o1', date: '2026-11-29' },
    ];
    expect(newObjections(flow(), 'n', filed)).toEqual([
      { id: 'ob-2', subjectId: 'o1', date: '2026-11-30' },
      { id: 'ob-3', subjectId: 'o2', date: '2026-12-02' },
    ]);
  });
});

describe('what a step ranks', () => {
  const pacesetters = honor(SEED_001_QUARTERLY_COMPOSITE, 'service-pacesetters');
  const contender = (id: string, extra = {}) => ({
    id,
    metrics: {},
    daysOnDuty: { days: 80, records: [] },
    monthlyScores: ['2026-07', '2026-08', '2026-09'].map((month) => ({ month, score: pts(90), resultId: `${id}-${month}` })),
    ...extra,
  });

  it('a composite assessment without ballots for a pooled candidate is a returned refusal naming it', () => {
    const input = { honorId: pacesetters.id, period: '2026-Q3', contenders: [contender('o1'), contender('o2')], vetoes: [] };
    const pool = rankForStep(SEED_001_QUARTERLY_COMPOSITE, pacesetters, input, 'candidates');
    expect(pool.ok && pool.selection.selected.map((e) => e.subjectId)).toEqual(['o1', 'o2']);
    const step = rankForStep(SEED_001_QUARTERLY_COMPOSITE, pacesetters, input, 'assessment');
    expect(step).toMatchObject({ ok: false, refusal: { code: 'inputs-incomplete', en: expect.stringContaining('o1: ballots') } });
  });
});
