/**
 * “How scores are computed” (计分规则说明): the rulebook explained in Chinese and English, as
 * plain data — headings, paragraphs and tables — for the site to render. Every number is
 * read from the rulebook, so the page can never disagree with the rules it describes.
 */
import { mul, pts, sum, toExact } from '../points.ts';
import { LEAVE_KINDS, LEAVE_KIND_NAMES } from '../rules/attendance.ts';
import { CONDUCT_KINDS, type ConductKind } from '../rules/electronic-evaluation.ts';
import { GRADE_NAMES } from '../rules/grades.ts';
import type { GradeBands } from '../rules/grades.ts';
import { TIE_BREAKER_NAMES } from '../rules/ranking.ts';
import { RATER_NAMES } from '../rules/yearly-assessment.ts';
import type { FindingCode } from './finding-code.ts';
import type { Bilingual, PointsSpec } from './fields.ts';
import type { Honor } from './honor.ts';
import type { Category, Rulebook, SubjectScheme } from './schema.ts';

export type ExplainBlock =
  | { readonly kind: 'paragraph'; readonly text: Bilingual }
  | { readonly kind: 'table'; readonly columns: readonly Bilingual[]; readonly rows: readonly (readonly Bilingual[])[] };

export interface ExplainSection {
  readonly id: string;
  readonly heading: Bilingual;
  readonly blocks: readonly ExplainBlock[];
}

const same = (text: string): Bilingual => ({ zh: text, en: text });
const paragraph = (zh: string, en: string): ExplainBlock => ({ kind: 'paragraph', text: { zh, en } });
const table = (columns: Bilingual[], rows: Bilingual[][]): ExplainBlock => ({ kind: 'table', columns, rows });
const col = (zh: string, en: string): Bilingual => ({ zh, en });

const percent = (share: string): string => toExact(mul(pts(share), pts(100)));
const pointsText = (spec: PointsSpec): string => ('fixed' in spec ? spec.fixed : `${spec.min}–${spec.max}`);

const PER: Record<FindingCode['per'], Bilingual> = {
  occurrence: col('每次', 'per occurrence'),
  'case-working-day': col('每件每逾期工作日', 'per case per working day late'),
  level: col('每级（区1、市2、省3、国家4）', 'per level (district 1, municipal 2, provincial 3, national 4)'),
};

const VETO: Record<FindingCode['veto'], Bilingual> = {
  none: col('—', '—'),
  quarter: col('取消当季度评优资格', 'out of the quarter’s honors'),
  year: col('取消当季度及当年度评优资格', 'out of the quarter’s and the year’s honors'),
};

const sourceText = (source: { seed: string; clause: string }): Bilingual => same(`seed ${source.seed} ${source.clause}`);

function codeRows(codes: readonly FindingCode[]): Bilingual[][] {
  return codes.map((c) => [
    same(c.code),
    col(c.zh, c.en),
    same(`${c.effect === 'bonus' ? '+' : '−'}${pointsText(c.points)}`),
    PER[c.per],
    VETO[c.veto],
    sourceText(c.source),
  ]);
}

const CODE_COLUMNS = [col('代码', 'code'), col('事项', 'finding'), col('分值', 'points'), col('计分单位', 'unit'), col('一票否决', 'veto'), col('依据', 'source')];

function categorySections(scheme: SubjectScheme, rulebook: Rulebook): ExplainBlock[] {
  const components = (c: Category): Bilingual =>
    c.components.length === 0
      ? col('全部扣分', 'all by deductions')
      : col(
          c.components.map((k) => (k === 'hygiene' ? `卫生 ${rulebook.hygiene!.maxPoints}` : `电子评价 ${rulebook.electronicEvaluation!.maxPoints}`)).join('、'),
          c.components.map((k) => (k === 'hygiene' ? `hygiene ${rulebook.hygiene!.maxPoints}` : `electronic evaluation ${rulebook.electronicEvaluation!.maxPoints}`)).join(', '),
        );
  const blocks: ExplainBlock[] = [
    paragraph(
      '每类得分 = 该类满分减去该类扣分，扣完为止（不低于0）；计算得出的部分另计。加分在各类之后相加。',
      'Each category scores its maximum less its deductions, down to zero at most; computed parts are added on their own. Bonuses are added after the categories.',
    ),
    table(
      [col('类别', 'category'), col('名称', 'name'), col('满分', 'maximum'), col('计算部分', 'computed parts'), col('依据', 'source')],
      scheme.categories.map((c) => [same(c.id), c.name, same(c.max), components(c), sourceText(c.source)]),
    ),
  ];
  for (const category of scheme.categories) {
    const codes = rulebook.findingCodes.filter((c) => c.effect === 'deduction' && c.category === category.id);
    if (codes.length === 0) continue;
    blocks.push(
      paragraph(`${category.name.zh}（${category.max}分）扣分事项：`, `Deductions in ${category.name.en} (${category.max} points):`),
      table(CODE_COLUMNS, codeRows(codes)),
    );
  }
  return blocks;
}

function gradeTable(bands: GradeBands): ExplainBlock {
  return table(
    [col('等次', 'grade'), col('最低分', 'from')],
    bands.map((b) => [col(GRADE_NAMES[b.grade].zh, GRADE_NAMES[b.grade].en), same(b.min)]),
  );
}

const CONDUCT: Record<ConductKind, Bilingual> = {
  'evaluator-off': col('评价器无故关闭', 'evaluator switched off without cause'),
  'no-prompt': col('未提示服务相对人评价', 'not prompting for a rating'),
  refused: col('拒绝服务相对人评议', 'refusing a rating'),
  consecutive: col('连续评价', 'consecutive rating'),
  'self-rating': col('自我评价', 'self-rating'),
};

function electronicEvaluationSection(rulebook: Rulebook): ExplainSection[] {
  const rules = rulebook.electronicEvaluation;
  if (!rules) return [];
  const quotaRow = (b: (typeof rules.quotaBands)[number], i: number): Bilingual[] => {
    const from = i === 0 ? 0 : (rules.quotaBands[i - 1]!.upToVolume ?? 0) + 1;
    const range = b.upToVolume === null ? `≥ ${from}` : `${from}–${b.upToVolume}`;
    return [same(range), 'fixed' in b ? col(`${b.fixed} 件`, `${b.fixed} ratings`) : col(`⌈${b.share} × 受理量⌉`, `⌈${b.share} × volume⌉`)];
  };
  const shortfallRow = (b: (typeof rules.shortfallBands)[number], i: number): Bilingual[] => {
    const from = i === 0 ? 1 : rules.shortfallBands[i - 1]!.upTo! + 1;
    return [same(b.upTo === null ? `> ${from - 1}` : `${from}–${b.upTo}`), same(`−${b.points}`)];
  };
  return [
    {
      id: 'electronic-evaluation',
      heading: col('服务质量电子评价', 'Electronic evaluation'),
      blocks: [
        paragraph(
          `每月得分 = ${rules.maxPoints} × 满意数 ÷ 有效评价数，减去评价数不足的扣分和评价行为扣分，不低于0。无受理量也无评价时得满分。连续评价、自我评价不计为有效评价。`,
          `Each month: ${rules.maxPoints} × satisfied ÷ valid ratings, less the shortfall deduction and the conduct deductions, never below 0. With no volume and no rating the component is full. Consecutive and self-ratings are not valid.`,
        ),
        table([col('月受理量', 'volume of the month'), col('应评价数', 'ratings required')], rules.quotaBands.map(quotaRow)),
        table([col('评价数差额', 'shortfall'), col('扣分', 'deduction')], rules.shortfallBands.map(shortfallRow)),
        table(
          [col('评价行为', 'conduct'), col('每次扣分', 'deduction per occurrence')],
          CONDUCT_KINDS.map((kind) => [CONDUCT[kind], same(`−${rules.conductDeductions[kind]}`)]),
        ),
        paragraph(
          `同一评价器相隔不足${rules.consecutiveIntervalSeconds}秒且其间无办件编号的评价标记为疑似连续评价，由督查人员确认或排除；经查实属评价器故障的不扣分。`,
          `Two ratings from one device less than ${rules.consecutiveIntervalSeconds} seconds apart with no case number between are flagged as possibly consecutive for a supervisor to confirm or clear; a verified device fault cancels the deduction.`,
        ),
      ],
    },
  ];
}

function hygieneSection(rulebook: Rulebook): ExplainSection[] {
  const rules = rulebook.hygiene;
  if (!rules) return [];
  return [
    {
      id: 'hygiene',
      heading: col('卫生检查', 'Hygiene inspection'),
      blocks: [
        paragraph(
          `每季度检查一次，按${rules.fullScore}分扣分后折算为${rules.maxPoints}分：得分 = 检查得分 × ${rules.maxPoints} ÷ ${rules.fullScore}，适用于该季度每个月；尚未检查的月份暂缺。`,
          `One inspection a quarter, scored out of ${rules.fullScore} and scaled to ${rules.maxPoints}: component = inspection score × ${rules.maxPoints} ÷ ${rules.fullScore}, for each month of the quarter; pending until the inspection is made.`,
        ),
        table(
          [col('检查项目', 'item'), col('扣分', 'deduction'), col('依据', 'source')],
          rules.items.map((i) => [i.name, same(`−${pointsText(i.points)}`), same(`seed 003 ${i.clause}`)]),
        ),
      ],
    },
  ];
}

function bonusSection(rulebook: Rulebook): ExplainSection {
  const bonuses = rulebook.findingCodes.filter((c) => c.effect === 'bonus');
  const maxTotal = (scheme: SubjectScheme): string =>
    toExact(sum([...scheme.categories.map((c) => pts(c.max)), pts(rulebook.bonusCap)]));
  return {
    id: 'bonuses',
    heading: col('加分', 'Bonuses'),
    blocks: [
      paragraph(
        `加分在各类得分之后相加，月度总分最高为满分加${rulebook.bonusCap}分（窗口 ${maxTotal(rulebook.window)} 分，工作人员 ${maxTotal(rulebook.officer)} 分）。`,
        `Bonuses are added after the categories; the monthly total is capped at the maximum plus ${rulebook.bonusCap} (windows ${maxTotal(rulebook.window)}, officers ${maxTotal(rulebook.officer)}).`,
      ),
      table(CODE_COLUMNS, codeRows(bonuses)),
    ],
  };
}

function attendanceSection(rulebook: Rulebook): ExplainSection {
  const rules = rulebook.attendance;
  const yes = col('是', 'yes');
  const no = col('否', 'no');
  return {
    id: 'attendance',
    heading: col('考勤签到率', 'Attendance sign-in rate'),
    blocks: [
      paragraph(
        `${rules.signInBy}前（含）签到计为出勤；经批准的下列请假视作正常出勤。窗口月考勤签到率 = 签到次数（含符合规定的请假）÷ 应签到次数 × 100%；季度签到率为三个月的平均。在岗天数 = 有签到的工作日 + 因公外出（会议、培训、考察）的工作日。`,
        `A sign-in at or before ${rules.signInBy} counts; approved leave of the kinds below counts as attended. Window monthly rate = counted ÷ required × 100%; the quarterly rate is the mean of the three months. Days on duty = working days with a sign-in + working days on work duty (meetings, training, inspections).`,
      ),
      table(
        [col('请假类型', 'leave'), col('视作出勤', 'counts as attended'), col('计入在岗', 'counts as on duty')],
        LEAVE_KINDS.map((k) => [
          col(LEAVE_KIND_NAMES[k].zh, LEAVE_KIND_NAMES[k].en),
          rules.attendedLeaveKinds.includes(k) ? yes : no,
          rules.onDutyLeaveKinds.includes(k) ? yes : no,
        ]),
      ),
    ],
  };
}

function vetoSection(rulebook: Rulebook): ExplainSection {
  const vetoes = rulebook.findingCodes.filter((c) => c.veto !== 'none');
  return {
    id: 'vetoes',
    heading: col('一票否决', 'Vetoes'),
    blocks: [
      paragraph(
        `经查实的下列事项取消其窗口或工作人员在相应期间的评优资格，须有证据和核实人；当事人可在接到通知后${rulebook.appeal.workingDays}个工作日内申诉，由另一名督查人员复核。`,
        `A verified finding below removes its window or officer from the honors of its scope; it needs evidence and a verifier. The subject may appeal within ${rulebook.appeal.workingDays} working days of notice; a second supervisor decides.`,
      ),
      table(
        [col('代码', 'code'), col('事项', 'finding'), col('范围', 'scope'), col('依据', 'source')],
        vetoes.map((c) => [same(c.code), col(c.zh, c.en), VETO[c.veto], sourceText(c.source)]),
      ),
    ],
  };
}

function yearlySection(rulebook: Rulebook): ExplainSection[] {
  const rules = rulebook.yearlyAssessment;
  if (!rules) return [];
  const shares = (role: 'head' | 'staff', zh: string, en: string): Bilingual[][] =>
    rules.raterShares[role].map((s) => [col(zh, en), col(RATER_NAMES[s.rater].zh, RATER_NAMES[s.rater].en), same(s.points)]);
  return [
    {
      id: 'yearly-assessment',
      heading: col('工作人员年度考核', 'Yearly officer assessment'),
      blocks: [
        paragraph(
          `年度总分 = 全年月度平时考核平均分 × ${rules.dailyWeight}（占${percent(rules.dailyWeight)}%；每月得分计入时以100分为限）+ 年度评分（同类评分人有多位的取平均）。旷工或逾期不归连续超过${rules.absence.maxConsecutiveDays}天，或擅自出国（境）累计超过${rules.absence.maxUnapprovedAbroadDays}天的，平时考核作0分；天数按日历天计，期间的周末、节假日计入。`,
          `Yearly total = mean monthly score × ${rules.dailyWeight} (${percent(rules.dailyWeight)}%; each month counts at most 100) + the yearly ratings (several raters of one kind by their mean). Absence without leave or overstayed leave of more than ${rules.absence.maxConsecutiveDays} consecutive days, or unapproved travel abroad of more than ${rules.absence.maxUnapprovedAbroadDays} days in all, makes the monthly part 0; days are calendar days, weekends and holidays inside a spell included.`,
        ),
        table([col('对象', 'officer'), col('评分人', 'rater'), col('分值', 'points')], [
          ...shares('head', '窗口负责人', 'window head'),
          ...shares('staff', '一般工作人员', 'staff'),
        ]),
        gradeTable(rules.grades),
        paragraph(
          `优秀等次不超过参加考核人数的${percent(rules.excellentShare)}%（向下取整），超出的按得分排序，其余定为称职。派驻中心不超过${rules.maxMonthsStationedUngraded}个月的不定等次；病、事假累计超过全年日历天数${percent(rules.maxLeaveShareOfYear)}%的不参加考核。`,
          `优秀 goes to at most ${percent(rules.excellentShare)}% of the officers assessed (rounded down), by score; the rest become 称职. Stationed at the center ${rules.maxMonthsStationedUngraded} months of the year or less: no grade. Sick plus personal leave over ${percent(rules.maxLeaveShareOfYear)}% of the year's calendar days: not assessed.`,
        ),
      ],
    },
  ];
}

const ENTRY: Record<Honor['entry']['kind'], Bilingual> = {
  all: col('全部', 'everyone'),
  nominations: col('推荐', 'nominated'),
  'title-holders': col('季度获奖者', 'title holders'),
};
const RANKING: Record<Honor['ranking']['kind'], Bilingual> = {
  'mean-monthly-score': col('月度百分考核平均分', 'mean monthly score'),
  composite: col('综合得分', 'composite'),
  'titles-then-mean-score': col('获季度称号次数，再按平均分', 'titles, then mean monthly score'),
  'panel-score': col('考核小组评分', 'panel score'),
  'best-window-scheme': col('最佳窗口评比考核办法得分（五项各20分，另计加分）', 'the best-window scheme (five items of 20, plus bonuses)'),
};
const PERIOD: Record<Honor['period'], Bilingual> = { month: col('月度', 'monthly'), quarter: col('季度', 'quarterly'), year: col('年度', 'yearly') };

function honorRow(h: Honor): Bilingual[] {
  const quota =
    h.quota.kind === 'fixed'
      ? col(h.quota.minimum ? `${h.quota.minimum}–${h.quota.places}` : String(h.quota.places), h.quota.minimum ? `${h.quota.minimum}–${h.quota.places}` : String(h.quota.places))
      : col(`不超过${percent(h.quota.share)}%，至少${h.quota.atLeast}`, `at most ${percent(h.quota.share)}%, at least ${h.quota.atLeast}`);
  const rules: Bilingual[] = [];
  const { minDaysOnDuty, excludeHeadsOfBottomWindows, minOnTimeCompletionPercent } = h.eligibility;
  if (minDaysOnDuty !== undefined) rules.push(col(`在岗不少于${minDaysOnDuty}天`, `at least ${minDaysOnDuty} days on duty`));
  if (excludeHeadsOfBottomWindows !== undefined) rules.push(col(`得分后${excludeHeadsOfBottomWindows}名窗口的负责人除外`, `heads of the lowest ${excludeHeadsOfBottomWindows} windows excluded`));
  if (minOnTimeCompletionPercent !== undefined) rules.push(col(`按期办结率${minOnTimeCompletionPercent}%`, `${minOnTimeCompletionPercent}% completed on time`));
  if (h.minScore !== undefined) rules.push(col(`${h.minScore}分以上`, `${h.minScore} points or more`));
  const city = h.eligibility.cityPreconditions;
  if (city) {
    const titles = h.subject === 'window' ? col('获评优秀窗口', 'excellent-window titles') : col('年度考核优秀等次', 'yearly 优秀 grades');
    rules.push(col(`近${city.lookbackYears}年${titles.zh}${city.minTitles}次以上`, `${city.minTitles} ${titles.en} in ${city.lookbackYears} years`));
    if (city.minYearsAtWindow !== undefined) rules.push(col(`在窗口工作${city.minYearsAtWindow}年以上且仍在窗口`, `${city.minYearsAtWindow} years at the window and still there`));
    rules.push(col(`满意率${city.minSatisfactionPercent}%以上`, `satisfaction ${city.minSatisfactionPercent}% or more`));
    rules.push(col('无有效投诉、媒体曝光、暗访通报', 'no valid complaint, media exposure or mystery-shopper report'));
  }
  if (h.ranking.kind === 'best-window-scheme') rules.push(col('弄虚作假、违规收费、仍由原单位办理、投诉查实的取消资格', 'falsification, illegal fees, items still handled by the home unit or a verified complaint disqualify'));
  return [
    h.name,
    PERIOD[h.period],
    ENTRY[h.entry.kind],
    h.ranking.kind === 'composite' ? col(`前${h.ranking.poolSize}名候选，按综合得分`, `top ${h.ranking.poolSize} as candidates, then composite`) : RANKING[h.ranking.kind],
    quota,
    col(rules.map((r) => r.zh).join('；') || '—', rules.map((r) => r.en).join('; ') || '—'),
    same(h.sources.map((s) => `seed ${s.seed} ${s.clause}`).join('; ')),
  ];
}

function honorsSection(rulebook: Rulebook): ExplainSection {
  const blocks: ExplainBlock[] = [
    table(
      [col('荣誉', 'honor'), col('周期', 'period'), col('参评', 'entry'), col('排序', 'ranking'), col('名额', 'places'), col('条件', 'conditions'), col('依据', 'source')],
      rulebook.honors.map(honorRow),
    ),
  ];
  const weights = rulebook.compositeWeights;
  if (weights) {
    blocks.push(
      paragraph(
        `综合得分 = 季度月度平均分 × ${weights.monthly} + 民主推荐平均分 × ${weights.democratic} + 综合评定平均分 × ${weights.panel}。`,
        `Composite = quarter's mean monthly score × ${weights.monthly} + mean ballot score × ${weights.democratic} + mean panel score × ${weights.panel}.`,
      ),
    );
  }
  const breakers = rulebook.tieBreakers.map((t) => TIE_BREAKER_NAMES[t.metric]);
  blocks.push(
    paragraph(
      `分数相同（保留两位小数）时依次比较：${breakers.map((b) => b.zh).join('、') || '—'}；仍然相同的交考核小组决定并记录理由，不按编号或姓名排序。拟定名单公示${rulebook.notice.workingDays}个工作日。`,
      `Equal scores (to two decimals) are compared by ${breakers.map((b) => b.en).join(', then ') || '—'}; a tie that remains goes to the panel, which records its decision — never by id or name. Proposed lists are on public notice for ${rulebook.notice.workingDays} working days.`,
    ),
  );
  return { id: 'honors', heading: col('评选', 'Honors'), blocks };
}

export function explainRulebook(rulebook: Rulebook): ExplainSection[] {
  return [
    {
      id: 'overview',
      heading: rulebook.name,
      blocks: [
        { kind: 'paragraph', text: rulebook.summary },
        paragraph(
          `规则版本 ${rulebook.version}，指纹 ${rulebook.hash.slice(0, 12)}。分值精确计算，结果四舍五入保留两位小数。`,
          `Rulebook version ${rulebook.version}, fingerprint ${rulebook.hash.slice(0, 12)}. Points are computed exactly and rounded half up to two decimals at the end.`,
        ),
      ],
    },
    { id: 'window-monthly', heading: col('窗口月度百分考核', 'Monthly window assessment'), blocks: categorySections(rulebook.window, rulebook) },
    ...electronicEvaluationSection(rulebook),
    ...hygieneSection(rulebook),
    {
      id: 'officer-monthly',
      heading: col('工作人员月度百分考核', 'Monthly officer assessment'),
      blocks: [...categorySections(rulebook.officer, rulebook), gradeTable(rulebook.monthlyOfficerGrades)],
    },
    bonusSection(rulebook),
    attendanceSection(rulebook),
    vetoSection(rulebook),
    ...yearlySection(rulebook),
    honorsSection(rulebook),
  ];
}
