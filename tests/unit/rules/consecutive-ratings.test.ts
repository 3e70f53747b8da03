import { describe, expect, it } from 'vitest';
import { type DeviceState, consecutiveFlags, nextDeviceState } from '#core/rules/consecutive-ratings';

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
        ratings: 2,
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

  it('at intake, one device state per device finds the same bursts, one rating at a time', () => {
    // Ratings of two devices interleaved, in order: d1 a,b,c 10 s and 15 s apart (one burst),
    // d (20 s after c) starts afresh; d2 x,y 5 s apart (a burst of two).
    const ratings = [
      rating('a', '2026-09-11T02:00:00Z', 'd1'),
      rating('x', '2026-09-11T02:00:02Z', 'd2'),
      rating('y', '2026-09-11T02:00:07Z', 'd2'),
      rating('b', '2026-09-11T02:00:10Z', 'd1'),
      rating('c', '2026-09-11T02:00:25Z', 'd1'),
      rating('d', '2026-09-11T02:00:45Z', 'd1'),
    ];
    const states = new Map<string, DeviceState>();
    const steps: string[] = [];
    const counts = new Map<string, number>();
    for (const r of ratings) {
      const step = nextDeviceState(states.get(r.device), r, 20);
      if (step.kind === 'out-of-order') throw new Error('in order');
      states.set(r.device, step.state);
      steps.push(`${r.recordId}:${step.kind}`);
      if (step.kind === 'open') counts.set(step.flag.flagId, step.flag.ratings);
      if (step.kind === 'extend') counts.set(step.flagId, counts.get(step.flagId)! + 1);
    }
    expect(steps).toEqual(['a:none', 'x:none', 'y:open', 'b:open', 'c:extend', 'd:none']);
    const batch = consecutiveFlags(ratings, 20);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(batch.map((f) => [f.flagId, f.ratings])));
    // A rating older than the device's last (sent late from an offline queue) moves nothing.
    expect(nextDeviceState(states.get('d1'), rating('late', '2026-09-11T02:00:01Z', 'd1'), 20)).toEqual({ kind: 'out-of-order' });
  });
});
