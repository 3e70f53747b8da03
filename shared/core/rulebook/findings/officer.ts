/**
 * 工作人员扣分事项 — deduction codes against an officer (DOMAIN.md §4.4, officer default).
 *
 * Default categories (after seed 003's annual contents, used monthly): 思想品德 20
 * `officer.ideology`, 遵章守纪 20 `officer.discipline`, 履职尽责 20 `officer.duty`, 工作效率 25
 * `officer.efficiency`, 廉洁自律 10 `officer.integrity`, 学习培训 5 `officer.training`.
 *
 * - Seed 002 §窗口工作人员考核实施细则 (德20 能20 勤20 绩25 廉15): every item, placed in the
 *   default category whose seed-003 description names it; `SEED_002_OFFICER_CATEGORY` in
 *   `index.ts` keeps each code's original 德/能/勤/绩/廉 heading for the seed-002 preset.
 * - Seed 003: training absence, smoking, IT rules and evaluator conduct. Seed 003 refers
 *   their points to a 实施意见 it does not contain; where a code borrows points from another
 *   clause, `source.clause` names both.
 * - Seed 004 (服务质量月 daily patrol): one code per specific requirement, −1 for items 1–4
 *   and −2 for item 5 (integrity). Several overlap seed-002 codes with the same meaning;
 *   record one code per event, never both.
 */
import type { FindingCodeInput } from '../finding-code.ts';

const S002 = '§窗口工作人员考核实施细则 一、考核形式与内容';
const S004_REQ = '§三、活动安排 第二阶段 (一)开展“服务质量月”文明服务活动';
const S004_POINTS = '扣分见 §五、保障措施 第3条';
const S003_EVAL = '§服务质量电子评价考核办法 三、(一)评分细则';

/** Seed 004's five items: the heading to cite, the default category, the points. */
const PATROL_ITEMS = {
  1: { heading: '1、严格执行考勤制度', category: 'officer.discipline', points: '1' },
  2: { heading: '2、严格规范服务礼仪', category: 'officer.discipline', points: '1' },
  3: { heading: '3、坚持做到文明用语', category: 'officer.discipline', points: '1' },
  4: { heading: '4、坚持提供高效服务', category: 'officer.duty', points: '1' },
  5: { heading: '5、坚决做到廉洁自律', category: 'officer.integrity', points: '2' },
} as const;

/** The window code each item charges the window (seed 004: the window pays the same event). */
const PATROL_ITEM_WINDOW_CODES = {
  1: 'W-PATROL-ATTENDANCE',
  2: 'W-PATROL-ETIQUETTE',
  3: 'W-PATROL-LANGUAGE',
  4: 'W-PATROL-EFFICIENCY',
  5: 'W-PATROL-INTEGRITY',
} as const;
/** Seed 004's officer patrol codes → the window code the same event costs the window. */
export const PATROL_WINDOW_CODES: Record<string, string> = {};

/** A seed-004 patrol code: one specific requirement of one item. */
function patrol(code: string, item: keyof typeof PATROL_ITEMS, zh: string, en: string): FindingCodeInput {
  const { heading, category, points } = PATROL_ITEMS[item];
  PATROL_WINDOW_CODES[code] = PATROL_ITEM_WINDOW_CODES[item];
  return {
    code,
    zh,
    en,
    category,
    effect: 'deduction',
    points: { fixed: points },
    subject: 'officer',
    veto: 'none',
    source: { seed: '004', clause: `${S004_REQ} ${heading}；${S004_POINTS}` },
  };
}

const OFFICER_CODES: readonly FindingCodeInput[] = [
  // ── seed 002 · (一)德(20分) ────────────────────────────────────────────────────
  {
    code: 'O-DISC-DEFY-MANAGEMENT',
    zh: '违反中心规章制度，不服从管理的',
    en: 'Breaking the center’s rules or refusing its management',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '3' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第1条` },
  },
  {
    code: 'O-TRAIN-LATE',
    zh: '不按时参加中心组织的政治学习（含学习培训）的',
    en: 'Late for the center’s political study or training session',
    category: 'officer.training',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第1条` },
  },
  {
    code: 'O-TRAIN-ABSENT',
    zh: '无故不参加中心组织的政治学习、学习培训的（点名缺席且未事先请假）',
    en: 'Absent without excuse from the center’s political study or training (absent at roll call, no prior leave); seed 003 §窗口工作人员学习培训制度 四、2 deducts “按规定” without a number, so the seed-002 points apply',
    category: 'officer.training',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: {
      seed: '002',
      clause: `${S002} (一)德 第1条；另见 seed 003 §窗口工作人员学习培训制度 四、要求 第2条`,
    },
  },
  {
    code: 'O-IDEO-ACTIVITY-LATE',
    zh: '不按时参加中心组织的文体活动的',
    en: 'Late for a cultural or sports activity organised by the center',
    category: 'officer.ideology',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第1条` },
  },
  {
    code: 'O-IDEO-ACTIVITY-ABSENT',
    zh: '不参加中心组织的文体活动的',
    en: 'Not taking part in a cultural or sports activity organised by the center',
    category: 'officer.ideology',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第1条` },
  },
  {
    code: 'O-IDEO-COMPLAINT-ATTITUDE',
    zh: '由于服务态度不好，引起投诉的',
    en: 'A complaint caused by poor service attitude',
    category: 'officer.ideology',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第2条` },
  },
  {
    code: 'O-IDEO-QUARREL',
    zh: '与服务对象争吵的',
    en: 'Quarrelling with a service recipient',
    category: 'officer.ideology',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第2条` },
  },
  {
    code: 'O-IDEO-ATTITUDE-SEVERE',
    zh: '态度投诉或争吵情节严重的',
    en: 'An attitude complaint or a quarrel of a serious nature',
    category: 'officer.ideology',
    effect: 'deduction',
    points: { fixed: '5' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (一)德 第2条` },
  },

  // ── seed 002 · (二)能(20分) ────────────────────────────────────────────────────
  {
    code: 'O-DUTY-NO-ONE-TIME-NOTICE',
    zh: '不能及时、准确地回答服务对象咨询内容并做到一次性告知的',
    en: 'Not answering an enquiry promptly and accurately with a one-time notice of everything needed',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (二)能 第1条` },
  },
  {
    code: 'O-DUTY-POLICY-DEVIATION',
    zh: '在本职工作范围内，执行政策、协调处理出现偏差，影响办事效率和服务效果的',
    en: 'Within one’s own duties, a deviation in applying policy or in coordination that hurt efficiency or the service result',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '3' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (二)能 第2条` },
  },
  {
    code: 'O-DISC-NETWORK-DAMAGE',
    zh: '不遵守中心计算机网络应用程序，操作不当，造成网络系统损坏的',
    en: 'Breaking the center’s computer-network procedures; improper operation damaged the network system',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '3' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (二)能 第3条` },
  },

  // ── seed 002 · (三)勤(20分) ────────────────────────────────────────────────────
  {
    code: 'O-DISC-LATE',
    zh: '无故迟到的',
    en: 'Late without cause',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第1条` },
  },
  {
    code: 'O-DISC-EARLY-LEAVE',
    zh: '无故早退的',
    en: 'Leaving early without cause',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第1条` },
  },
  {
    code: 'O-DISC-OFF-POST',
    zh: '无故离岗的',
    en: 'Leaving the post without cause',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第1条` },
  },
  {
    code: 'O-DISC-ABSENT-WITHOUT-LEAVE',
    zh: '旷工的（每次）',
    en: 'Absence without leave (per occurrence)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '5' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第1条` },
  },
  {
    code: 'O-DISC-NO-BADGE',
    zh: '工作时间内上岗不配证的',
    en: 'On duty without the work badge',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },
  {
    code: 'O-DISC-DRESS',
    zh: '工作时间内着装不规范的',
    en: 'Not dressed as required on duty',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },
  {
    code: 'O-DISC-UNCIVIL',
    zh: '工作时间内行为不文明（如睡觉、吃东西、举止不雅观等）的',
    en: 'Uncivil conduct on duty (sleeping, eating, unseemly behaviour, …)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },
  {
    code: 'O-DISC-COMPUTER-GAME',
    zh: '工作时间内玩电脑游戏的',
    en: 'Playing computer games on duty',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },
  {
    code: 'O-DISC-NOISE',
    zh: '工作时间内大厅内喧哗、嬉戏的',
    en: 'Noise or horseplay in the hall on duty',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },
  {
    code: 'O-DISC-CHATTING',
    zh: '工作时间内串岗聊天的',
    en: 'Visiting other posts to chat on duty',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (三)勤 第2条` },
  },

  // ── seed 002 · (四)绩(25分) ────────────────────────────────────────────────────
  {
    code: 'O-DUTY-ERROR-UNCORRECTED',
    zh: '办理服务项目出现差错，又不及时改正的',
    en: 'An error in handling a service matter, not corrected promptly',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '3' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (四)绩 第1条` },
  },
  {
    code: 'O-DUTY-ERROR-COMPLAINT',
    zh: '办理服务项目出现差错，引起投诉的',
    en: 'An error in handling a service matter that led to a complaint',
    category: 'officer.duty',
    effect: 'deduction',
    points: { fixed: '6' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (四)绩 第1条` },
  },
  {
    code: 'O-EFF-CASE-OVERDUE',
    zh: '受理办件超过承诺时限，每超一天（按工作日计）',
    en: 'A case accepted by the officer completed after its promised deadline: per case, per working day overdue (the seed says “per day”; days are working days, DOMAIN.md §1)',
    category: 'officer.efficiency',
    effect: 'deduction',
    points: { fixed: '3' },
    per: 'case-working-day',
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (四)绩 第2条` },
  },
  {
    code: 'O-EFF-SURVEY-UNSATISFIED',
    zh: '经抽样调查，服务对象对服务质量不满意的（每起）',
    en: 'A service recipient unsatisfied with the service in a sample survey (per case)',
    category: 'officer.efficiency',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (四)绩 第3条` },
  },
  {
    code: 'O-EFF-WINDOW-FAILED',
    zh: '所在窗口月考核为不合格等次的（每人）',
    en: 'The officer’s window was graded 不合格 (failed) in the month’s assessment (each of its officers)',
    category: 'officer.efficiency',
    effect: 'deduction',
    points: { fixed: '2' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (四)绩 第4条` },
  },

  // ── seed 002 · (五)廉(15分) ────────────────────────────────────────────────────
  {
    code: 'O-INT-CORRUPTION',
    zh: '服务过程中出现“吃、拿、卡、要”等不廉洁行为的（并通报批评）',
    en: 'Corrupt conduct in service (“eating, taking, obstructing, demanding”), also publicly criticised',
    category: 'officer.integrity',
    effect: 'deduction',
    points: { fixed: '10' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (五)廉` },
  },
  {
    code: 'O-INT-FEE-VIOLATION',
    zh: '违反中心有关收费管理规定的',
    en: 'Breaking the center’s rules on fee collection',
    category: 'officer.integrity',
    effect: 'deduction',
    points: { fixed: '5' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '002', clause: `${S002} (五)廉` },
  },

  // ── seed 003 · smoking, IT rules ──────────────────────────────────────────────
  {
    code: 'O-DISC-SMOKING',
    zh: '窗口工作人员在禁烟区内吸烟的（同时取消评优资格，见 V-O-SMOKING）',
    en: 'Smoking in the no-smoking area (also disqualifies from honors: record V-O-SMOKING); points as the hygiene rules set for smoking',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '5' },
    subject: 'officer',
    veto: 'none',
    source: {
      seed: '003',
      clause: '§禁烟制度 三、(二)监督考核 第1条；分值见 §卫生工作考核办法 三、(二)评分细则 第5条',
    },
  },
  {
    code: 'O-DISC-CIGARETTE-BUTT',
    zh: '责任区域（窗口工作区）内发现烟蒂未及时清理的（窗口负责人为禁烟区负责人）',
    en: 'A cigarette butt found in the window’s work area and not cleared: charged to the window head, who answers for the area as no-smoking-area head; points as the hygiene rules set for a butt. A butt alone is not a veto; only proven smoking is (V-O-SMOKING)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '5' },
    subject: 'officer',
    veto: 'none',
    source: {
      seed: '003',
      clause: '§禁烟制度 二、职责分工 第1条；分值见 §卫生工作考核办法 三、(二)评分细则 第5条',
    },
  },
  {
    code: 'O-DISC-IT-RULES',
    zh: '违反IT设备使用管理规定（擅自接入或更改网络配置、外泄或借用帐号密码、安装无关软件、访问不健康网站等）的',
    en: 'Breaking the IT equipment rules (unauthorised network access or configuration, sharing or borrowing accounts and passwords, unauthorised software, unhealthy websites, …); seed 003 deducts “按规定” without a number, so the seed-002 points for breaking a center rule apply',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '3' },
    subject: 'officer',
    veto: 'none',
    source: {
      seed: '003',
      clause: `§IT设备使用管理规定 三、(三)工作要求 第6条；分值见 seed 002 ${S002} (一)德 第1条`,
    },
  },

  // ── seed 003 · 服务质量电子评价: evaluator conduct of the officer ───────────────
  // Seed 003 deducts these from the window's 5-point component (computed by
  // rules/electronic-evaluation.ts); these codes carry the same points into the officer's
  // own score. A verified device fault cancels the deduction (三、(二)其他要求 第1条).
  {
    code: 'O-EVAL-DEVICE-OFF',
    zh: '工作时间内无故关闭电子评价系统的（经查实属评价器故障的不扣分）',
    en: 'Electronic evaluator switched off during working hours without cause (no deduction if a device fault is verified)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '003', clause: `${S003_EVAL} 第4条` },
  },
  {
    code: 'O-EVAL-NOT-PROMPTED',
    zh: '未按电子评价系统设定的程序提示服务相对人进行满意度评价的',
    en: 'Not prompting the service recipient to rate the service as the evaluation procedure requires',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '003', clause: `${S003_EVAL} 第5条` },
  },
  {
    code: 'O-EVAL-REFUSED',
    zh: '拒绝服务相对人评议的',
    en: 'Refusing to let a service recipient rate the service',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '2.5' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '003', clause: `${S003_EVAL} 第5条` },
  },
  {
    code: 'O-EVAL-CONSECUTIVE',
    zh: '有连续评价现象的',
    en: 'Consecutive ratings (连续评价)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '003', clause: `${S003_EVAL} 第5条` },
  },
  {
    code: 'O-EVAL-SELF',
    zh: '有自我评价的',
    en: 'Rating one’s own service (self-rating)',
    category: 'officer.discipline',
    effect: 'deduction',
    points: { fixed: '1' },
    subject: 'officer',
    veto: 'none',
    source: { seed: '003', clause: `${S003_EVAL} 第5条` },
  },

  // ── seed 004 · 服务质量月 daily patrol, item 1 考勤 (−1) ─────────────────────────
  patrol('O-PATROL-LATE', 1, '上班迟到的', 'Late for work'),
  patrol('O-PATROL-EARLY-LEAVE', 1, '下班早退的', 'Leaving work early'),
  patrol(
    'O-PATROL-LEAVE-NO-APPROVAL',
    1,
    '随意请假外出，或因事因病请假未履行请假手续的',
    'Going out on casual leave, or taking leave without the leave procedure',
  ),
  patrol('O-PATROL-OFF-POST', 1, '随意串岗、离岗的', 'Wandering to other posts or leaving the post'),
  patrol(
    'O-PATROL-UNRELATED-WORK',
    1,
    '工作期间从事窗口工作以外的其他事务活动的',
    'Doing things other than the window’s work during working hours',
  ),
  patrol(
    'O-PATROL-PHONE',
    1,
    '工作期间玩手机（从事窗口工作以外的其他事务活动）的',
    'Playing with a phone during working hours (a case of doing things other than the window’s work)',
  ),
  patrol('O-PATROL-EATING', 1, '在工作岗位上吃早点、吃零食的', 'Eating breakfast or snacks at the post'),

  // ── item 2 服务礼仪 (−1) ────────────────────────────────────────────────────────
  patrol(
    'O-PATROL-DRESS',
    2,
    '未按规范要求着装（未着制服或中心统一工作服）上岗的',
    'Not dressed as required (no uniform, or not the center’s work clothes)',
  ),
  patrol('O-PATROL-BADGE', 2, '上班未佩带胸牌（岗位证）的', 'No badge (post card) worn at work'),
  patrol(
    'O-PATROL-DESK-UNTIDY',
    2,
    '工作岗位上的办公用品、告知单摆放不整齐，卫生状态不良的',
    'Office supplies and notices at the post untidy, or the post not clean',
  ),
  patrol('O-PATROL-POSTURE', 2, '坐姿不端正、面色不和蔼的', 'Slouching, or an unfriendly face'),
  patrol(
    'O-PATROL-NOT-RISING',
    2,
    '遇到咨询、办事的，未主动站起来和颜悦色地解答问题、耐心细致地办事的',
    'Not rising to greet an enquirer or applicant, or not answering kindly and patiently',
  ),

  // ── item 3 文明用语 (−1) ────────────────────────────────────────────────────────
  patrol(
    'O-PATROL-NO-COURTESY',
    3,
    '接待办事人未使用文明用语（您好、请稍等、请走好、再见等）的',
    'Not using courteous phrases with applicants (hello, please wait, take care, goodbye, …)',
  ),
  patrol(
    'O-PATROL-FORBIDDEN-PHRASE',
    3,
    '说忌语（怎么搞的、办不了、你问他、我不知道、明天再来吧等）的',
    'Using a forbidden phrase (“what have you done”, “can’t be done”, “ask him”, “I don’t know”, “come back tomorrow”, …)',
  ),

  // ── item 4 高效服务 (−1) ────────────────────────────────────────────────────────
  patrol(
    'O-PATROL-UNFAMILIAR',
    4,
    '未熟练掌握办理事项的条件、材料、程序、时限和收费标准的',
    'Not knowing the conditions, documents, procedure, time limit or fees of a matter handled',
  ),
  patrol('O-PATROL-NO-ONE-TIME-NOTICE', 4, '未实行“一次性告知”的', 'No one-time notice (一次性告知) given'),
  patrol(
    'O-PATROL-SLOW',
    4,
    '未在承诺时限内尽快办好，或未及时通知办事人领取结果的',
    'Not done as soon as possible within the promised time, or the applicant not told promptly to collect the result',
  ),
  patrol(
    'O-PATROL-ENQUIRY-INACCURATE',
    4,
    '咨询、引导未能及时准确地回答办事人提问的',
    'At an enquiry or guide post, not answering questions promptly and accurately',
  ),

  // ── item 5 廉洁自律 (−2) ────────────────────────────────────────────────────────
  patrol('O-PATROL-GIFT', 5, '收受办事人赠送的礼品、礼物的', 'Accepting a gift from an applicant'),
  patrol('O-PATROL-BANQUET', 5, '接受吃请之类活动邀请的', 'Accepting an invitation to a meal or similar'),
  patrol(
    'O-PATROL-BUREAUCRATIC',
    5,
    '“脸难看、话难听、事难办”的衙门作风',
    'Bureaucratic manner: “sour face, harsh words, hard to get things done”',
  ),
  patrol(
    'O-PATROL-CORRUPTION',
    5,
    '“吃、拿、卡、要”的不正之风',
    'Corrupt practice: “eating, taking, obstructing, demanding”',
  ),
];

/**
 * Seed 004's patrol codes for an act a seed 002 code already names, with different points
 * (seed 004's 迟到 −1, seed 002's −2): the campaign (July, its preset) uses its own, every
 * other rulebook the seed 002 code — one act, one code (DOMAIN.md §4.4).
 */
const SEED_004_SAME_ACT: Readonly<Record<string, string>> = {
  'O-PATROL-LATE': 'O-DISC-LATE',
  'O-PATROL-EARLY-LEAVE': 'O-DISC-EARLY-LEAVE',
  'O-PATROL-OFF-POST': 'O-DISC-OFF-POST',
  'O-PATROL-EATING': 'O-DISC-UNCIVIL',
  'O-PATROL-DRESS': 'O-DISC-DRESS',
  'O-PATROL-BADGE': 'O-DISC-NO-BADGE',
  'O-PATROL-NO-ONE-TIME-NOTICE': 'O-DUTY-NO-ONE-TIME-NOTICE',
  'O-PATROL-CORRUPTION': 'O-INT-CORRUPTION',
};

export const OFFICER_FINDING_CODES: readonly FindingCodeInput[] = OFFICER_CODES.map((c) =>
  SEED_004_SAME_ACT[c.code] ? { ...c, sameActAs: SEED_004_SAME_ACT[c.code] } : c,
);
