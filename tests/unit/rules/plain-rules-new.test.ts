/** The "how scores work" page's plain sentences for the rules of issue 14 items 5, 6 and 8 (site/src/util/plain-rules.ts). */
import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { SEED_004_PATROL } from '#core/rulebook/presets/seed-004-patrol';
import type { Rulebook } from '#core/rulebook/schema';
import { plainRules } from '../../../site/src/util/plain-rules.ts';

const text = (book: Rulebook, lang: 'zh' | 'en') => plainRules(book, lang).flatMap((s) => [...s.paragraphs, ...(s.points ?? [])]).join('\n');

describe('plain sentences where the rulebook has the rule, and only there', () => {
  it('verified complaints act by themselves, and smoking where inspections are scored', () => {
    expect(text(defaultRulebook(), 'zh')).toContain('投诉一经核实');
    expect(text(defaultRulebook(), 'en')).toContain('A hygiene inspection that finds smoking');
    expect(text(SEED_004_PATROL, 'en')).not.toContain('A hygiene inspection that finds smoking');
  });

  it('seed 002: window and staff grades with their caps as the rulebook sets them (20%, 15%), and window grades published', () => {
    const zh = text(SEED_002_MONTHLY_ASSESSMENT, 'zh');
    expect(zh).toContain('优秀窗口不超过窗口总数的20%，优秀工作人员不超过15%');
    expect(zh).toContain('各窗口每月的考核等次');
    expect(text(defaultRulebook(), 'zh')).not.toContain('考核等次');
  });

  it('seed 004: a July campaign; one patrol finding costs staff member and window', () => {
    const en = text(SEED_004_PATROL, 'en');
    expect(en).toContain('they apply in July of each year only');
    expect(en).toContain('the staff member and their window both lose the points');
    expect(text(defaultRulebook(), 'en')).not.toContain('campaign');
  });
});
