import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '#core/rulebook/default';
import { type ExplainSection, explainRulebook } from '#core/rulebook/explain';
import type { Bilingual } from '#core/rulebook/fields';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';

const sections = explainRulebook(defaultRulebook());
const section = (id: string): ExplainSection => {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const rowsOf = (s: ExplainSection): (readonly Bilingual[])[] => s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
const textOf = (s: ExplainSection, lang: 'zh' | 'en'): string =>
  s.blocks.map((b) => (b.kind === 'paragraph' ? b.text[lang] : b.rows.map((r) => r.map((c) => c[lang]).join(' | ')).join('\n'))).join('\n');
const everything = (lang: 'zh' | 'en') => sections.map((s) => textOf(s, lang)).join('\n');

describe('how scores are computed (explain.ts)', () => {
  it('gives every section a heading in both languages', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'overview',
      'window-monthly',
      'electronic-evaluation',
      'hygiene',
      'officer-monthly',
      'bonuses',
      'attendance',
      'vetoes',
      'yearly-assessment',
      'honors',
    ]);
    for (const s of sections) {
      expect(s.heading.zh.length).toBeGreaterThan(0);
      expect(s.heading.en.length).toBeGreaterThan(0);
      for (const block of s.blocks) {
        if (block.kind === 'table') for (const row of block.rows) expect(row).toHaveLength(block.columns.length);
      }
    }
  });

  it('lists every category with its maximum', () => {
    for (const [subject, id] of [['window', 'window-monthly'], ['officer', 'officer-monthly']] as const) {
      const rows = rowsOf(section(id));
      for (const category of defaultRulebook()[subject].categories) {
        const row = rows.find((r) => r[0]!.zh === category.id);
        expect(row?.map((c) => c.zh).slice(0, 3)).toEqual([category.id, category.name.zh, category.max]);
      }
    }
  });

  it('lists every finding code once, with its points, unit and veto', () => {
    const codeRows = sections
      .filter((s) => ['window-monthly', 'officer-monthly', 'bonuses'].includes(s.id))
      .flatMap(rowsOf)
      .filter((r) => r.length === 6);
    for (const code of defaultRulebook().findingCodes) {
      const rows = codeRows.filter((r) => r[0]!.zh === code.code);
      expect(rows, code.code).toHaveLength(1);
      const points = 'fixed' in code.points ? code.points.fixed : `${code.points.min}–${code.points.max}`;
      expect(rows[0]![2]!.zh).toBe(`${code.effect === 'bonus' ? '+' : '−'}${points}`);
      expect(rows[0]![1]).toEqual({ zh: code.zh, en: code.en });
      expect(rows[0]![5]!.en).toContain(code.source.clause);
    }
    const vetoRows = rowsOf(section('vetoes'));
    expect(vetoRows.map((r) => r[0]!.zh).sort()).toEqual(defaultRulebook().findingCodes.filter((c) => c.veto !== 'none').map((c) => c.code).sort());
  });

  it('states the electronic evaluation and hygiene numbers of the rulebook', () => {
    const ee = defaultRulebook().electronicEvaluation!;
    const eeRows = rowsOf(section('electronic-evaluation')).map((r) => r.map((c) => c.en));
    expect(eeRows).toContainEqual(['0–50', '⌈0.70 × volume⌉']);
    expect(eeRows).toContainEqual(['≥ 201', '100 ratings']);
    expect(eeRows).toContainEqual(['1–10', '−1']);
    expect(eeRows).toContainEqual(['> 40', '−5']);
    expect(eeRows).toContainEqual(['refusing a rating', `−${ee.conductDeductions.refused}`]);
    expect(eeRows).toContainEqual(['self-rating', `−${ee.conductDeductions['self-rating']}`]);
    const hygieneRows = rowsOf(section('hygiene'));
    for (const item of defaultRulebook().hygiene!.items) expect(hygieneRows.map((r) => r[0]!.zh)).toContain(item.name.zh);
    expect(textOf(section('hygiene'), 'en')).toContain('inspection score × 5 ÷ 100');
  });

  it('states the bonus cap, grades, attendance cut-off, yearly shares and honors', () => {
    expect(textOf(section('bonuses'), 'zh')).toContain('满分加10分（窗口 110 分，工作人员 110 分）');
    expect(textOf(section('attendance'), 'zh')).toContain('08:30前（含）签到');
    expect(textOf(section('officer-monthly'), 'zh')).toContain('优秀 | 90');
    const yearly = textOf(section('yearly-assessment'), 'zh');
    expect(yearly).toContain('× 0.6（占60%；每月得分计入时以100分为限）');
    expect(yearly).toContain('窗口负责人 | 各窗口负责人互评 | 6');
    expect(yearly).toContain('一般工作人员 | 窗口负责人 | 10');
    expect(yearly).toContain('不超过参加考核人数的20%');
    const honors = textOf(section('honors'), 'en');
    expect(honors).toContain('quarterly service stars | quarterly | nominated | mean monthly score | 10 | heads of the lowest 3 windows excluded');
    expect(honors).toContain('excellent service windows | yearly | everyone | mean monthly score | 8 | 100% completed on time');
    expect(honors).toContain('satisfaction rate, then deduction points, then sign-in rate');
    expect(honors).toContain('10 working days');
    expect(everything('zh')).toContain(defaultRulebook().hash.slice(0, 12));
  });

  it('explains a preset without the parts it does not use', () => {
    const preset = explainRulebook(SEED_002_MONTHLY_ASSESSMENT);
    expect(preset.map((s) => s.id)).not.toContain('electronic-evaluation');
    expect(preset.map((s) => s.id)).not.toContain('hygiene');
    const honors = preset.find((s) => s.id === 'honors')!;
    expect(textOf(honors, 'zh')).toContain('不超过20%，至少1');
    expect(textOf(honors, 'zh')).toContain('90分以上');
  });
});
