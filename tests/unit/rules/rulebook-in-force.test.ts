/** Which rulebook version applies to a date, and its hygiene items at intake (rulebook/in-force.ts, DOMAIN.md §7; issue 14 items 8, 10). */
import { describe, expect, it } from 'vitest';
import { inspectionRecord } from '#core/records/inspection';
import { defaultRulebook, DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { rulebookInForce } from '#core/rulebook/in-force';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { defineRulebook } from '#core/rulebook/schema';

const v = (version: string, effectiveFrom?: string) => defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, version, ...(effectiveFrom ? { effectiveFrom } : {}) });

describe('the rulebook in force on a date', () => {
  it('the seed default before any version is written', () => {
    expect(rulebookInForce([], '2026-10-09', defaultRulebook())).toBe(defaultRulebook());
  });

  it('a version without a date applies everywhere, and the one written last wins', () => {
    const [a, b] = [v('1.0.1'), v('1.0.2')];
    expect(rulebookInForce([a, b], '2020-01-01', defaultRulebook()).version).toBe('1.0.2');
  });

  it('a version for next year leaves this year under the one before; from its first day it applies', () => {
    const versions = [v('1.0.1'), v('2.0.0', '2027-01-01')];
    expect(rulebookInForce(versions, '2026-12-31', defaultRulebook()).version).toBe('1.0.1');
    expect(rulebookInForce(versions, '2027-01-01', defaultRulebook()).version).toBe('2.0.0');
    // Only a dated version written: before its date the seed default holds.
    expect(rulebookInForce([versions[1]!], '2026-12-31', defaultRulebook())).toBe(defaultRulebook());
  });

  it('a version starts on the first day of a month: months are scored under one version', () => {
    expect(() => v('2.0.0', '2027-01-15')).toThrow(/first day of a month/);
  });

  it('seed 004 is a July campaign: written after the regular rulebook, it holds July of every year and no other month', () => {
    const versions = [v('1.0.1'), SEED_004_PATROL];
    expect(SEED_004_PATROL.campaignMonths).toEqual([7]);
    expect(['2026-06-30', '2026-07-01', '2026-07-31', '2026-08-01', '2027-07-15'].map((d) => rulebookInForce(versions, d, defaultRulebook()).id)).toEqual([
      'default',
      'seed-004-patrol',
      'seed-004-patrol',
      'default',
      'seed-004-patrol',
    ]);
    // A center that writes only the campaign keeps the seed default outside July.
    expect(rulebookInForce([SEED_004_PATROL], '2026-10-09', defaultRulebook())).toBe(defaultRulebook());
  });
});

describe('hygiene items are the center’s rulebook’s (issue 14 item 10)', () => {
  const inspection = (item: string, points?: string) =>
    inspectionRecord.body.parse({ windowId: 'w01', quarter: '2026-Q4', date: '2026-10-15', inspector: '第三方', deductions: [{ item, ...(points ? { points } : {}) }] });
  const own = defineRulebook({
    ...DEFAULT_RULEBOOK_CONTENT,
    version: '1.0.3',
    hygiene: {
      ...DEFAULT_RULEBOOK_CONTENT.hygiene,
      items: [...DEFAULT_RULEBOOK_CONTENT.hygiene.items, { id: 'window-glass', name: { zh: '窗口玻璃有污渍', en: 'Smudged counter glass' }, points: { min: '0.5', max: '1' }, clause: '本中心补充规定 第2条' }],
    },
  });

  it('a center’s own item is taken within its own range; the seed default does not know it', () => {
    expect(inspectionRecord.checkRules!(inspection('window-glass', '1'), own)).toEqual([]);
    expect(inspectionRecord.checkRules!(inspection('window-glass', '1.5'), own).map((i) => i.path)).toEqual(['deductions.0.points']);
    expect(inspectionRecord.checkRules!(inspection('window-glass', '1'), defaultRulebook()).map((i) => i.message)).toEqual([
      'window-glass is not a hygiene item of the center’s rulebook / 本中心评选规则中没有该卫生检查项',
    ]);
  });

  it('a rulebook without hygiene inspections takes none', () => {
    expect(inspectionRecord.checkRules!(inspection('dust', '1'), SEED_004_PATROL).map((i) => i.path)).toEqual(['deductions']);
  });
});
