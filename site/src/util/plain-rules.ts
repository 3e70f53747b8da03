/**
 * "How scores work" for citizens: the rulebook told in plain sentences — what a window is
 * scored on, how each honor is chosen, how to object, what is public — with every number
 * read from the rulebook, so the page follows the center's rules. No code, clause or id
 * appears here; the page keeps those in a collapsed part for staff. Pure.
 */
import type { Rulebook } from '#core/rulebook/schema';
import { type Lang, honorTitle } from '../i18n.ts';

type Honor = Rulebook['honors'][number];

export interface PlainSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** A list of short points after the paragraphs. */
  readonly points?: readonly string[];
}

const PERIOD: Record<Honor['period'], { zh: string; en: string }> = {
  month: { zh: '每月', en: 'every month' },
  quarter: { zh: '每季度', en: 'every quarter' },
  year: { zh: '每年', en: 'every year' },
};

/** "10" → 10; "2.50" → 2.5: points as a reader writes them. */
const num = (decimal: string): string => String(Number(decimal));

function categoriesLine(scheme: Rulebook['window'], lang: Lang): string {
  const parts = scheme.categories.map((c) => (lang === 'zh' ? `${c.name.zh}（${num(c.max)} 分）` : `${c.name.en} (${num(c.max)} points)`));
  return parts.join(lang === 'zh' ? '、' : ', ');
}

function quotaLine(honor: Honor, lang: Lang): string {
  const q = honor.quota;
  if (q.kind === 'fixed') return lang === 'zh' ? `名额 ${q.places} 名` : `${q.places} places`;
  const percent = Number(q.share) * 100;
  return lang === 'zh' ? `名额约为参评数的 ${percent}%（至少 ${q.atLeast} 名）` : `about ${percent}% of those taking part (at least ${q.atLeast})`;
}

function entryLine(honor: Honor, book: Rulebook, lang: Lang): string {
  const e = honor.entry;
  if (e.kind === 'all') return lang === 'zh' ? '所有参加当期考核的对象都参评' : 'everyone scored in the period takes part';
  if (e.kind === 'title-holders') {
    const source = book.honors.find((h) => h.id === e.honorId)?.name;
    const name = source ? honorTitle(source, lang) : lang === 'zh' ? '其他荣誉' : 'another honor';
    return lang === 'zh' ? `从本期获得“${name}”称号的人员中产生` : `chosen from those who held the title “${name}” in the period`;
  }
  const quota = e.perWindow
    ?.map((step) =>
      step.upToOfficers === null
        ? lang === 'zh'
          ? `人数更多的推荐 ${step.nominees} 名`
          : `larger windows ${step.nominees}`
        : lang === 'zh'
          ? `${step.upToOfficers} 人及以下的窗口推荐 ${step.nominees} 名`
          : `windows of up to ${step.upToOfficers} staff nominate ${step.nominees}`,
    )
    .join(lang === 'zh' ? '，' : ', ');
  return lang === 'zh'
    ? `由各窗口推荐${quota ? `（${quota}）` : ''}，管理部门也可直接推荐`
    : `windows nominate${quota ? ` (${quota})` : ''}, and supervisors may nominate directly`;
}

function rankingLine(honor: Honor, lang: Lang): string {
  const r = honor.ranking;
  switch (r.kind) {
    case 'mean-monthly-score':
      return lang === 'zh' ? '按本期各月考核得分的平均分从高到低排序' : 'ranked by the mean of the monthly scores of the period, highest first';
    case 'composite':
      return lang === 'zh'
        ? `先按月度平均分取前 ${r.poolSize} 名，再综合群众评议、投票和考核小组评分排序`
        : `the top ${r.poolSize} by mean monthly score, then ranked by a composite of ratings, votes and the panel's scores`;
    case 'titles-then-mean-score':
      return lang === 'zh' ? '获得称号次数多的在前，次数相同的按全年平均分排序' : 'more titles first, then the mean score of the year';
    case 'panel-score':
      return lang === 'zh' ? '按考核小组对公开评选标准的评分排序' : "ranked by the panel's scores against the published criteria";
    case 'best-window-scheme':
      return lang === 'zh'
        ? '按最佳窗口评比办法计分：办件量、按时办结、服务态度、告知资料、劳动纪律五项各20分，提前办结和受表扬另加分；弄虚作假、违规收费、投诉查实等取消评选资格'
        : 'scored by the best-window scheme: volume, deadlines, attitude, notices and discipline, 20 points each, with bonuses for finishing early and for praise; falsification, illegal fees or a verified complaint disqualify';
  }
}

function honorLine(honor: Honor, book: Rulebook, lang: Lang): string {
  const parts = [entryLine(honor, book, lang), rankingLine(honor, lang), quotaLine(honor, lang)];
  if (honor.minScore) parts.push(lang === 'zh' ? `低于 ${num(honor.minScore)} 分的不评` : `nobody below ${num(honor.minScore)} points`);
  const city = honor.eligibility.cityPreconditions;
  if (city) {
    const titles = honor.subject === 'window' ? ['获评优秀窗口', 'the center’s excellent-window title'] : ['年度考核优秀', 'the 优秀 grade of the yearly assessment'];
    parts.push(
      lang === 'zh'
        ? `须近 ${city.lookbackYears} 年${titles[0]} ${city.minTitles} 次以上${city.minYearsAtWindow ? `、在窗口工作 ${city.minYearsAtWindow} 年以上且仍在窗口` : ''}、群众满意率 ${num(city.minSatisfactionPercent)}% 以上，且当年无有效投诉、媒体曝光、暗访通报；不符合的逐一说明原因`
        : `only with ${titles[1]} ${city.minTitles} times in ${city.lookbackYears} years${city.minYearsAtWindow ? `, ${city.minYearsAtWindow} years at the window and still there` : ''}, satisfaction of ${num(city.minSatisfactionPercent)}% or more, and no valid complaint, media exposure or mystery-shopper report in the year; each one who does not qualify is told why`,
    );
  }
  if (honor.movingPlaque) parts.push(lang === 'zh' ? '流动牌匾随称号移交' : 'a moving plaque passes with the title');
  return lang === 'zh'
    ? `“${honor.name.zh}”${PERIOD[honor.period].zh}评选：${parts.join('；')}。`
    : `${honorTitle(honor.name, 'en')}, chosen ${PERIOD[honor.period].en}: ${parts.join('; ')}.`;
}

/** The plain-language sections of a rulebook, in the order a citizen asks. */
const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Campaign months, monthly grades, one finding for staff and window: only where the rulebook has them. */
function extraScoreParagraphs(book: Rulebook, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (book.campaignMonths) {
    const months = zh ? book.campaignMonths.map((m) => `${m}月`).join('、') : book.campaignMonths.map((m) => MONTH_NAMES_EN[m - 1]).join(', ');
    out.push(
      zh
        ? `这套规则是专项活动的规则，只在每年${months}适用；其他月份按本中心的常规规则计分。`
        : `These are the rules of a campaign: they apply in ${months} of each year only, and the center's regular rules apply in the other months.`,
    );
  }
  if (book.findingCodes.some((c) => c.windowCode)) {
    out.push(
      zh
        ? '巡查发现工作人员的问题，记一次即可：工作人员和所在窗口同时按规定扣分。每一种行为只对应一个扣分项目。'
        : 'A shortcoming found on patrol is recorded once: the staff member and their window both lose the points for it. Each kind of act has exactly one item in the rules.',
    );
  }
  const grading = book.monthlyGrading;
  if (grading) {
    // Shares are rulebook decimals such as "0.15": shown as a whole or tenth of a percent.
    const share = (s: string) => `${Math.round(Number(s) * 1000) / 10}%`;
    out.push(
      zh
        ? `每月按得分评定窗口等次（优秀、良好、合格、不合格）和工作人员等次（优秀、称职、基本称职、不称职）；优秀窗口不超过窗口总数的${share(grading.windowExcellentShare)}，优秀工作人员不超过${share(grading.officerExcellentShare)}，超出的按得分顺延为下一等次。窗口评为优秀或不合格的，其工作人员当月相应加分或扣分。工作人员连续两次被投诉并经查实，或连续两个月为不称职的，提示中心研究调离。`
        : `Each month windows are graded (excellent, good, pass, fail) and so are staff (excellent, competent, basic, incompetent); at most ${share(grading.windowExcellentShare)} of the windows and ${share(grading.officerExcellentShare)} of the staff can be excellent — the rest above the line take the next grade. Staff of a window graded excellent or fail gain or lose points for it that month. A staff member with two verified complaints in a row, or two months in a row graded incompetent, is flagged to the center for a transfer back to their unit.`,
    );
  }
  return out;
}

export function plainRules(book: Rulebook, lang: Lang): PlainSection[] {
  const zh = lang === 'zh';
  const days = book.notice.workingDays;
  const withdrawal =
    book.notice.onWithdrawal === 'next-candidate'
      ? zh
        ? '异议成立的，撤销该条目，由下一位符合条件的人选递补，递补人选另行公示；'
        : 'an upheld objection withdraws the entry and the next eligible candidate is proposed in its place, on a notice of its own;'
      : zh
        ? '异议成立的，撤销该条目，名额空缺；'
        : 'an upheld objection withdraws the entry and the place stays empty;';
  const components = new Set(book.window.categories.flatMap((c) => c.components));
  const measured = [
    components.has('electronic-evaluation') ? (zh ? '办事群众在评价器上的满意评价' : 'the ratings citizens give on the evaluation device at the counter') : undefined,
    components.has('hygiene') ? (zh ? '环境卫生检查' : 'the hygiene inspections') : undefined,
  ].filter((part): part is string => part !== undefined);
  const includes =
    measured.length === 0 ? '' : zh ? `其中包括${measured.join('和')}。` : ` This includes ${measured.join(' and ')}.`;
  return [
    {
      id: 'plain-scores',
      heading: zh ? '窗口和工作人员按什么计分' : 'What Windows and Staff Are Scored On',
      paragraphs: [
        zh
          ? `每个窗口每月有一个百分制考核得分，由以下几部分组成：${categoriesLine(book.window, lang)}。${includes}`
          : `Every window gets a score out of 100 each month, made of: ${categoriesLine(book.window, lang)}.${includes}`,
        zh
          ? `工作人员每月也有百分制考核得分：${categoriesLine(book.officer, lang)}。表现突出的可以加分，合计加分不超过 ${num(book.bonusCap)} 分；违反纪律、被核实的投诉等按规定扣分，个别严重情形实行“一票否决”。`
          : `Staff also get a score out of 100 each month: ${categoriesLine(book.officer, lang)}. Outstanding work earns bonus points, at most ${num(book.bonusCap)} in all; breaches of discipline, verified complaints and the like cost points, and a few serious cases rule a person out altogether.`,
        zh
          ? `投诉一经核实，由核实环节写明对应的扣分项目，窗口和被投诉的工作人员即按规定扣分，情节严重的同时取消评优资格，扣分明细注明是哪一件投诉。${book.hygiene ? '卫生检查发现在禁烟区吸烟或烟蒂的，写明相关工作人员，其本人扣分并取消评优资格。' : ''}`
          : `Once a complaint is verified, the step that verifies it names what it costs, and the window and the staff member complained about lose those points by themselves — serious cases also rule them out of honors — with the complaint named beside the points.${book.hygiene ? ' A hygiene inspection that finds smoking or a cigarette butt names the staff concerned, who lose points and their chance of an honor.' : ''}`,
        ...extraScoreParagraphs(book, lang),
      ],
    },
    {
      id: 'plain-honors',
      heading: zh ? '服务明星和优秀窗口怎么评' : 'How Stars and Excellent Windows Are Chosen',
      paragraphs: [
        zh
          ? '评选依据上面的考核得分，按规则推荐、排序，经考核小组审定后公示；公示期满、没有未答复的异议，名单才最终确定并在本站公布。'
          : 'Selections start from the scores above: candidates are entered and ranked by the rules, the assessment panel reviews the list, and it goes on public notice. Only when the notice has ended with no objection open is the list final and published here.',
        zh
          ? '分数相同、名额只剩一个时，依次比较满意率等规定项目；仍然相同的，由考核小组决定并写明理由，不按姓名或编号决定。'
          : 'Where equal scores compete for the last place, the rulebook compares further figures in turn, such as the satisfaction rate; if they are still equal the panel decides and records its reasons — never by name or number.',
      ],
      points: book.honors.map((h) => honorLine(h, book, lang)),
    },
    {
      id: 'plain-objections',
      heading: zh ? '如何提出异议' : 'How to Object',
      paragraphs: [
        zh
          ? `拟表彰名单公示 ${days} 个工作日。公示期内，任何人都可以在“公示”页面对名单中的条目提出异议，写明理由和事实，联系方式选填且不公开；也可以拨打公示上的监督电话。`
          : `A proposed list is on public notice for ${days} working days. While it runs, anyone may object to an entry on the Public Notices page, giving the reasons and facts; a contact is optional and never published. The supervision phone on the notice takes objections too.`,
        zh
          ? `中心对每一条异议都核实并答复：${withdrawal}撤销的条目和日期在公示上注明；异议不成立的，记录理由。`
          : `The center looks into every objection and answers it: ${withdrawal} the withdrawal and its date are shown on the notice; a rejected objection is answered with the reason.`,
      ],
    },
    {
      id: 'plain-public',
      heading: zh ? '公布什么，不公布什么' : 'What Is Published, and What Is Not',
      paragraphs: [],
      points: zh
        ? [
            `公布：最终表彰名单（姓名、窗口、部门、主要事迹）、正在公示的名单、各窗口每月的电子评价和满意率${book.monthlyGrading?.publishWindowGrades ? '、各窗口每月的考核等次' : ''}。`,
            '窗口是公共服务单位，月度考核得分在当月定稿后公布（除非本中心规则规定不公布）；当月未定稿前的数字标明“未定稿”，不作为结果。',
            '不公布：任何工作人员的个人得分和扣分明细、投诉人和异议人的个人信息。',
            '每月于次月第 5 个工作日定稿；定稿后的更正须写明理由，并在页面上注明。',
          ]
        : [
            `Published: the final honor lists (names, windows, departments, short deeds), lists on notice, and every window’s monthly electronic evaluation and satisfaction rate${book.monthlyGrading?.publishWindowGrades ? ', and every window’s monthly grade' : ''}.`,
            'A window is a public service unit: its monthly score is published once the month closes (unless this center’s rules keep it private); figures of a month still open are marked “provisional” and are not a result.',
            'Not published: any staff member’s own score or deductions, and anything that identifies a complainant or an objector.',
            'A month closes on the 5th working day of the next; a correction after that gives its reason and is marked on the page.',
          ],
    },
  ];
}
