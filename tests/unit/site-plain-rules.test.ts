/**
 * "How scores work" in plain words: the numbers come from the rulebook, and no code, clause
 * or id of the rulebook shows in the plain part.
 */
import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '#core/rulebook/default';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import { plainRules } from '../../site/src/util/plain-rules.ts';

const text = (sections: ReturnType<typeof plainRules>): string =>
  sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.points ?? [])]).join('\n');

describe('the plain part of how scores work', () => {
  it('states the default rulebook with its own numbers, in both languages', () => {
    const zh = text(plainRules(defaultRulebook(), 'zh'));
    // The default's window categories: 优质服务 60, 廉洁办公 20, 工作纪律 20 (seed 002 §百分考核).
    expect(zh).toContain('优质服务（60 分）、廉洁办公（20 分）、工作纪律（20 分）');
    expect(zh).toContain(`拟表彰名单公示 ${defaultRulebook().notice.workingDays} 个工作日`);
    expect(zh).toContain('“季度服务明星”每季度评选：由各窗口推荐（5 人及以下的窗口推荐 1 名，人数更多的推荐 2 名）');
    expect(zh).toContain('名额 10 名');
    const en = text(plainRules(defaultRulebook(), 'en'));
    expect(en).toContain('What Windows and Staff Are Scored On');
    expect(en).toContain(`on public notice for ${defaultRulebook().notice.workingDays} working days`);
  });

  it('shows no finding code, category id, honor id or seed clause', () => {
    for (const book of [defaultRulebook(), SEED_002_MONTHLY_ASSESSMENT]) {
      for (const lang of ['zh', 'en'] as const) {
        const plain = text(plainRules(book, lang));
        const ids = [
          ...book.findingCodes.map((f) => f.code),
          ...book.window.categories.map((c) => c.id),
          ...book.officer.categories.map((c) => c.id),
          ...book.honors.map((h) => h.id),
          book.id,
        ];
        for (const id of ids) expect(plain, `${book.id} ${lang}`).not.toContain(id);
        expect(plain).not.toMatch(/seed|§/i);
      }
    }
  });
});
