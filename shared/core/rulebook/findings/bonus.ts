/**
 * 加分事项 — bonus codes (DOMAIN.md §4.4). Bonuses are added after the categories; the
 * total is capped by the rulebook's bonus cap.
 *
 * `per: 'level'` codes scale with the level of the praising medium: level 1 = district
 * (区级), 2 = municipal (市级), 3 = provincial (省级), 4 = national (国家级); the points are
 * the fixed value × the level. Seed 002 does not reward one event twice ("同一件事不重复奖惩"):
 * record the highest applicable bonus once.
 */
import type { FindingCodeInput } from '../finding-code.ts';

const S002_OFFICER = '§窗口工作人员考核实施细则 一、考核形式与内容';
const S002_WINDOW = '§窗口单位考核实施细则';

const OFFICER_BONUS_CODES: readonly FindingCodeInput[] = [
  {
    code: 'B-O-MEDIA-PRAISE',
    zh: '受新闻媒体宣传表扬的：区级加3分，市级加6分，省级加9分，国家级加12分',
    en: 'Praised in the news media: 3 points per level — district (level 1) +3, municipal (2) +6, provincial (3) +9, national (4) +12',
    category: 'officer.bonus',
    effect: 'bonus',
    points: { fixed: '3' },
    per: 'level',
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002_OFFICER} (一)德 第3条` },
  },
  {
    code: 'B-O-THANKS-LETTER',
    zh: '服务对象书面感谢和表扬的（每次）',
    en: 'Written thanks or praise from a service recipient (per occasion)',
    category: 'officer.bonus',
    effect: 'bonus',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002_OFFICER} (一)德 第3条` },
  },
  {
    code: 'B-O-WINDOW-MONTH-EXCELLENT',
    zh: '所在窗口获月优秀的（每月另加）',
    en: 'The officer’s window was graded 优秀 (excellent) in the month’s assessment (each month)',
    category: 'officer.bonus',
    effect: 'bonus',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002_OFFICER} (四)绩 第4条` },
  },
  {
    code: 'B-O-WINDOW-YEAR-EXCELLENT',
    zh: '所在窗口获优秀的（每人加10分）',
    en: 'The officer’s window was graded 优秀 (the seed sets it apart from the monthly grade; read as the year-end grade): each of its officers, once',
    category: 'officer.bonus',
    effect: 'bonus',
    points: { fixed: '10' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002_OFFICER} (四)绩 第4条` },
  },
];

const WINDOW_BONUS_CODES: readonly FindingCodeInput[] = [
  {
    code: 'B-W-BANNER',
    zh: '服务对象赠送锦旗感谢的',
    en: 'A banner (锦旗) of thanks from a service recipient',
    category: 'window.bonus',
    effect: 'bonus',
    points: { fixed: '5' },
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: '§最佳窗口单位评比考核办法 二、最佳窗口单位评选办法及考核细则 第6条' },
  },
  {
    code: 'B-W-THANKS-LETTER',
    zh: '服务对象有书面感谢信的',
    en: 'A letter of thanks from a service recipient',
    category: 'window.bonus',
    effect: 'bonus',
    points: { fixed: '2' },
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: '§最佳窗口单位评比考核办法 二、最佳窗口单位评选办法及考核细则 第6条' },
  },
  {
    code: 'B-W-MEDIA-PRAISE',
    zh: '受新闻媒体表扬的：区级加3分，每提升一级增加3分',
    en: 'Praised in the news media: 3 points per level — district (level 1) +3, municipal (2) +6, provincial (3) +9, national (4) +12',
    category: 'window.bonus',
    effect: 'bonus',
    points: { fixed: '3' },
    per: 'level',
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: `${S002_WINDOW} 二、评定与奖惩` },
  },
  {
    code: 'B-W-GIFT-HANDED-IN',
    zh: '服务过程中主动上交服务对象所送各种礼物、礼金等的（并通报表扬）',
    en: 'Gifts or money offered by a service recipient handed in on the window’s own initiative (also publicly praised)',
    category: 'window.bonus',
    effect: 'bonus',
    points: { fixed: '5' },
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: `${S002_WINDOW} 一、形式与内容 (二)廉洁办公 第2条` },
  },
  {
    code: 'B-W-JOINT-CASE-FAST',
    zh: '较大项目的联办件，从受理之日起办结时间缩短50%以上的，给相关窗口加分',
    en: 'A joint case of a major project completed in less than half its time limit, counted from acceptance: to the windows concerned',
    category: 'window.bonus',
    effect: 'bonus',
    points: { min: '1', max: '3' },
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: `${S002_WINDOW} 一、形式与内容 (一)优质服务 第5条` },
  },
  {
    code: 'B-W-GOOD-DEED',
    zh: '为群众排忧解难，热情服务，做好事及其他典型事例等，经考核小组确认的',
    en: 'Helping people out of difficulties, warm service, good deeds or another exemplary case, confirmed by the assessment panel',
    category: 'window.bonus',
    effect: 'bonus',
    points: { min: '2', max: '5' },
    subject: 'window',
    veto: 'none',
    source: { seed: '002', clause: `${S002_WINDOW} 一、形式与内容 (一)优质服务 第6条` },
  },
];

export const BONUS_CODES: readonly FindingCodeInput[] = [...OFFICER_BONUS_CODES, ...WINDOW_BONUS_CODES];
