/**
 * Correction notes of a published month (core/month-corrections.ts) and how the public view
 * shows them (site/src/util/periods.ts). Figures are made up; each expected note is read
 * straight off the two publications.
 */
import { describe, expect, it } from 'vitest';
import { type FiledCorrection, changedFigures, correctionNotes } from '#core/month-corrections';
import type { MonthlyEvaluation } from '#core/published';
import { publicMonth } from '../../site/src/util/periods.ts';

const row = (windowId: string, score: string | null, component: string | null): MonthlyEvaluation['windows'][number] => ({
  windowId,
  score,
  component,
  satisfactionRate: null,
  evaluations: 0,
  required: 0,
  volume: 0,
});
const PUBLISHED = '2026-11-08T01:00:00.000Z';
const previous = {
  state: 'closed' as const,
  publishedAt: PUBLISHED,
  windows: [row('w01', '98.50', '4.80'), row('w02', '97.00', '5.00')],
};
const filed = (id: string, windowId: string, submittedAt: string): FiledCorrection => ({ id, supersedes: `old-${id}`, reason: `复核后更正 ${id}`, submittedAt, windowId });

describe('changedFigures', () => {
  it('lists each moved score and component, before → after', () => {
    expect(changedFigures(previous.windows, [row('w01', '98.40', '4.70'), row('w02', '97.00', '5.00')])).toEqual([
      { windowId: 'w01', field: 'score', before: '98.50', after: '98.40' },
      { windowId: 'w01', field: 'component', before: '4.80', after: '4.70' },
    ]);
  });
});

describe('correctionNotes', () => {
  const next = [row('w01', '98.40', '4.70'), row('w02', '97.00', '5.00')];

  it('notes a correction filed after the final publication, dated in Beijing time', () => {
    // 2026-11-15T17:30Z is 01:30 on the 16th in Beijing.
    expect(correctionNotes(previous, next, [filed('c1', 'w01', '2026-11-15T17:30:00.000Z')])).toEqual([
      {
        date: '2026-11-16',
        recordId: 'c1',
        supersedes: 'old-c1',
        reason: '复核后更正 c1',
        changes: [
          { windowId: 'w01', field: 'score', before: '98.50', after: '98.40' },
          { windowId: 'w01', field: 'component', before: '4.80', after: '4.70' },
        ],
      },
    ]);
  });

  it('writes no note where the previous document was provisional, or where nothing moved', () => {
    const c = [filed('c1', 'w01', '2026-11-15T17:30:00.000Z')];
    expect(correctionNotes({ ...previous, state: 'provisional' }, next, c)).toEqual([]);
    expect(correctionNotes(undefined, next, c)).toEqual([]);
    expect(correctionNotes(previous, previous.windows, c)).toEqual([]);
  });

  it('leaves out corrections already in the figures published, and keeps earlier notes', () => {
    const earlier = { date: '2026-11-10', recordId: 'c0', supersedes: 'old-c0', reason: '早先的更正', changes: [{ windowId: 'w02', field: 'score' as const, before: '96.00', after: '97.00' }] };
    const notes = correctionNotes({ ...previous, corrections: [earlier] }, next, [
      filed('c0', 'w02', '2026-11-09T02:00:00.000Z'), // noted already
      filed('cx', 'w01', '2026-11-07T02:00:00.000Z'), // before the final publication: already in its figures
      filed('c1', 'w01', '2026-11-15T02:00:00.000Z'),
    ]);
    expect(notes.map((n) => n.recordId)).toEqual(['c0', 'c1']);
  });

  it('gives each correction its own window’s changes, and changes at no corrected window to every one', () => {
    const moved = [row('w01', '98.40', '4.80'), row('w02', '96.90', '5.00'), row('w03', '90.00', null)];
    const notes = correctionNotes({ ...previous, windows: [...previous.windows, row('w03', '90.10', null)] }, moved, [
      filed('c2', 'w02', '2026-11-15T03:00:00.000Z'),
      filed('c1', 'w01', '2026-11-15T02:00:00.000Z'),
    ]);
    expect(notes.map((n) => [n.recordId, n.changes.map((c) => c.windowId)])).toEqual([
      ['c1', ['w01', 'w03']],
      ['c2', ['w02', 'w03']],
    ]);
  });
});

describe('publicMonth', () => {
  it('keeps a score change out of the note where window scores are not public', () => {
    const doc: MonthlyEvaluation = {
      kind: 'monthly-evaluation',
      centerId: 'demo',
      period: '2026-10',
      publishedAt: '2026-11-16T02:00:00.000Z',
      rulebook: { id: 'default', version: '1.0.0', hash: 'h' },
      closesOn: '2026-11-06',
      state: 'closed',
      windowScoresPublic: false,
      windows: [row('w01', '98.40', '4.70')],
      corrections: [
        {
          date: '2026-11-16',
          recordId: 'c1',
          supersedes: 'old-c1',
          reason: '复核后更正',
          changes: [
            { windowId: 'w01', field: 'score', before: '98.50', after: '98.40' },
            { windowId: 'w01', field: 'component', before: '4.80', after: '4.70' },
          ],
        },
        { date: '2026-11-17', recordId: 'c2', supersedes: 'old-c2', reason: '只动了得分', changes: [{ windowId: 'w01', field: 'score', before: '98.40', after: '98.30' }] },
      ],
    };
    expect(publicMonth(doc).corrections).toEqual([{ ...doc.corrections![0], changes: [doc.corrections![0]!.changes[1]] }]);
  });
});
