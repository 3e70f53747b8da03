/** Ballots (民主测评) and panel scores (综合评定) — seed 001 (a), DOMAIN.md §4.5. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { ballotRecord } from '#core/records/ballot';
import { panelScoreRecord } from '#core/records/panel-score';
import { fieldIssues } from '#core/records/types';

const paths = (input: unknown) => {
  const result = ballotRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const sheet = {
  honorId: 'service-pacesetters',
  period: '2026-Q3',
  scores: [
    { candidateId: 'o001', score: '92' },
    { candidateId: 'o002', score: 85.5 },
    { candidateId: 'o003', score: '100' },
    { candidateId: 'o004', score: '0' },
  ],
};

describe('ballot', () => {
  it('parses scores 0–100 with one decimal, kept as decimal strings; center-level, last month of the period', () => {
    const parsed = ballotRecord.body.parse(sheet);
    expect(parsed.scores.map((s) => s.score)).toEqual(['92', '85.5', '100', '0']);
    expect(ballotRecord.windowOf(parsed)).toBeUndefined();
    expect(ballotRecord.monthOf(parsed)).toBe('2026-09');
    expect(ballotRecord.monthOf(ballotRecord.body.parse({ ...sheet, period: '2026' }))).toBe('2026-12');
    expect(ballotRecord.monthOf(ballotRecord.body.parse({ ...sheet, period: '2026-10' }))).toBe('2026-10');
  });

  it('names the field of each mistake', () => {
    const one = (score: unknown) => paths({ ...sheet, scores: [{ candidateId: 'o001', score }] });
    expect(one('100.5')).toEqual(['scores.0.score']);
    expect(one('85.25')).toEqual(['scores.0.score']);
    expect(one(-1)).toEqual(['scores.0.score']);
    expect(one('085')).toEqual(['scores.0.score']);
    expect(paths({ ...sheet, scores: [sheet.scores[0], { candidateId: 'o001', score: '80' }] })).toEqual(['scores.1.candidateId']);
    expect(paths({ ...sheet, scores: [] })).toEqual(['scores']);
    expect(paths({ ...sheet, period: '2026-Q5' })).toEqual(['period']);
    expect(paths({ ...sheet, voter: 'head-w01' })).toEqual(['voter']);
  });

  it('no ballot for a period that has not begun', () => {
    const calendar = createCalendar();
    const parsed = ballotRecord.body.parse({ ...sheet, period: '2026-Q4' });
    expect(ballotRecord.checkAt!(parsed, new Date('2026-09-30T12:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['period']);
    expect(ballotRecord.checkAt!(parsed, new Date('2026-10-01T00:30:00+08:00'), calendar)).toEqual([]);
  });
});

describe('panel-score', () => {
  it('is the same sheet under its own type', () => {
    const parsed = panelScoreRecord.body.parse(sheet);
    expect(panelScoreRecord.type).toBe('panel-score');
    expect(panelScoreRecord.windowOf(parsed)).toBeUndefined();
    expect(panelScoreRecord.body.safeParse({ ...sheet, scores: [{ candidateId: 'o001', score: '101' }] }).success).toBe(false);
  });
});
