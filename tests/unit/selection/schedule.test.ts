/** When selections open and when their steps close: worked by hand from the rulebooks and the 2026 calendar. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { selectionSchedule } from '#core/selection/schedule';

const calendar = createCalendar();
const honor = (rulebook: { honors: readonly { id: string }[] }, id: string) => rulebook.honors.find((h) => h.id === id) as never;

describe('selection schedule', () => {
  it('opens a quarter ranked on scores the day after it ends; no votes, so every step is due at once', () => {
    expect(selectionSchedule(honor(defaultRulebook(), 'quarterly-stars'), '2026-Q3', calendar)).toEqual({
      opensOn: '2026-10-01',
      deadlines: { open: '2026-09-30', candidates: '2026-09-30', voting: '2026-09-30', assessed: '2026-09-30' },
    });
  });

  it('gives the composite 15 working days of voting, counted across 国庆 and its make-up Saturday', () => {
    // After 30 Sep: 10-01…10-07 off; 1 10-08, 2 10-09, 3 10-10 (Sat, make-up), 4 10-12, 5 10-13,
    // 6 10-14, 7 10-15, 8 10-16, 9 10-19, 10 10-20, 11 10-21, 12 10-22, 13 10-23, 14 10-26, 15 10-27.
    const { opensOn, deadlines } = selectionSchedule(honor(SEED_001_QUARTERLY_COMPOSITE, 'service-pacesetters'), '2026-Q3', calendar);
    expect(opensOn).toBe('2026-10-01');
    expect(deadlines).toMatchObject({ open: '2026-09-30', voting: '2026-10-27', assessed: '2026-10-27' });
  });

  it('follows seed 000’s calendar for the gold awards: nominations 1 May–30 June, assessment to 31 August', () => {
    expect(selectionSchedule(honor(SEED_000_YEARLY_GOLD, 'gold-windows'), '2026', calendar)).toEqual({
      opensOn: '2026-05-01',
      deadlines: { open: '2026-06-30', candidates: '2026-06-30', voting: '2026-08-31', assessed: '2026-08-31' },
    });
  });
});
