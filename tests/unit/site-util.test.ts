import { describe, expect, it } from 'vitest';
import { evaluationRows } from '../../site/src/util/evaluation-rows.ts';
import { formatBeijingDate, formatBytes, formatDate, formatPeriod, formatRate, newestFirst } from '../../site/src/util/format.ts';
import { fixtureCenter, fixtureMonths } from '../support/published-fixtures.ts';

describe('site formatting', () => {
  it('writes a period the way a Chinese notice does, without a leading zero, and in English', () => {
    expect(formatPeriod('2026-10')).toBe('2026年10月');
    expect(formatPeriod('2027-01')).toBe('2027年1月');
    expect(formatPeriod('2026-Q3')).toBe('2026年第三季度');
    expect(formatPeriod('2026')).toBe('2026年度');
    expect(formatPeriod('2026-10', 'en')).toBe('October 2026');
    expect(formatPeriod('2026-Q3', 'en')).toBe('Q3 2026');
    expect(formatPeriod('2026', 'en')).toBe('2026');
    expect(() => formatPeriod('2026-1')).toThrow(/YYYY-MM/);
  });

  it('writes a notice date and a file size', () => {
    expect(formatDate('2026-11-09')).toBe('2026年11月9日');
    expect(formatDate('2026-11-09', 'en')).toBe('9 November 2026');
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(4100)).toBe('4.0 KB');
  });

  it('shows a rate with its percent sign, or the placeholder when there was no evaluation', () => {
    expect(formatRate('95.24', '—')).toBe('95.24%');
    expect(formatRate(null, '—')).toBe('—');
  });

  it('dates an instant in Beijing time', () => {
    // 00:30 in Beijing is 16:30 the day before in UTC; the page must say 1 November.
    expect(formatBeijingDate('2026-11-01T00:30:00+08:00')).toBe('2026年11月1日');
    expect(formatBeijingDate('2026-10-31T16:30:00Z')).toBe('2026年11月1日');
    expect(formatBeijingDate('2026-10-31T16:30:00Z', 'en')).toBe('1 November 2026');
  });

  it('lists periods newest first without changing its input', () => {
    const periods = [{ period: '2026-09' }, { period: '2027-01' }, { period: '2026-10' }];
    expect(newestFirst(periods).map((p) => p.period)).toEqual(['2027-01', '2026-10', '2026-09']);
    expect(periods[0]?.period).toBe('2026-09');
  });

  it('orders periods of different kinds by the month they end, the longer first', () => {
    const periods = ['2026-12', '2026-Q3', '2026', '2026-Q4', '2026-09', '2026-10'].map((period) => ({ period }));
    expect(newestFirst(periods).map((p) => p.period)).toEqual(['2026', '2026-Q4', '2026-12', '2026-10', '2026-Q3', '2026-09']);
  });
});

describe('evaluation rows', () => {
  const october = fixtureMonths.find((m) => m.period === '2026-10')!;

  it('follows the order of the center profile and names each window and department', () => {
    const rows = evaluationRows(october, fixtureCenter);
    expect(rows.map((r) => r.windowId)).toEqual(['market', 'tax', 'social', 'housing']);
    expect(rows[0]).toMatchObject({ name: '市场监管窗口', department: '区市场监督管理局', departmentEn: 'Market Regulation', component: '4.76', score: '92.80' });
  });

  it('keeps windows the profile does not list, after the listed ones, in published order', () => {
    const withStrangers = {
      ...october,
      windows: [
        { ...october.windows[0]!, windowId: 'zz-new' },
        ...october.windows.slice(1),
        { ...october.windows[0]!, windowId: 'aa-new' },
      ],
    };
    const rows = evaluationRows(withStrangers, fixtureCenter);
    expect(rows.map((r) => r.windowId)).toEqual(['market', 'tax', 'housing', 'zz-new', 'aa-new']);
    expect(rows.at(-1)).toMatchObject({ name: 'aa-new', department: null });
  });

  it('falls back to window ids before a center profile is published', () => {
    const rows = evaluationRows(october, undefined);
    expect(rows.map((r) => r.name)).toEqual(october.windows.map((w) => w.windowId));
  });
});
