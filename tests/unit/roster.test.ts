/** The roster with each officer's window history, and the subjects a record may name (DOMAIN.md §1, §2). */
import { describe, expect, it } from 'vitest';
import { type Officer, subjectProblems, windowOfOfficerAt, withPosting } from '#core/center';
import { checkRaterFits } from '#core/records/yearly-rating';

const li: Officer = { officerId: 'o1', name: '李', windowId: 'w01', role: 'staff', startDate: '2024-03-01' };

describe('window history', () => {
  it('keeps each posting, so a date finds the window of its day', () => {
    const moved = withPosting(li, { ...li, windowId: 'w02' }, '2026-11-16');
    expect(moved.postings).toEqual([
      { windowId: 'w01', from: '2024-03-01' },
      { windowId: 'w02', from: '2026-11-16' },
    ]);
    expect(windowOfOfficerAt(moved, '2026-11-13')).toBe('w01');
    expect(windowOfOfficerAt(moved, '2026-11-16')).toBe('w02');
    expect(windowOfOfficerAt(moved, '2024-02-29')).toBeUndefined(); // before the start
    // Rewriting the officer at the same window changes nothing; a second move the same day replaces the first.
    expect(withPosting(moved, { ...moved, name: '李四' }, '2026-11-20').postings).toEqual(moved.postings);
    expect(withPosting(moved, { ...li, windowId: 'w03' }, '2026-11-16').postings).toEqual([
      { windowId: 'w01', from: '2024-03-01' },
      { windowId: 'w03', from: '2026-11-16' },
    ]);
  });

  it('names what is wrong with each subject of a record', () => {
    const roster = new Map([['o1', withPosting(li, { ...li, windowId: 'w02' }, '2026-11-16')]]);
    expect(subjectProblems(roster, ['o1'], '2026-11-13', 'w01')).toEqual([]);
    expect(subjectProblems(roster, ['o1'], '2026-11-16', 'w01')).toEqual([{ officerId: 'o1', kind: 'other-window', windowId: 'w02' }]);
    expect(subjectProblems(roster, ['o9'], '2026-11-16', 'w01')).toEqual([{ officerId: 'o9', kind: 'unknown' }]);
    expect(subjectProblems(roster, ['o1'], '2020-01-01', undefined)).toEqual([{ officerId: 'o1', kind: 'not-yet-started', startDate: '2024-03-01' }]);
    // A center-level record (a training roll call) needs the officer on the roster only.
    expect(subjectProblems(roster, ['o1'], '2026-11-16', undefined)).toEqual([]);
  });
});

describe('checkRaterFits (seed 003 年度考核 五)', () => {
  const staff = { role: 'staff' as const, windowId: 'w01' };
  const otherHead = { role: 'head' as const, windowId: 'w02' };
  const head = { role: 'head', windowId: 'w01' };
  it('lets a head rate its own staff as window head and other heads as a peer', () => {
    expect(checkRaterFits(head, 'window-head', staff)).toEqual([]);
    expect(checkRaterFits(head, 'peer-heads', otherHead)).toEqual([]);
    expect(checkRaterFits(head, 'window-head', { ...staff, windowId: 'w02' })).toHaveLength(1);
    expect(checkRaterFits(head, 'peer-heads', { role: 'head', windowId: 'w01' })).toHaveLength(1);
  });
  it('leaves center departments to supervisors and the panel, the unit’s sheet to supervisors', () => {
    expect(checkRaterFits({ role: 'panel' }, 'center-departments', staff)).toEqual([]);
    expect(checkRaterFits({ role: 'supervisor' }, 'unit-leader', staff)).toEqual([]);
    expect(checkRaterFits(head, 'center-departments', otherHead)).toHaveLength(1);
    expect(checkRaterFits({ role: 'panel' }, 'unit-leader', staff)).toHaveLength(1);
  });
});
