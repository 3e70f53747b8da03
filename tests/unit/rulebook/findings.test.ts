import { describe, expect, it } from 'vitest';
import { cmp, pts } from '#core/points';
import { type FindingCode, findingCode } from '#core/rulebook/finding-code';
import { BONUS_CODES } from '#core/rulebook/findings/bonus';
import { defaultFindingCodes, SEED_002_OFFICER_CATEGORY } from '#core/rulebook/findings/index';
import { OFFICER_FINDING_CODES } from '#core/rulebook/findings/officer';
import { VETO_CODES } from '#core/rulebook/findings/veto';
import { WINDOW_FINDING_CODES } from '#core/rulebook/findings/window';

const RAW = [...WINDOW_FINDING_CODES, ...OFFICER_FINDING_CODES, ...BONUS_CODES, ...VETO_CODES];

const DEDUCTION_CATEGORIES = {
  window: ['window.service', 'window.integrity', 'window.discipline'],
  officer: [
    'officer.ideology',
    'officer.discipline',
    'officer.duty',
    'officer.efficiency',
    'officer.integrity',
    'officer.training',
  ],
} as const;
const BONUS_CATEGORIES = { window: 'window.bonus', officer: 'officer.bonus' } as const;

/**
 * Section headings as they stand in the seeds (copied from ../shared/seeds/), so that a
 * reader can find every cited clause. A clause starts with `§` and one of these.
 */
const SEED_HEADINGS: Record<FindingCode['source']['seed'], readonly string[]> = {
  '000': [],
  '001': ['文明服务窗口优质服务标兵创建活动实施方案'],
  '002': [
    '窗口单位考核实施细则',
    '窗口工作人员考核实施细则',
    '最佳窗口单位评比考核办法',
    '项目首接责任制试行办法',
    '行政许可过错责任追究制度',
  ],
  '003': [
    '窗口工作人员学习培训制度',
    '禁烟制度',
    'IT设备使用管理规定',
    '服务质量电子评价考核办法',
    '优秀服务窗口和服务明星评选办法',
    '投诉处置办法',
    '服务承诺制度',
  ],
  '004': ['三、活动安排'],
};

const byCode = new Map(defaultFindingCodes().map((c) => [c.code, c]));
function get(code: string): FindingCode {
  const found = byCode.get(code);
  if (!found) throw new Error(`no finding code ${code}`);
  return found;
}

describe('finding code tables', () => {
  it('every entry passes the schema', () => {
    for (const input of RAW) {
      const result = findingCode.safeParse(input);
      expect(result.success, `${input.code}: ${result.error?.message}`).toBe(true);
    }
    expect(defaultFindingCodes()).toHaveLength(RAW.length);
  });

  it('codes are unique', () => {
    const codes = defaultFindingCodes().map((c) => c.code);
    const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
    expect(repeated).toEqual([]);
  });

  it('each code sits in a known category of its own subject and effect', () => {
    for (const c of defaultFindingCodes()) {
      // A category belongs to one subject, so no code may serve both.
      expect(c.subject, c.code).not.toBe('both');
      const subject = c.subject as 'window' | 'officer';
      if (c.effect === 'bonus') {
        expect(c.category, c.code).toBe(BONUS_CATEGORIES[subject]);
      } else {
        expect(DEDUCTION_CATEGORIES[subject], c.code).toContain(c.category);
      }
    }
  });

  it('code prefixes say what the code is', () => {
    for (const c of defaultFindingCodes()) {
      const letter = c.subject === 'window' ? 'W' : 'O';
      if (c.code.startsWith('V-')) {
        expect(c.code.startsWith(`V-${letter}-`), c.code).toBe(true);
        expect(c.veto, c.code).not.toBe('none');
        expect(c.points, c.code).toEqual({ fixed: '0' });
      } else if (c.code.startsWith('B-')) {
        expect(c.code.startsWith(`B-${letter}-`), c.code).toBe(true);
        expect(c.effect, c.code).toBe('bonus');
      } else {
        expect(c.code.startsWith(`${letter}-`), c.code).toBe(true);
        expect(c.effect, c.code).toBe('deduction');
      }
    }
  });

  it('only veto codes are worth 0 points; ranges have 0 < min ≤ max', () => {
    for (const c of defaultFindingCodes()) {
      if ('fixed' in c.points) {
        if (!c.code.startsWith('V-')) expect(cmp(pts(c.points.fixed), pts(0)), c.code).toBe(1);
      } else {
        expect(cmp(pts(c.points.min), pts(0)), c.code).toBe(1);
        expect(cmp(pts(c.points.min), pts(c.points.max)), c.code).toBeLessThanOrEqual(0);
      }
    }
  });

  it('each code cites a clause a reader can find in its seed', () => {
    for (const c of defaultFindingCodes()) {
      const headings = SEED_HEADINGS[c.source.seed];
      const cited = headings.some((h) => c.source.clause.startsWith(`§${h}`));
      expect(cited, `${c.code}: ${c.source.clause}`).toBe(true);
      expect(c.zh.trim(), c.code).not.toBe('');
      expect(c.en.trim(), c.code).not.toBe('');
    }
  });

  it('scales by level only for media, by case and working day only for overdue cases', () => {
    const byPer = (per: FindingCode['per']) =>
      defaultFindingCodes().filter((c) => c.per === per)
        .map((c) => c.code)
        .sort();
    expect(byPer('level')).toEqual(['B-O-MEDIA-PRAISE', 'B-W-MEDIA-PRAISE', 'W-SVC-MEDIA-CRITICISM']);
    expect(byPer('case-working-day')).toEqual(['O-EFF-CASE-OVERDUE', 'W-SVC-CASE-OVERDUE']);
  });
});

describe('vetoes of DOMAIN.md §5', () => {
  // [code, scope]: every §5 event, for each subject the seed names.
  it.each([
    // seed 003 §优秀服务窗口和服务明星评选办法 三、(四)一票否决制: "经查实，窗口及工作人员有下列情形之一的取消评优资格"
    ['V-W-COMPLAINT-12345', 'year'], // 1. 有12345转来的投诉
    ['V-O-COMPLAINT-12345', 'year'],
    ['V-W-PHONE-MYSTERY-SHOPPER', 'year'], // 2. 被第三方暗访拍摄到有玩手机等情况
    ['V-O-PHONE-MYSTERY-SHOPPER', 'year'],
    ['V-W-SMOKING', 'year'], // 3. 有在禁烟区吸烟的情况
    ['V-O-SMOKING', 'year'],
    ['V-W-MISCONDUCT-ADVERSE', 'year'], // 4. 涉嫌违纪违规行为，造成不良影响
    ['V-O-MISCONDUCT-ADVERSE', 'year'],
    // seed 003 §投诉处置办法 五、(四)1: "取消当季度服务明星、当年度服务明星和优秀服务窗口的评选资格"
    ['V-W-COMPLAINT-VERIFIED', 'year'],
    ['V-O-COMPLAINT-VERIFIED', 'year'],
    // seed 003 §服务承诺制度 二、7: "未按承诺内容办理人员…取消季度评优资格"
    ['V-O-COMMITMENT-BREACH', 'quarter'],
    // seed 001: "凡有下列行为之一的，取消窗口和个人季度评优评先资格"
    ['V-W-APPROVAL-REFORM-BREACH', 'quarter'], // 1. 违反有关行政审批制度改革等有关规定
    ['V-O-APPROVAL-REFORM-BREACH', 'quarter'],
    ['V-W-CRITICISED-OR-EXPOSED', 'quarter'], // 2. 通报批评、被新闻媒体曝光
    ['V-O-CRITICISED-OR-EXPOSED', 'quarter'],
    ['V-W-COMPLAINT-ADVERSE', 'quarter'], // 3. 投诉经查证属实、造成不良影响
    ['V-O-COMPLAINT-ADVERSE', 'quarter'],
    ['V-W-CORRUPTION', 'quarter'], // 4. 吃、拿、卡、要
    ['V-O-CORRUPTION', 'quarter'],
    ['V-W-MAJOR-INCIDENT', 'quarter'], // 5. 安全责任、维稳等重大事件
    ['V-O-MAJOR-INCIDENT', 'quarter'],
    ['V-W-OVERDUE-CASE', 'quarter'], // 6. 由于窗口原因导致有超期办件
    ['V-O-OVERDUE-CASE', 'quarter'],
  ] as const)('%s vetoes for the %s', (code, scope) => {
    const veto = get(code);
    expect(veto.veto).toBe(scope);
    expect(veto.subject).toBe(code.startsWith('V-W-') ? 'window' : 'officer');
  });

  it('seed 002 deductions that withdraw the year’s excellent-window title carry the veto themselves', () => {
    // "情节严重的，扣10分，取消全年评比“优秀”窗口的资格"
    expect(get('W-SVC-ATTITUDE-SEVERE')).toMatchObject({ points: { fixed: '10' }, veto: 'year' });
    // "“吃、拿、卡、要”等不廉洁行为的一次扣10分，并通报批评，取消全年评比“优秀”窗口资格"
    expect(get('W-INT-CORRUPTION')).toMatchObject({ points: { fixed: '10' }, veto: 'year' });
  });
});

describe('points as the seeds give them', () => {
  it.each([
    // seed 002 §窗口单位考核实施细则 (一)1: "由于窗口服务态度不好，引起投诉调查属实的，每次扣5分；与服务对象争吵的，每次扣5分"
    ['W-SVC-COMPLAINT-VERIFIED', { fixed: '5' }, 'window.service'],
    ['W-SVC-QUARREL', { fixed: '5' }, 'window.service'],
    // (一)2: "未将办事须知和有关申报表格放在规定位置的，每件扣1分"
    ['W-SVC-NOTICE-MISSING', { fixed: '1' }, 'window.service'],
    // (一)2: "无故超过办件的承诺时限，每件每超过1个工作日扣5分"
    ['W-SVC-CASE-OVERDUE', { fixed: '5' }, 'window.service'],
    // (一)4: "因工作人员不负责任办理成答复件的，每次扣3分；属有意刁难的，扣8分"
    ['W-SVC-REPLY-MISCLASSIFIED-DELIBERATE', { fixed: '8' }, 'window.service'],
    // (二)4: "在部门窗口收取与行政许可事项无关的费用…每件扣10分"
    ['W-INT-FEE-UNLAWFUL', { fixed: '10' }, 'window.integrity'],
    // (三)5: "窗口工作人员行为不文明…造成不良影响的，每次扣1–5分"
    ['W-DISC-UNCIVIL-CONDUCT', { min: '1', max: '5' }, 'window.discipline'],
    // (三)4: "上班时间，各窗口不得无人值守，每发生一次扣5分"
    ['W-DISC-UNSTAFFED', { fixed: '5' }, 'window.discipline'],
    // seed 002 §窗口工作人员考核实施细则 (三)勤 1: "无故迟到、早退、离岗，每次扣2分，旷工每次扣5分"
    ['O-DISC-LATE', { fixed: '2' }, 'officer.discipline'],
    ['O-DISC-ABSENT-WITHOUT-LEAVE', { fixed: '5' }, 'officer.discipline'],
    // (一)德 1: "不按时参加中心组织的政治学习、文体活动每次扣1分，不参加的每次扣2分"
    ['O-TRAIN-ABSENT', { fixed: '2' }, 'officer.training'],
    // (四)绩 2: "受理办件超过承诺时限，每超一天扣3分"
    ['O-EFF-CASE-OVERDUE', { fixed: '3' }, 'officer.efficiency'],
    // (五)廉: "“吃、拿、卡、要”等不廉洁行为的，一次扣10分…违反中心有关收费管理规定的，每次扣5分"
    ['O-INT-CORRUPTION', { fixed: '10' }, 'officer.integrity'],
    ['O-INT-FEE-VIOLATION', { fixed: '5' }, 'officer.integrity'],
    // seed 003 §服务质量电子评价考核办法 三、(一)5: "如拒绝服务相对人评议的每次扣2.5分；如有连续评价现象的每次扣1分"
    ['O-EVAL-REFUSED', { fixed: '2.5' }, 'officer.discipline'],
    ['O-EVAL-CONSECUTIVE', { fixed: '1' }, 'officer.discipline'],
    // seed 003 §卫生工作考核办法 三、(二)5: "如有在禁烟区域内吸烟的，扣5分"
    ['O-DISC-SMOKING', { fixed: '5' }, 'officer.discipline'],
    // seed 004 §五、保障措施 3: "发生…第（一）条1、2、3、4项列举的每个具体要求的，每次扣1分；…第5项…每次扣2分"
    ['O-PATROL-BADGE', { fixed: '1' }, 'officer.discipline'],
    ['O-PATROL-NO-ONE-TIME-NOTICE', { fixed: '1' }, 'officer.duty'],
    ['O-PATROL-GIFT', { fixed: '2' }, 'officer.integrity'],
    ['W-PATROL-INTEGRITY', { fixed: '2' }, 'window.integrity'],
    // seed 002 §窗口工作人员考核实施细则 (一)德 3: "区级加3分，市级加6分，省级加9分，国家级加12分，服务对象书面感谢和表扬的，每次加2分"
    ['B-O-MEDIA-PRAISE', { fixed: '3' }, 'officer.bonus'], // × level 1–4 = 3, 6, 9, 12
    ['B-O-THANKS-LETTER', { fixed: '2' }, 'officer.bonus'],
    // seed 002 §最佳窗口单位评比考核办法 二、6: "服务对象赠送锦旗感谢的加5分；服务对象有书面感谢信的加2分"
    ['B-W-BANNER', { fixed: '5' }, 'window.bonus'],
    ['B-W-THANKS-LETTER', { fixed: '2' }, 'window.bonus'],
    // seed 002 §窗口单位考核实施细则 (二)2: "服务过程中主动上交服务对象所送各种礼物、礼金等，一次加5分"
    ['B-W-GIFT-HANDED-IN', { fixed: '5' }, 'window.bonus'],
  ] as const)('%s', (code, points, category) => {
    expect(get(code)).toMatchObject({ points, category });
  });

  it('every seed-004 patrol item costs the officer 1 point (items 1–4) or 2 (item 5)', () => {
    const patrol = defaultFindingCodes().filter((c) => c.source.seed === '004');
    expect(patrol.length).toBeGreaterThan(0);
    for (const c of patrol) {
      const item5 = c.source.clause.includes('5、坚决做到廉洁自律');
      expect(c.points, c.code).toEqual({ fixed: item5 ? '2' : '1' });
    }
  });
});

describe('SEED_002_OFFICER_CATEGORY', () => {
  const officerRules = '§窗口工作人员考核实施细则';
  const fromSeed002Rules = defaultFindingCodes().filter(
    (c) => c.source.seed === '002' && c.source.clause.startsWith(officerRules) && c.effect === 'deduction',
  );

  it('lists exactly the officer deductions of seed 002’s officer rules', () => {
    expect(Object.keys(SEED_002_OFFICER_CATEGORY).sort()).toEqual(fromSeed002Rules.map((c) => c.code).sort());
    expect(fromSeed002Rules.every((c) => c.subject === 'officer')).toBe(true);
  });

  it('maps each code to the heading its clause cites', () => {
    const heading = { '(一)德': 'officer.de', '(二)能': 'officer.neng', '(三)勤': 'officer.qin', '(四)绩': 'officer.ji', '(五)廉': 'officer.lian' };
    for (const c of fromSeed002Rules) {
      const cited = Object.entries(heading).filter(([h]) => c.source.clause.includes(h));
      expect(cited, c.code).toHaveLength(1);
      expect(SEED_002_OFFICER_CATEGORY[c.code], c.code).toBe(cited[0]?.[1]);
    }
  });
});
