import { describe, expect, it } from 'vitest';
import { type DeviceState, consecutiveFlags, lastRatingStartingAfresh, nextDeviceState } from '#core/rules/consecutive-ratings';

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

describe('a rating that starts its device afresh', () => {
  it('is one whose device rated last at or before the rating less the interval', () => {
    // 10:20:00 Beijing = 02:20:00 UTC, less 20 s.
    expect(lastRatingStartingAfresh(rating('r9', '2026-10-15T10:20:00+08:00'), 20)).toBe('2026-10-15T02:19:40.000Z');
  });

  it('steps to the same state from any state whose last rating is that early, and not from a later one', () => {
    const next = rating('r9', '2026-10-15T02:20:00Z', 'device-w03', 'A1');
    const state = (lastAt: string, burst: number): DeviceState => ({ last: rating('r8', lastAt, 'device-w03', 'A1'), firstAt: '2026-10-15T02:19:00Z', firstId: 'r7', burst });
    const afresh = nextDeviceState(undefined, next, 20);
    expect(afresh).toEqual({ kind: 'none', state: { last: next, firstAt: next.at, firstId: 'r9', burst: 1 } });
    for (const lastAt of ['2026-10-15T02:19:40Z', '2026-10-15T02:19:39Z', '2026-10-01T00:00:00Z']) {
      for (const burst of [1, 2, 5]) expect(nextDeviceState(state(lastAt, burst), next, 20), `${lastAt} ×${burst}`).toEqual(afresh);
    }
    // One second later than the bound is consecutive: the same service 19 s apart.
    expect(nextDeviceState(state('2026-10-15T02:19:41Z', 1), next, 20).kind).toBe('open');
  });
});

