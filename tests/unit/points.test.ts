import { describe, expect, it } from 'vitest';
import { add, div, format2, fraction, fromExact, mean, mul, pts, sub, toExact, toHundredths } from '#core/points';

describe('exact points', () => {
  it('reads decimals exactly, never through binary floating point', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floats; exactly 3/10 here.
    expect(toExact(add(pts('0.1'), pts('0.2')))).toBe('3/10');
    expect(toExact(add(pts(0.1), pts(0.2)))).toBe('3/10');
    expect(toExact(pts('-2.50'))).toBe('-5/2');
  });

  it('rounds half up to two decimals only at the end', () => {
    // 98.5 × 5 / 100 = 4.925 → 4.93 (half up; a float gives 4.92499…)
    expect(format2(div(mul(pts('98.5'), pts(5)), pts(100)))).toBe('4.93');
    // 5 × 20 / 21 = 4.7619… → 4.76
    expect(format2(fraction(100, 21))).toBe('4.76');
    expect(toHundredths(pts('-0.125'))).toBe(-13);
    expect(format2(pts('-0.125'))).toBe('-0.13');
    expect(format2(pts('0.004'))).toBe('0.00');
  });

  it('keeps thirds exact through a mean', () => {
    // (90 + 85 + 88) / 3 = 263/3 = 87.666…; × 0.8 = 70.1333…
    const m = mean([pts(90), pts(85), pts(88)]);
    expect(toExact(m)).toBe('263/3');
    expect(format2(mul(m, pts('0.8')))).toBe('70.13');
    expect(toExact(sub(m, m))).toBe('0');
  });

  it('round-trips the exact text form and rejects junk', () => {
    expect(toExact(fromExact('100/21'))).toBe('100/21');
    expect(() => fromExact('1.5')).toThrow(RangeError);
    expect(() => pts('1e3')).toThrow(RangeError);
    expect(() => fraction(1, 0)).toThrow(RangeError);
  });
});
