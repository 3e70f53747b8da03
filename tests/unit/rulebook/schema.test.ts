import { describe, expect, it } from 'vitest';
import { contentHash } from '#core/canonical';
import { defaultRulebook, DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { SEED_000_YEARLY_GOLD } from '#core/rulebook/presets/seed-000-yearly-gold';
import { SEED_001_MONTHLY_CIVILIZED } from '#core/rulebook/presets/seed-001-monthly-civilized';
import { SEED_001_QUARTERLY_COMPOSITE } from '#core/rulebook/presets/seed-001-quarterly-composite';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import { type Rulebook, type RulebookInput, defineRulebook, rulebookContent } from '#core/rulebook/schema';

const ALL: Rulebook[] = [
  defaultRulebook(),
  SEED_000_YEARLY_GOLD,
  SEED_001_QUARTERLY_COMPOSITE,
  SEED_001_MONTHLY_CIVILIZED,
  SEED_002_MONTHLY_ASSESSMENT,
  SEED_004_PATROL,
];

const withoutHash = ({ hash: _hash, ...content }: Rulebook) => content;
const issuesOf = (input: unknown): string[] => {
  const parsed = rulebookContent.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};
const variant = (change: Partial<RulebookInput>): RulebookInput => ({ ...DEFAULT_RULEBOOK_CONTENT, ...change });

describe('rulebook schema', () => {
  it.each(ALL.map((rb) => [rb.id, rb] as const))('%s validates and its hash is the sha256 of its canonical content', (_id, rb) => {
    expect(issuesOf(withoutHash(rb))).toEqual([]);
    expect(rb.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rb.hash).toBe(contentHash(withoutHash(rb)));
  });

  it('has a distinct id and hash per preset', () => {
    expect(new Set(ALL.map((rb) => rb.id)).size).toBe(ALL.length);
    expect(new Set(ALL.map((rb) => rb.hash)).size).toBe(ALL.length);
  });

  it('the hash ignores key order and follows every number', () => {
    const reordered: unknown = Object.fromEntries(Object.entries(DEFAULT_RULEBOOK_CONTENT).reverse());
    expect(defineRulebook(reordered as RulebookInput).hash).toBe(defaultRulebook().hash);
    expect(defineRulebook(variant({ bonusCap: '9' })).hash).not.toBe(defaultRulebook().hash);
  });

  it('the default categories and numbers of DOMAIN.md §4.4', () => {
    const cats = (rb: Rulebook, subject: 'window' | 'officer') => rb[subject].categories.map((c) => [c.id, c.name.zh, c.max, c.components]);
    expect(cats(defaultRulebook(), 'officer')).toEqual([
      ['officer.ideology', '思想品德', '20', []],
      ['officer.discipline', '遵章守纪', '20', []],
      ['officer.duty', '履职尽责', '20', []],
      ['officer.efficiency', '工作效率', '25', []],
      ['officer.integrity', '廉洁自律', '10', []],
      ['officer.training', '学习培训', '5', []],
    ]);
    expect(cats(defaultRulebook(), 'window')).toEqual([
      ['window.service', '优质服务', '60', ['electronic-evaluation', 'hygiene']],
      ['window.integrity', '廉洁办公', '20', []],
      ['window.discipline', '工作纪律', '20', []],
    ]);
    expect([defaultRulebook().bonusCap, defaultRulebook().window.bonusCategory.id, defaultRulebook().officer.bonusCategory.id]).toEqual(['10', 'window.bonus', 'officer.bonus']);
    expect(defaultRulebook().attendance.signInBy).toBe('08:30');
    expect([defaultRulebook().notice.workingDays, defaultRulebook().appeal.workingDays]).toEqual([10, 5]);
    expect(defaultRulebook().honors.map((h) => [h.id, h.quota])).toEqual([
      ['quarterly-stars', { kind: 'fixed', places: 10 }],
      ['yearly-stars', { kind: 'fixed', places: 10 }],
      ['excellent-windows', { kind: 'fixed', places: 8 }],
    ]);
    expect(SEED_002_MONTHLY_ASSESSMENT.officer.categories.map((c) => [c.id, c.max])).toEqual([
      ['officer.de', '20'],
      ['officer.neng', '20'],
      ['officer.qin', '20'],
      ['officer.ji', '25'],
      ['officer.lian', '15'],
    ]);
  });

  it('every code, category and honor cites its seed clause', () => {
    for (const rb of ALL) {
      for (const c of rb.findingCodes) expect(c.source.clause.length).toBeGreaterThan(0);
      for (const c of [...rb.window.categories, ...rb.officer.categories]) expect(c.source.clause).toMatch(/§/);
      for (const h of rb.honors) expect(h.sources.length).toBeGreaterThan(0);
    }
  });

  it('refuses inconsistent rulebooks, naming the rule', () => {
    const [first, ...rest] = DEFAULT_RULEBOOK_CONTENT.findingCodes;
    const misplaced = { ...first!, category: 'officer.nowhere' };
    expect(issuesOf(variant({ findingCodes: [misplaced, ...rest] }))).toEqual([expect.stringMatching(/not a deduction category of its subject/)]);
    expect(issuesOf(variant({ findingCodes: [first!, first!] }))).toEqual([expect.stringMatching(/listed twice/)]);
    const officerBonusOnWindow = { ...first!, effect: 'bonus' as const, category: 'officer.bonus' };
    expect(issuesOf(variant({ findingCodes: [officerBonusOnWindow] }))).toEqual([expect.stringMatching(/not a bonus category/)]);
    expect(issuesOf(variant({ hygiene: undefined }))).toEqual([expect.stringMatching(/hygiene needs its rules/)]);
    const composite = SEED_001_QUARTERLY_COMPOSITE.honors[0]!;
    expect(issuesOf(variant({ honors: [composite] }))).toEqual([expect.stringMatching(/needs compositeWeights/)]);
    const orphan = { ...defaultRulebook().honors[1]!, entry: { kind: 'title-holders' as const, honorId: 'nope' } };
    expect(issuesOf(variant({ honors: [orphan] }))).toEqual([expect.stringMatching(/not a shorter-period honor/)]);
    const enterprise = { ...defaultRulebook().honors[2]!, subject: 'enterprise' as const, eligibility: {} };
    expect(issuesOf(variant({ honors: [enterprise] }))).toEqual([expect.stringMatching(/rank them by panel score/)]);
    expect(issuesOf(variant({ tieBreakers: [defaultRulebook().tieBreakers[0]!, defaultRulebook().tieBreakers[0]!] }))).toEqual([expect.stringMatching(/tie-breaker is listed twice/)]);
    const shares = { ...defaultRulebook().yearlyAssessment!, dailyWeight: '0.5' };
    expect(issuesOf(variant({ yearlyAssessment: shares }))).toEqual([
      expect.stringMatching(/must make 100/),
      expect.stringMatching(/must make 100/),
    ]);
    const grades = [{ grade: 'excellent' as const, min: '90' }, { grade: 'competent' as const, min: '95' }, { grade: 'incompetent' as const, min: '0' }];
    expect(issuesOf(variant({ monthlyOfficerGrades: grades }))).toEqual([expect.stringMatching(/fall strictly/)]);
    expect(issuesOf(variant({ version: 'v1' }))).toEqual([expect.stringMatching(/1.0.0/)]);
  });
});
