/**
 * The officer sheets (core/spreadsheets/exports.ts): officers' scores over a period with the
 * mean of the months scored, and the yearly assessment with its grade or why there is none.
 */
import { describe, expect, it } from 'vitest';
import { officerScoresSheet, yearlyAssessmentSheet } from '#core/spreadsheets/exports';

const officers = [
  { officerId: 'o001', name: '方海', window: '企业开办综合窗口', role: 'head' as const },
  { officerId: 'o002', name: '李静', window: '企业开办综合窗口', role: 'staff' as const },
];
const at = new Date('2026-11-16T02:00:00Z');

describe('officers’ scores', () => {
  it('gives a quarter one column a month and the mean of the months scored, two decimals half up', () => {
    const sheet = officerScoresSheet({
      period: '2026-Q3',
      months: ['2026-07', '2026-08', '2026-09'],
      centerName: '示范区政务服务中心',
      officers,
      // o001: 88.5 and 91.25 scored, August not: (88.5 + 91.25) / 2 = 89.875 → 89.88.
      scores: [
        { officerId: 'o001', month: '2026-07', score: '177/2', grade: 'competent' },
        { officerId: 'o001', month: '2026-09', score: '365/4', grade: 'excellent' },
      ],
      rulebook: { id: 'default', version: '1.0.0', hash: 'h' },
      exportedAt: at,
    });
    expect(sheet.about).toEqual([
      ['期间', '2026-Q3'],
      ['规则版本', 'default 1.0.0'],
      ['导出时间', '2026-11-16 10:00（北京时间）'],
    ]);
    expect(sheet.columns.map((c) => c.header)).toEqual(['工号', '姓名', '所在窗口', '岗位', '2026-07 得分', '2026-08 得分', '2026-09 得分', '已计分月数', '月均得分']);
    expect(sheet.rows).toEqual([
      ['o001', '方海', '企业开办综合窗口', '负责人', 88.5, null, 91.25, 2, 89.88],
      ['o002', '李静', '企业开办综合窗口', '工作人员', null, null, null, 0, null],
    ]);
  });

  it('gives a month its score and grade in words', () => {
    const sheet = officerScoresSheet({
      period: '2026-10',
      months: ['2026-10'],
      centerName: '中心',
      officers,
      scores: [{ officerId: 'o001', month: '2026-10', score: '74996/1000', grade: 'basic' }],
      rulebook: null,
      exportedAt: at,
    });
    expect(sheet.columns.map((c) => c.header).slice(4)).toEqual(['得分', '等次']);
    // 74.996 shows as 75.00; the stored grade is the score run's, shown in words.
    expect(sheet.rows).toEqual([
      ['o001', '方海', '企业开办综合窗口', '负责人', 75, '基本称职'],
      ['o002', '李静', '企业开办综合窗口', '工作人员', null, '未计分'],
    ]);
    expect(sheet.about[1]).toEqual(['规则版本', '尚未计分']);
  });
});

describe('the yearly assessment sheet', () => {
  it('gives the total and grade, 不定等次 without one, and the reason where there is no result', () => {
    const sheet = yearlyAssessmentSheet({
      year: '2026',
      centerName: '中心',
      officers: [...officers, { officerId: 'o003', name: '王磊', window: '社保窗口', role: 'staff' }, { officerId: 'o004', name: '赵敏', window: '社保窗口', role: 'staff' }],
      assessments: [
        { officerId: 'o001', status: 'assessed', totalShown: '91.20', grade: 'competent', capped: true },
        { officerId: 'o002', status: 'assessed', totalShown: '85.00', grade: null },
        { officerId: 'o003', status: 'incomplete', missing: ['2026-03'] },
      ],
      excellentCap: 4,
      rulebook: { id: 'default', version: '1.0.0', hash: 'h' },
      exportedAt: at,
    });
    expect(sheet.about[1]).toEqual(['优秀名额上限', '4']);
    expect(sheet.rows).toEqual([
      ['o001', '方海', '企业开办综合窗口', '负责人', '已考核', 91.2, '称职', '超出优秀名额，评为称职'],
      ['o002', '李静', '企业开办综合窗口', '工作人员', '已考核', 85, '不定等次', ''],
      ['o003', '王磊', '社保窗口', '工作人员', '资料不全', null, '', '缺：2026-03'],
      ['o004', '赵敏', '社保窗口', '工作人员', '未考核', null, '', '本年度尚无考核结果'],
    ]);
  });
});
