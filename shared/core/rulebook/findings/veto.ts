/**
 * 一票否决 — veto events (DOMAIN.md §5) as finding codes. A verified veto removes its
 * subject from the honors of its scope:
 * - `quarter`: the current quarter's honors (seed 001 "取消…季度评优评先资格"; seed 003
 *   服务承诺制度 "取消季度评优资格");
 * - `year`: the current quarter's and the current year's honors (quarterly and yearly
 *   stars, excellent windows). Seed 003 says "取消评优资格" without a scope; its
 *   投诉处置办法 spells the scope out as 当季度服务明星、当年度服务明星和优秀服务窗口, and
 *   DOMAIN.md §5 reads the whole seed-003 list that way.
 *
 * A veto costs no points of its own (the seeds attach none): the deduction for the same
 * event is a separate code (for example O-DISC-SMOKING with V-O-SMOKING). Where a seed
 * vetoes "窗口及工作人员" there is one code per subject, so each code's category belongs to
 * its subject.
 */
import type { FindingCodeInput } from '../finding-code.ts';

type Scope = 'quarter' | 'year';
type Seed = '001' | '002' | '003';

interface VetoEvent {
  /** The code without its subject prefix, e.g. `SMOKING` → `V-W-SMOKING`, `V-O-SMOKING`. */
  name: string;
  zh: string;
  en: string;
  scope: Scope;
  seed: Seed;
  clause: string;
}

function windowVeto(event: VetoEvent, category: `window.${string}`): FindingCodeInput {
  return vetoCode(event, 'W', 'window', category);
}

function officerVeto(event: VetoEvent, category: `officer.${string}`): FindingCodeInput {
  return vetoCode(event, 'O', 'officer', category);
}

function vetoCode(
  { name, zh, en, scope, seed, clause }: VetoEvent,
  prefix: 'W' | 'O',
  subject: 'window' | 'officer',
  category: string,
): FindingCodeInput {
  return {
    code: `V-${prefix}-${name}`,
    zh,
    en,
    category,
    effect: 'deduction',
    points: { fixed: '0' },
    subject,
    veto: scope,
    source: { seed, clause },
  };
}

// ── seed 003 ──────────────────────────────────────────────────────────────────
const S003_VETO = '§优秀服务窗口和服务明星评选办法 三、(四)一票否决制';

const COMPLAINT_12345: VetoEvent = {
  name: 'COMPLAINT-12345',
  zh: '有12345转来的投诉（经查实）',
  en: 'A complaint referred by the 12345 hotline, verified',
  scope: 'year',
  seed: '003',
  clause: `${S003_VETO} 第1条`,
};
const PHONE_MYSTERY_SHOPPER: VetoEvent = {
  name: 'PHONE-MYSTERY-SHOPPER',
  zh: '被第三方暗访拍摄到有玩手机等情况',
  en: 'Filmed by a third-party mystery shopper (暗访) playing with a phone or the like',
  scope: 'year',
  seed: '003',
  clause: `${S003_VETO} 第2条`,
};
const SMOKING: VetoEvent = {
  name: 'SMOKING',
  zh: '有在禁烟区吸烟的情况',
  en: 'Smoking in the no-smoking area',
  scope: 'year',
  seed: '003',
  clause: `${S003_VETO} 第3条；§禁烟制度 三、(二)监督考核 第2条`,
};
const MISCONDUCT: VetoEvent = {
  name: 'MISCONDUCT-ADVERSE',
  zh: '涉嫌违纪违规行为，造成不良影响',
  en: 'Suspected breach of discipline or rules with an adverse effect',
  scope: 'year',
  seed: '003',
  clause: `${S003_VETO} 第4条`,
};
const COMPLAINT_VERIFIED: VetoEvent = {
  name: 'COMPLAINT-VERIFIED',
  zh: '投诉经查证属实的（取消当季度服务明星、当年度服务明星和优秀服务窗口的评选资格）',
  en: 'Any complaint verified as true: out of the current quarter’s stars, the current year’s stars and excellent windows',
  scope: 'year',
  seed: '003',
  clause: '§投诉处置办法 五、处置程序 (四)结果运用 第1条',
};

// ── seed 001 (市民之家 quarterly scheme) ──────────────────────────────────────────
const S001_VETO = '§文明服务窗口优质服务标兵创建活动实施方案(市民之家) 四、评选标准 “凡有下列行为之一的，取消窗口和个人季度评优评先资格”';

const APPROVAL_REFORM: VetoEvent = {
  name: 'APPROVAL-REFORM-BREACH',
  zh: '违反有关行政审批制度改革等有关规定的',
  en: 'Breaking the rules of the administrative-approval reform and related rules',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第1条`,
};
const CRITICISED_EXPOSED: VetoEvent = {
  name: 'CRITICISED-OR-EXPOSED',
  zh: '违规违纪被中心或上级有关部门通报批评、被新闻媒体曝光的',
  en: 'Publicly criticised by the center or a higher authority, or exposed by the news media, for a breach of rules or discipline',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第2条`,
};
const COMPLAINT_ADVERSE: VetoEvent = {
  name: 'COMPLAINT-ADVERSE',
  zh: '被群众举报投诉且经查证属实、造成不良影响的',
  en: 'A report or complaint from the public, verified, with an adverse effect',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第3条`,
};
const CORRUPTION: VetoEvent = {
  name: 'CORRUPTION',
  zh: '出现吃、拿、卡、要等不廉洁行为经查证属实的',
  en: 'Corrupt conduct (“eating, taking, obstructing, demanding”), verified',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第4条`,
};
const MAJOR_INCIDENT: VetoEvent = {
  name: 'MAJOR-INCIDENT',
  zh: '发生安全责任、维稳等其他方面的重大事件',
  en: 'A major incident of safety liability, stability or the like',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第5条`,
};
const OVERDUE_CASE: VetoEvent = {
  name: 'OVERDUE-CASE',
  zh: '由于窗口原因导致有超期办件的',
  en: 'An overdue case caused by the window',
  scope: 'quarter',
  seed: '001',
  clause: `${S001_VETO} 第6条`,
};

// ── seed 002: vetoes outside DOMAIN.md §5 that the seed attaches to an event ─────
const FIRST_RECEIVER_ADVERSE: VetoEvent = {
  name: 'FIRST-RECEIVER-ADVERSE',
  zh: '不履行或履行首接责任较差，造成较坏影响的（年终评选先进时实行“一票否决”）',
  en: 'First-receiver duties not fulfilled or poorly fulfilled, with a bad effect: vetoed in the year-end selection',
  scope: 'year',
  seed: '002',
  clause: '§项目首接责任制试行办法 第三条 奖罚 (二)',
};

export const VETO_CODES: readonly FindingCodeInput[] = [
  windowVeto(COMPLAINT_12345, 'window.service'),
  officerVeto(COMPLAINT_12345, 'officer.discipline'),
  windowVeto(PHONE_MYSTERY_SHOPPER, 'window.discipline'),
  officerVeto(PHONE_MYSTERY_SHOPPER, 'officer.discipline'),
  windowVeto(SMOKING, 'window.discipline'),
  officerVeto(SMOKING, 'officer.discipline'),
  windowVeto(MISCONDUCT, 'window.discipline'),
  officerVeto(MISCONDUCT, 'officer.discipline'),
  windowVeto(COMPLAINT_VERIFIED, 'window.service'),
  officerVeto(COMPLAINT_VERIFIED, 'officer.discipline'),
  {
    code: 'V-O-COMMITMENT-BREACH',
    zh: '未按承诺内容办理，一经发现或被投诉的（取消季度评优资格）',
    en: 'Not handling matters as the service commitment promises, found or complained of: out of the quarter’s honors',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '0' },
    subject: 'officer',
    veto: 'quarter',
    source: { seed: '003', clause: '§服务承诺制度 二、内容 第7条' },
  },
  {
    code: 'V-O-IT-REPEATED',
    zh: '违反IT设备使用管理规定，屡教不改且情节严重的（取消相关责任人的评优资格）',
    en: 'Repeated, serious breaches of the IT equipment rules despite warnings: the person responsible loses eligibility for honors',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '0' },
    subject: 'officer',
    veto: 'year',
    source: { seed: '003', clause: '§IT设备使用管理规定 三、(三)工作要求 第6条' },
  },

  windowVeto(APPROVAL_REFORM, 'window.discipline'),
  officerVeto(APPROVAL_REFORM, 'officer.discipline'),
  windowVeto(CRITICISED_EXPOSED, 'window.discipline'),
  officerVeto(CRITICISED_EXPOSED, 'officer.discipline'),
  windowVeto(COMPLAINT_ADVERSE, 'window.service'),
  officerVeto(COMPLAINT_ADVERSE, 'officer.discipline'),
  windowVeto(CORRUPTION, 'window.integrity'),
  officerVeto(CORRUPTION, 'officer.integrity'),
  windowVeto(MAJOR_INCIDENT, 'window.discipline'),
  officerVeto(MAJOR_INCIDENT, 'officer.discipline'),
  windowVeto(OVERDUE_CASE, 'window.service'),
  officerVeto(OVERDUE_CASE, 'officer.efficiency'),

  windowVeto(FIRST_RECEIVER_ADVERSE, 'window.service'),
  officerVeto(FIRST_RECEIVER_ADVERSE, 'officer.duty'),
  {
    code: 'V-O-LICENSING-FAULT-SERIOUS',
    zh: '行政许可严重过错（情节严重，主观故意，后果严重）的：通报批评，取消当年评优资格',
    en: 'A serious administrative-licensing fault (serious, intentional, with serious harm): publicly criticised and out of the year’s honors',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '0' },
    subject: 'officer',
    veto: 'year',
    source: { seed: '002', clause: '§行政许可过错责任追究制度 第八条(二)、第七条(二)' },
  },
];
