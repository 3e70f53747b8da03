import { describe, expect, it } from 'vitest';
import { consecutiveFlags } from '#core/rules/consecutive-ratings';

const rating = (recordId: string, at: string, device = 'device-w03', caseNumber?: string) => ({
  recordId,
  device,
  at,
  ...(caseNumber ? { caseNumber } : {}),
});

describe('consecutive ratings (连续评价), interval 20 s', () => {
  it('flags two ratings of one device 7 s apart with no case number', () => {
    const flags = consecutiveFlags(
      [rating('r2', '2026-09-11T02:34:46Z'), rating('r1', '2026-09-11T02:34:39Z'), rating('r3', '2026-09-11T03:10:00Z')],
      20,
    );
    expect(flags).toEqual([
      {
        flagId: 'flag:device-w03:2026-09-11T02:34:39Z',
        device: 'device-w03',
        ratingIds: ['r1', 'r2'],
        firstAt: '2026-09-11T02:34:39Z',
        lastAt: '2026-09-11T02:34:46Z',
      },
    ]);
  });

  it('keeps a burst of three as one flag; 20 s apart is no longer "less than 20 s"', () => {
    const flags = consecutiveFlags(
      [rating('a', '2026-09-11T02:00:00Z'), rating('b', '2026-09-11T02:00:10Z'), rating('c', '2026-09-11T02:00:25Z'), rating('d', '2026-09-11T02:00:45Z')],
      20,
    );
    // a→b 10 s, b→c 15 s: one burst a,b,c; c→d exactly 20 s: not flagged
    expect(flags.map((f) => f.ratingIds)).toEqual([['a', 'b', 'c']]);
  });

  it('does not flag two services with their own case numbers, nor two devices', () => {
    expect(consecutiveFlags([rating('a', '2026-09-11T02:00:00Z', 'd1', 'SL1'), rating('b', '2026-09-11T02:00:05Z', 'd1', 'SL2')], 20)).toEqual([]);
    expect(consecutiveFlags([rating('a', '2026-09-11T02:00:00Z', 'd1'), rating('b', '2026-09-11T02:00:05Z', 'd2')], 20)).toEqual([]);
    // the same case number rated twice is one service rated twice
    expect(consecutiveFlags([rating('a', '2026-09-11T02:00:00Z', 'd1', 'SL1'), rating('b', '2026-09-11T02:00:05Z', 'd1', 'SL1')], 20)).toHaveLength(1);
  });

  it('gives the same flags whatever the order of the input', () => {
    const input = [rating('x', '2026-09-11T02:00:03Z'), rating('y', '2026-09-11T02:00:00Z'), rating('z', '2026-09-11T02:00:09Z', 'd9')];
    expect(consecutiveFlags([...input].reverse(), 20)).toEqual(consecutiveFlags(input, 20));
  });
});
