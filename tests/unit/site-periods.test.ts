/**
 * Honest periods (DOMAIN.md §6): a month is a result only once it has closed, decided from
 * the published document alone. Close days worked by hand from the 2026 State Council
 * schedule (国办发明电〔2025〕7号 as chinese-days carries it).
 */
import { describe, expect, it } from 'vitest';
import type { MonthlyEvaluation } from '#core/published';
import { beijingDateOf, closedMonths, defaultCloseDay, monthStatus, publicMonth } from '../../site/src/util/periods.ts';

const month = (period: string, publishedAt: string, extra: Partial<MonthlyEvaluation> = {}): MonthlyEvaluation => ({
  kind: 'monthly-evaluation',
  centerId: 'demo',
  period,
  publishedAt,
  rulebook: { id: 'default', version: '1.0.0', hash: 'sha256-0' },
  windows: [{ windowId: 'w01', component: '4.50', satisfactionRate: '95.00', evaluations: 40, required: 40, volume: 80, score: '95.00' }],
  ...extra,
});

describe('the day a month closes: the 5th working day of the next month', () => {
  it('counts working days, skipping weekends and the holidays of the schedule', () => {
    // November 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6 → the 6th.
    expect(defaultCloseDay('2026-10')).toBe('2026-11-06');
    // October 2026: 1–7 National Day off; Thu 8 (1), Fri 9 (2), Sat 10 (3, a make-up
    // working day, 调休), Mon 12 (4), Tue 13 (5).
    expect(defaultCloseDay('2026-09')).toBe('2026-10-13');
    // December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 → the 7th.
    expect(defaultCloseDay('2026-11')).toBe('2026-12-07');
  });
});

describe('whether a published month is a result', () => {
  it('is provisional when published on or before its close day, final after it', () => {
    expect(monthStatus(month('2026-10', '2026-11-06T23:00:00+08:00'))).toEqual({ final: false, closesOn: '2026-11-06', asOf: '2026-11-06' });
    expect(monthStatus(month('2026-10', '2026-11-07T00:10:00+08:00'))).toEqual({ final: true, closesOn: '2026-11-06', asOf: '2026-11-07' });
  });

  it('reads the publication day in Beijing, whatever the offset it was written with', () => {
    // 16:30 UTC on 6 November is 00:30 on 7 November in Beijing: after the close day.
    expect(beijingDateOf('2026-11-06T16:30:00Z')).toBe('2026-11-07');
    expect(monthStatus(month('2026-10', '2026-11-06T16:30:00Z')).final).toBe(true);
  });

  it('follows a close day the document names, and the publisher\'s "provisional"', () => {
    expect(monthStatus(month('2026-10', '2026-11-07T10:00:00+08:00', { closesOn: '2026-11-10' })).final).toBe(false);
    expect(monthStatus(month('2026-10', '2026-11-20T10:00:00+08:00', { state: 'provisional' })).final).toBe(false);
  });
});

describe('the month as the public sees it', () => {
  it('has no window score while open, and says provisional with its close day', () => {
    const open = publicMonth(month('2026-11', '2026-11-26T10:00:00+08:00'));
    expect([open.state, open.closesOn, open.windows[0]!.score]).toEqual(['provisional', '2026-12-07', null]);
  });

  it('keeps window scores of a closed month, unless the rulebook keeps them private', () => {
    const closed = publicMonth(month('2026-10', '2026-11-26T10:00:00+08:00'));
    expect([closed.state, closed.windows[0]!.score]).toEqual(['closed', '95.00']);
    const privateScores = publicMonth(month('2026-10', '2026-11-26T10:00:00+08:00', { windowScoresPublic: false }));
    expect([privateScores.state, privateScores.windows[0]!.score]).toEqual(['closed', null]);
  });

  it('leaves only closed months for trends', () => {
    const months = [month('2026-11', '2026-11-26T10:00:00+08:00'), month('2026-10', '2026-11-26T10:00:00+08:00')];
    expect(closedMonths(months).map((m) => m.period)).toEqual(['2026-10']);
  });
});
