/** Which rulebook version applies to a date (rulebook/in-force.ts, DOMAIN.md §7; issue 14 item 10). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK, DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { rulebookInForce } from '#core/rulebook/in-force';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { defineRulebook } from '#core/rulebook/schema';

const v = (version: string, effectiveFrom?: string) => defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, version, ...(effectiveFrom ? { effectiveFrom } : {}) });

describe('the rulebook in force on a date', () => {
  it('the seed default before any version is written', () => {
    expect(rulebookInForce([], '2026-10-09', DEFAULT_RULEBOOK)).toBe(DEFAULT_RULEBOOK);
  });

  it('a version without a date applies everywhere, and the one written last wins', () => {
    const [a, b] = [v('1.0.1'), v('1.0.2')];
    expect(rulebookInForce([a, b], '2020-01-01', DEFAULT_RULEBOOK).version).toBe('1.0.2');
  });

  it('a version for next year leaves this year under the one before; from its first day it applies', () => {
    const versions = [v('1.0.1'), v('2.0.0', '2027-01-01')];
    expect(rulebookInForce(versions, '2026-12-31', DEFAULT_RULEBOOK).version).toBe('1.0.1');
    expect(rulebookInForce(versions, '2027-01-01', DEFAULT_RULEBOOK).version).toBe('2.0.0');
    // Only a dated version written: before its date the seed default holds.
    expect(rulebookInForce([versions[1]!], '2026-12-31', DEFAULT_RULEBOOK)).toBe(DEFAULT_RULEBOOK);
  });

  it('a version starts on the first day of a month: months are scored under one version', () => {
    expect(() => v('2.0.0', '2027-01-15')).toThrow(/first day of a month/);
  });

  it('seed 004 is a July campaign: written after the regular rulebook, it holds July of every year and no other month', () => {
    const versions = [v('1.0.1'), SEED_004_PATROL];
    expect(SEED_004_PATROL.campaignMonths).toEqual([7]);
    expect(['2026-06-30', '2026-07-01', '2026-07-31', '2026-08-01', '2027-07-15'].map((d) => rulebookInForce(versions, d, DEFAULT_RULEBOOK).id)).toEqual([
      'default',
      'seed-004-patrol',
      'seed-004-patrol',
      'default',
      'seed-004-patrol',
    ]);
    // A center that writes only the campaign keeps the seed default outside July.
    expect(rulebookInForce([SEED_004_PATROL], '2026-10-09', DEFAULT_RULEBOOK)).toBe(DEFAULT_RULEBOOK);
  });
});
