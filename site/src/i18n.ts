/**
 * The words of the intake forms in both languages: zh-CN at /forms/, English under /en/.
 * Field names are the API's; each gets a label here (a unit test checks that every field of
 * every record type has one), with a scope's own word where a name means something else
 * there (`kind` of a leave, of a conduct finding, of a commendation).
 */
import { ROLE_NAMES, type Role } from '#core/roles';
import type { ValueFormat } from './util/forms.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

interface Words {
  readonly zh: string;
  readonly en: string;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** A site path in a language: English pages live under /en/. */
export const localePath = (lang: Lang, path: string): string => (lang === 'en' ? `/en${path}` : path);

/** What a link's hidden text adds to its visible words, so links of one wording on a page differ: "：李明" / ": Li Ming". */
export const contextSuffix = (lang: Lang, context: string): string => (lang === 'zh' ? `：${context}` : `: ${context}`);

/** The path in the other language, for the language switch. */
export const otherLangPath = (lang: Lang, path: string): string => (lang === 'en' ? path.replace(/^\/en\//, '/') : `/en${path}`);

export const roleName = (role: Role, lang: Lang): string => ROLE_NAMES[role][lang];

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * English headings in title case: "best windows of the month" → "Best Windows of the
 * Month". Honor titles come from the rulebook in sentence case; words already capitalised
 * (Q3, SHA-256) are kept.
 */
export const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');

/** An honor's title as a heading shows it: the Chinese as written, the English in title case. */
export const honorTitle = (title: Words, lang: Lang): string => (lang === 'en' ? titleCase(title.en) : title.zh);

/** A record type's name standing alone (a title, a list item): the API's English is lower case. */
export const recordTypeName = (label: Words, lang: Lang): string => (lang === 'en' ? titleCase(label.en) : label.zh);

/** Every text of the pages and the browser script that is not a field's. */
export const UI = {
  zh: {
    skipLink: '跳到主要内容',
    home: '首页',
    breadcrumbs: '当前位置',
    otherLang: 'English',
    siteTitle: '光荣榜',
    fallbackCenter: '政务服务中心',
    mainNav: '主导航',
    textSize: '长辈版',
    address: '地址：',
    phone: '电话：',
    feeds: '订阅：',
    footerNote: '评选结果以公示期满、无异议的最终名单为准。',
    homeLead: '公布季度服务明星、年度服务明星、优秀窗口和月度最佳窗口等评选的最终名单。名单均经公示期满、无异议后确定。',
    homeDescription: (center: string) => `${center}窗口及工作人员评选结果公布`,
    emptyHonors: '暂无已公示的评选结果',
    emptyHonorsDetail: '评选名单经公示期满、无异议后在此公布。',
    emptyMonths: '暂无已发布的月度电子评价',
    emptyNotices: '目前没有正在公示的名单',
    emptyNoticesDetail: '拟表彰名单确定后在此公示，公示期内任何人都可以提出异议。',
    emptyArchive: '暂无往期名单',
    emptyWindows: '暂无已公布的窗口信息',
    emptyWindowHonors: '该窗口暂无表彰记录',
    emptyTrend: '暂无月度考核得分',
    boardQuarter: '季度表彰',
    boardYear: '年度表彰',
    boardMonth: '月度表彰',
    periodHonors: (period: string) => `${period}表彰名单`,
    listHeading: (period: string, title: string) => `${period}“${title}”`,
    fullList: (title: string) => `查看${title}完整名单`,
    monthsTitle: '月度电子评价',
    monthsLead: '各窗口每月服务质量电子评价得分、满意率和月度考核得分，按月份由近及远排列。',
    monthsCount: (n: number) => `${n} 个窗口`,
    allMonths: (n: number) => `查看全部 ${n} 个月`,
    published: (date: string) => `${date}发布`,
    monthTitle: (month: string) => `${month}服务质量电子评价`,
    monthPageTitle: (month: string) => `${month}表彰名单与电子评价`,
    monthLead: '电子评价得分按满意评价占有效评价的比例折算（满分 5 分），有效评价数少于按受理量核定的应评数时按差额扣分，服务行为扣分另计，最低为 0 分。月度考核得分为窗口当月百分考核得分；窗口是公共服务单位，得分公开，工作人员的个人得分不公开。',
    rulebookLine: (title: string, version: string, date: string) => `依据${title}第 ${version} 版 · ${date}发布`,
    provisionalBadge: '未定稿',
    provisionalBadgeInline: '（未定稿）',
    provisionalAsOf: (date: string) => `截至${date} 未定稿`,
    provisionalDetail: (closes: string) =>
      `本月于${closes}定稿。定稿前，评价数、受理量等数字仍会随新记录变化，不是评比结果；各窗口月度考核得分在定稿后公布。`,
    scoresNotPublic: '按本中心评选规则，窗口月度考核得分不对外公布。',
    correctionsTitle: '更正 / Correction',
    monthCorrectionsLead: '本月定稿公布后，以下数字经督查人员更正后重新公布：',
    correctionHeading: (date: string) => `${date}更正`,
    correctionReason: (reason: string) => `更正原因：${reason}`,
    evaluationCaption: (month: string) => `${month}各窗口服务质量电子评价`,
    scrollCue: '← 表格可左右滑动查看 →',
    colWindow: '窗口',
    colDepartment: '派驻单位',
    colComponent: '电子评价得分',
    colComponentUnit: '满分 5 分',
    colRate: '满意率',
    colEvaluations: '评价数/应评数',
    colVolume: '受理量',
    colScore: '月度考核得分',
    colScoreUnit: '满分 100 分',
    colGrade: '月度考核等次',
    windowGrades: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' } as Record<string, string>,
    noRateNote: (placeholder: string) => `满意率为“${placeholder}”表示当月没有有效评价；月度考核得分为“${placeholder}”表示尚未评分。`,
    starsTitle: (quarter: string) => `${quarter}表彰名单`,
    yearTitle: (year: string) => `${year}表彰名单`,
    periodLead: '以下名单经公示期满、无异议后确定，按名次排列。',
    noticeDates: (start: string, end: string) => `公示期 ${start}至${end}`,
    finalizedOn: (date: string) => `${date}确定`,
    places: (places: number, filled: number) =>
      filled < places ? `名额 ${places} 名，评出 ${filled} 名，其余空缺` : `共 ${filled} 名`,
    rulebookRef: (title: string, version: string) => `依据${title}第 ${version} 版`,
    entryWindow: '窗口',
    entryDepartment: '派驻单位',
    entryDeeds: '主要事迹',
    rankLabel: (n: number) => `第${n}名`,
    entryNumber: (n: number) => `${n}号`,
    plaqueTitle: '流动牌匾',
    plaqueNow: (period: string) => `${period}起持有流动牌匾`,
    plaqueHolderBadge: '持有流动牌匾',
    plaqueHistory: (title: string) => `${title}流动牌匾历年持有`,
    plaqueHistoryLead: '优秀窗口实行流动管理：每年评选后，流动牌匾移交当年评出的窗口。',
    colPeriod: '年度',
    colHolders: '持有窗口',
    current: '现持有',
    downloads: '下载与核验',
    downloadsLead: '下载文件的 SHA-256 校验值应与下列数值一致，可用于核验所持副本未被改动。',
    downloadLink: (format: string, size: string) => `下载 ${format}（${size}）`,
    noticesTitle: '公示',
    noticesLead: '拟表彰名单在此公示。公示期内，任何人都可以对名单中的条目提出异议；中心对每一条异议都会核实并答复。',
    noticesInForce: '正在公示',
    noticesPast: '已结束的公示',
    noticeStatusInForce: '公示中',
    noticeStatusEnded: '公示已结束',
    noticeHeading: (period: string, title: string) => `${period}“${title}”拟表彰名单`,
    noticeIssuer: '发布单位：',
    noticeIssued: (date: string) => `发布日期：${date}`,
    noticeAddress: '地址：',
    supervisionPhone: '监督电话：',
    noticeWithdrawn: '已撤销的条目',
    withdrawnNote: (date: string) => `${date}经核实异议成立，撤销该条目。`,
    replacementBadge: '递补',
    replacementDates: (start: string, end: string) => `递补公示期 ${start}至${end}`,
    entryLabel: (n: number, name: string, where: string | null) => `${n}号 ${name}${where ? ` · ${where}` : ''}`,
    noticeChoice: (title: string, start: string, end: string) => `${title}（${start}至${end}）`,
    noticeProvisional: '公示截止日期所依据的节假日安排尚未公布，截止日期可能调整。',
    noticeProposed: '拟表彰对象',
    noticeFinalList: '查看最终名单',
    noticeOpen: '查看公示、提出异议',
    objectHeading: '如何提出异议',
    objectSteps: [
      '在公示期内提出，写明对哪一条目有异议以及事实依据。',
      '点击条目旁的“提出异议”，或在下方表单中选择公示和条目。',
      '联系方式选填，只用于核实和答复，不会公开。',
      '中心逐条核实并答复：异议成立的，取消该条目并依次递补或空缺；不成立的，记录理由。',
    ],
    objectTo: (name: string) => `对“${name}”提出异议`,
    objectShort: '提出异议',
    objectionForm: '提出异议',
    objectionFormFor: (title: string) => `正在公示：${title}`,
    windowsTitle: '窗口',
    windowsLead: '中心各服务窗口的表彰记录和月度考核得分走势。',
    windowHonors: '表彰记录',
    windowHonorsOf: (name: string) => `${name}表彰记录`,
    windowTrend: '月度考核得分走势',
    windowTrendLead: '窗口每个已定稿月份的百分考核得分，未定稿的当月不计入。窗口是公共服务单位，得分公开；工作人员的个人得分不公开。',
    trendChartTitle: (name: string) => `${name}月度考核得分走势图`,
    trendSummary: (from: string, to: string, best: string, bestAt: string, worst: string, worstAt: string, latest: string, latestAt: string) =>
      `${from}至${to}，最高 ${best} 分（${bestAt}），最低 ${worst} 分（${worstAt}），最近一次 ${latest} 分（${latestAt}）。`,
    trendTable: '各月得分',
    colMonth: '月份',
    colWhen: '期间',
    colHonor: '荣誉',
    colHonored: '表彰对象',
    latestScore: (score: string, month: string) => `${month}月度考核得分 ${score}`,
    honorCount: (n: number) => `表彰 ${n} 次`,
    archiveTitle: '往期名单',
    archiveLead: '历年公布的全部名单，按年份由近及远排列。',
    archiveLists: '表彰名单',
    archiveNotices: '公示',
    archiveMonths: '月度电子评价',
    rulesTitle: '计分规则',
    rulesLead: '窗口和工作人员按什么计分、服务明星和优秀窗口怎么评、如何提出异议。数字均来自本中心的评选规则。',
    rulesExplained: (name: string, version: string) => `以下说明依据“${name}”第 ${version} 版。`,
    rulesMismatch: (title: string, version: string) => `已发布名单采用的评选规则为${title}第 ${version} 版，与下述版本不完全相同，以中心公布的规则原文为准。`,
    rulesContents: '目录',
    rulesToNotices: '查看正在公示的名单',
    rulesDetail: '规则细则（供工作人员查阅）',
    rulesDetailLead: '以下为评选规则的完整内容：各项目的分值、扣分代码及其所依据的政策文件条款。点击标题展开。',
    printNote: (date: string) => `打印于公示期满确定的最终名单 · ${date}`,
    posterSeal: '（盖章）',
    posterQr: (url: string) => `扫码查看网上光荣榜：${url}`,
    posterQrAlt: '网上光荣榜二维码',
    formsTitle: '在线填报',
    formsLead: '窗口、管理科和考核小组在此提交考勤、办件、巡查、评选等记录；公众可直接提交投诉和对公示名单的异议。',
    formsSignIn: '工作人员提交前须先登录。',
    signInLink: '登录',
    publicForms: '公众',
    alsoBy: (roles: string) => `也可由${roles}提交`,
    correctionsLead: '记录只增不改：更正是一条新记录，取代原记录并说明原因。请选择原记录的类别。',
    correctionOf: (label: string) => `更正：${label}`,
    submittedBy: '提交人：',
    anyone: '任何人，无需登录',
    requiredNote: '带 * 号的为必填项。',
    noscript: '提交表单需要启用浏览器的 JavaScript：提交时须附带登录凭证和防重复提交的请求编号。页面内容可正常阅读。',
    submit: '提交',
    submitting: '正在提交…',
    addRow: (item: string) => `添加${item}`,
    removeRow: '删除',
    noRows: '尚未添加。没有时可不填。',
    choose: '请选择',
    chooseOptional: '不填',
    windowOption: (name: string, id: string) => `${name}（${id}）`,
    beijingTime: '北京时间',
    onePerLine: '每行一个，也可用逗号或空格分隔',
    atMostItems: (n: number) => `最多 ${n} 个`,
    sessionNone: '尚未登录。',
    sessionAs: (role: string, window: string | undefined) => `已登录：${role}${window ? `（窗口 ${window}）` : ''}`,
    sessionWrongRole: (role: string) => `当前身份（${role}）不能提交此表单，请更换身份登录。`,
    signOut: '退出登录',
    switchUser: '更换身份',
    errorSummary: '提交未成功，请修改以下内容：',
    errorPrefix: '错误：',
    success: '已提交。',
    recordId: '记录编号：',
    successMonth: (month: string) => `（记入 ${month}）`,
    successNext: '表单已清空，可以继续填写下一份。',
    unauthorized: '尚未登录，或登录已过期。',
    unauthorizedLink: '请先登录',
    forbidden: '您当前的角色或窗口无权提交此表单。',
    idempotencyConflict: '这份填写此前已提交成功（可能在网络中断时），之后内容又有改动。请刷新页面确认后再填写新的一份。',
    network: '网络连接失败，填写内容已保留。重新提交是安全的：同一份填写不会被重复记录。',
    server: (status: number) => `服务器暂时无法处理（HTTP ${status}），填写内容已保留，请稍后重新提交。`,
    validation: {
      required: '请填写此项',
      choose: '请选择一项',
      number: '请输入数字',
      whole: '请输入整数',
      format: (hint: string | undefined) => (hint ? `格式不正确：${hint}` : '格式不正确'),
      atLeast: (n: string) => `不能小于 ${n}`,
      atMost: (n: string) => `不能大于 ${n}`,
      longest: (n: string) => `不能超过 ${n} 个字`,
      shortest: (n: string) => `至少 ${n} 个字`,
    },
    signInTitle: '登录',
    signInDevNote: '本地开发登录：本页向本机网关申请演示用的登录凭证（令牌）。部署到 AWS 后，由 Amazon Cognito 托管的登录页代替本页。',
    signInRole: '身份',
    signInWindow: '窗口',
    signInWindowHint: '评价器、考勤登记员和窗口负责人须选择所属窗口。',
    signInSubmit: '登录',
    signInPasteLegend: '或粘贴已有的令牌',
    signInToken: '令牌（JWT）',
    signInPasteSubmit: '使用此令牌',
    signInBadToken: '这不是有效的令牌，或已过期。',
    signInUnavailable: '此环境没有本地开发登录，请使用 Cognito 登录页。',
    signInFailed: (message: string) => `登录失败：${message}`,
    signInNetwork: '网络连接失败，请稍后重试。',
    signInCurrent: '当前登录',
    signInNone: '尚未登录。登录信息只保存在本浏览器标签页中，关闭标签页即退出。',
    signInCenter: '中心',
    signInExpires: '有效期至',
    signInSubject: '用户',
    signInReturn: '返回表单',
    signInToForms: '前往在线填报',
    signInNoscript: '登录需要启用浏览器的 JavaScript。',
  },
  en: {
    skipLink: 'Skip to main content',
    home: 'Home',
    breadcrumbs: 'You are here',
    otherLang: '中文',
    siteTitle: 'Honor Board',
    fallbackCenter: 'Government Service Center',
    mainNav: 'Main',
    textSize: 'Large text',
    address: 'Address: ',
    phone: 'Phone: ',
    feeds: 'Follow: ',
    footerNote: 'An honor is final only once its public notice has ended with no objection open.',
    homeLead: 'The final lists of the quarterly service stars, the yearly stars, the excellent windows, the monthly best windows and the other honors of the center, each made final after a public notice with no objection open.',
    homeDescription: (center: string) => `Honors of the windows and officers of the ${center}`,
    emptyHonors: 'No honors published yet',
    emptyHonorsDetail: 'A list appears here once its public notice has ended with no objection open.',
    emptyMonths: 'No monthly evaluation published yet',
    emptyNotices: 'No list is on public notice now',
    emptyNoticesDetail: 'A proposed list is published here for its public notice, during which anyone may object.',
    emptyArchive: 'Nothing published yet',
    emptyWindows: 'No window published yet',
    emptyWindowHonors: 'No honors for this window yet',
    emptyTrend: 'No monthly score yet',
    boardQuarter: 'Quarterly Honors',
    boardYear: 'Yearly Honors',
    boardMonth: 'Monthly Honors',
    periodHonors: (period: string) => `Honors of ${period}`,
    listHeading: (period: string, title: string) => `${titleCase(title)}, ${period}`,
    fullList: (title: string) => `The full list: ${title}`,
    monthsTitle: 'Monthly Electronic Evaluation',
    monthsLead: "Each window's electronic evaluation, satisfaction rate and monthly score, newest month first.",
    monthsCount: (n: number) => `${n} windows`,
    allMonths: (n: number) => `All ${n} months`,
    published: (date: string) => `published ${date}`,
    monthTitle: (month: string) => `Electronic Evaluation, ${month}`,
    monthPageTitle: (month: string) => `Honors and Electronic Evaluation, ${month}`,
    monthLead: "The electronic evaluation scores the share of satisfied ratings among the valid ones (out of 5); fewer valid ratings than the business volume calls for cost points, conduct deductions come on top, and the floor is 0. The monthly score is the window's 100-point score of the month: a window is a public service unit and its score is public; officers' own scores are not published.",
    rulebookLine: (title: string, version: string, date: string) => `Under ${title}, version ${version} · published ${date}`,
    provisionalBadge: 'Provisional',
    provisionalBadgeInline: '(provisional)',
    provisionalAsOf: (date: string) => `Provisional as of ${date}`,
    provisionalDetail: (closes: string) =>
      `The month closes on ${closes}. Until then its ratings and volumes still change as records come in and are not a result; the windows' monthly scores are published once it closes.`,
    scoresNotPublic: "Under this center's rulebook, the windows' monthly scores are not published.",
    correctionsTitle: 'Correction / 更正',
    monthCorrectionsLead: 'After this month was published as final, these figures were corrected by a supervisor and republished:',
    correctionHeading: (date: string) => `Corrected on ${date}`,
    correctionReason: (reason: string) => `Why: ${reason}`,
    evaluationCaption: (month: string) => `Electronic evaluation of every window, ${month}`,
    scrollCue: '← Swipe the table sideways to see all of it →',
    colWindow: 'Window',
    colDepartment: 'Department',
    colComponent: 'Electronic evaluation',
    colComponentUnit: 'out of 5',
    colRate: 'Satisfaction',
    colEvaluations: 'Ratings / required',
    colVolume: 'Volume',
    colScore: 'Monthly score',
    colScoreUnit: 'out of 100',
    colGrade: 'Monthly grade',
    windowGrades: { excellent: 'excellent', good: 'good', pass: 'pass', fail: 'fail' } as Record<string, string>,
    noRateNote: (placeholder: string) => `A satisfaction rate of “${placeholder}” means no valid rating that month; a monthly score of “${placeholder}” means not scored yet.`,
    starsTitle: (quarter: string) => `Honors of ${quarter}`,
    yearTitle: (year: string) => `Honors of ${year}`,
    periodLead: 'These lists became final after their public notice ended with no objection open. Names are in rank order.',
    noticeDates: (start: string, end: string) => `Public notice ${start} to ${end}`,
    finalizedOn: (date: string) => `final on ${date}`,
    places: (places: number, filled: number) =>
      filled < places ? `${places} places, ${filled} awarded, the rest left empty` : `${filled} awarded`,
    rulebookRef: (title: string, version: string) => `under ${title}, version ${version}`,
    entryWindow: 'Window',
    entryDepartment: 'Department',
    entryDeeds: 'Deeds',
    rankLabel: (n: number) => `No. ${n}`,
    entryNumber: (n: number) => `Entry ${n}`,
    plaqueTitle: 'Moving Plaque',
    plaqueNow: (period: string) => `Holds the moving plaque since ${period}`,
    plaqueHolderBadge: 'Holds the moving plaque',
    plaqueHistory: (title: string) => `Who has held the moving plaque: ${title}`,
    plaqueHistoryLead: 'The plaque of the excellent windows moves: after each year’s selection it passes to the windows chosen that year.',
    colPeriod: 'Year',
    colHolders: 'Windows',
    current: 'now',
    downloads: 'Download and Verify',
    downloadsLead: 'The SHA-256 of a downloaded file must equal the value below: that shows the copy you hold is unchanged.',
    downloadLink: (format: string, size: string) => `Download ${format} (${size})`,
    noticesTitle: 'Public Notices',
    noticesLead: 'Proposed lists are on public notice here. While a notice runs, anyone may object to an entry; the center looks into every objection and answers it.',
    noticesInForce: 'On Notice Now',
    noticesPast: 'Ended Notices',
    noticeStatusInForce: 'On notice',
    noticeStatusEnded: 'Ended',
    noticeHeading: (period: string, title: string) => `Proposed: ${titleCase(title)}, ${period}`,
    noticeIssuer: 'Issued by: ',
    noticeIssued: (date: string) => `Issued: ${date}`,
    noticeAddress: 'Address: ',
    supervisionPhone: 'Supervision phone: ',
    noticeWithdrawn: 'Withdrawn Entries',
    withdrawnNote: (date: string) => `Withdrawn on ${date} after an objection was upheld.`,
    replacementBadge: 'Replacement (递补)',
    replacementDates: (start: string, end: string) => `Replacement on notice ${start} to ${end}`,
    entryLabel: (n: number, name: string, where: string | null) => `Entry ${n}: ${name}${where ? ` · ${where}` : ''}`,
    noticeChoice: (title: string, start: string, end: string) => `${title} (${start} to ${end})`,
    noticeProvisional: 'The end date rests on a holiday calendar not yet published and may change.',
    noticeProposed: 'Proposed',
    noticeFinalList: 'The final list',
    noticeOpen: 'Read the notice, or object',
    objectHeading: 'How to Object',
    objectSteps: [
      'Object while the notice runs, naming the entry and the facts.',
      'Choose “Object” beside the entry, or choose the notice and the entry in the form below.',
      'Your contact is optional, used only to look into it and answer, and never published.',
      'The center checks and answers every objection: an upheld one withdraws the entry (the next candidate moves up, or the place stays empty); a rejected one is answered with the reason.',
    ],
    objectTo: (name: string) => `Object to “${name}”`,
    objectShort: 'Object',
    objectionForm: 'Object to an Entry',
    objectionFormFor: (title: string) => `On notice: ${title}`,
    windowsTitle: 'Windows',
    windowsLead: "Each window's honors and the trend of its monthly scores.",
    windowHonors: 'Honors',
    windowHonorsOf: (name: string) => `Honors of ${name}`,
    windowTrend: 'Monthly Score Trend',
    windowTrendLead: "The window's 100-point score of each closed month; a month still open is left out. A window is a public service unit and its score is public; officers' own scores are not published.",
    trendChartTitle: (name: string) => `Monthly score trend of ${name}`,
    trendSummary: (from: string, to: string, best: string, bestAt: string, worst: string, worstAt: string, latest: string, latestAt: string) =>
      `${from} to ${to}: highest ${best} (${bestAt}), lowest ${worst} (${worstAt}), latest ${latest} (${latestAt}).`,
    trendTable: 'Scores by Month',
    colMonth: 'Month',
    colWhen: 'Period',
    colHonor: 'Honor',
    colHonored: 'Honored',
    latestScore: (score: string, month: string) => `monthly score ${score} (${month})`,
    honorCount: (n: number) => (n === 1 ? '1 honor' : `${n} honors`),
    archiveTitle: 'Archive',
    archiveLead: 'Every list published, by year, newest first.',
    archiveLists: 'Honor Lists',
    archiveNotices: 'Public Notices',
    archiveMonths: 'Monthly Electronic Evaluation',
    rulesTitle: 'How Scores Work',
    rulesLead: 'What windows and staff are scored on, how stars and excellent windows are chosen, and how to object. Every number comes from the center’s rulebook.',
    rulesExplained: (name: string, version: string) => `Explained from “${name}”, version ${version}.`,
    rulesMismatch: (title: string, version: string) => `The published lists follow ${title}, version ${version}, which differs in part from the version explained here; the center's published rules prevail.`,
    rulesContents: 'Contents',
    rulesToNotices: 'See the lists on notice now',
    rulesDetail: 'The Full Rulebook (for Staff)',
    rulesDetailLead: 'The complete rulebook: the points of each item, the deduction codes and the policy clauses they come from. Open a heading to read it.',
    printNote: (date: string) => `Final list after its public notice · ${date}`,
    posterSeal: '(seal)',
    posterQr: (url: string) => `Scan for the online honor board: ${url}`,
    posterQrAlt: 'QR code of the online honor board',
    formsTitle: 'Online Forms',
    formsLead: 'Windows, supervisors and the assessment panel submit attendance, cases, patrols, selections and other records here; anyone may make a complaint or object to a public notice.',
    formsSignIn: 'Staff sign in before submitting.',
    signInLink: 'Sign in',
    publicForms: 'Public',
    alsoBy: (roles: string) => `Also by ${roles}`,
    correctionsLead: 'Records are never edited: a correction is a new record that supersedes the earlier one, with the reason. Choose the kind of the record to correct.',
    correctionOf: (label: string) => `Correct: ${label}`,
    submittedBy: 'Submitted by: ',
    anyone: 'anyone, without signing in',
    requiredNote: 'Fields marked * are required.',
    noscript: 'Submitting needs JavaScript in your browser: a submission carries your sign-in credential and a request key that keeps it from being recorded twice. The page itself reads fine without it.',
    submit: 'Submit',
    submitting: 'Submitting…',
    addRow: (item: string) => `Add ${item.toLowerCase()}`,
    removeRow: 'Remove',
    noRows: 'None added; leave empty if there are none.',
    choose: 'Choose…',
    chooseOptional: 'None',
    windowOption: (name: string, id: string) => `${name} (${id})`,
    beijingTime: 'Beijing time',
    onePerLine: 'One per line, or separated by commas or spaces',
    atMostItems: (n: number) => `at most ${n}`,
    sessionNone: 'Not signed in.',
    sessionAs: (role: string, window: string | undefined) => `Signed in as ${role}${window ? ` (window ${window})` : ''}`,
    sessionWrongRole: (role: string) => `Your current role (${role}) may not submit this form; sign in with another role.`,
    signOut: 'Sign out',
    switchUser: 'Switch role',
    errorSummary: 'Not submitted. Please correct the following:',
    errorPrefix: 'Error: ',
    success: 'Submitted.',
    recordId: 'Record id: ',
    successMonth: (month: string) => ` (filed under ${month})`,
    successNext: 'The form is cleared for the next entry.',
    unauthorized: 'You are not signed in, or your sign-in has expired.',
    unauthorizedLink: 'Sign in first',
    forbidden: 'Your role or window may not submit this form.',
    idempotencyConflict: 'This entry was already submitted (perhaps while the connection dropped) and has changed since. Reload the page to check before starting a new one.',
    network: 'The connection failed; your entries are kept. Submitting again is safe: the same entry is never recorded twice.',
    server: (status: number) => `The server could not take it just now (HTTP ${status}); your entries are kept. Please submit again shortly.`,
    validation: {
      required: 'Fill in this field',
      choose: 'Choose one',
      number: 'Enter a number',
      whole: 'Enter a whole number',
      format: (hint: string | undefined) => (hint ? `Not in the expected form: ${hint}` : 'Not in the expected form'),
      atLeast: (n: string) => `Must be at least ${n}`,
      atMost: (n: string) => `Must be at most ${n}`,
      longest: (n: string) => `At most ${n} characters`,
      shortest: (n: string) => `At least ${n} characters`,
    },
    signInTitle: 'Sign in',
    signInDevNote: 'Local development sign-in: this page asks the local gateway for a demo credential (a token). Deployed on AWS, the Amazon Cognito hosted sign-in takes its place.',
    signInRole: 'Role',
    signInWindow: 'Window',
    signInWindowHint: 'Evaluation devices, window clerks and window heads choose their window.',
    signInSubmit: 'Sign in',
    signInPasteLegend: 'Or paste a token you have',
    signInToken: 'Token (JWT)',
    signInPasteSubmit: 'Use this token',
    signInBadToken: 'This is not a valid token, or it has expired.',
    signInUnavailable: 'This environment has no local development sign-in; use the Cognito sign-in page.',
    signInFailed: (message: string) => `Sign-in failed: ${message}`,
    signInNetwork: 'The connection failed; please try again.',
    signInCurrent: 'Signed in',
    signInNone: 'Not signed in. The sign-in is kept in this browser tab only; closing the tab signs you out.',
    signInCenter: 'Center',
    signInExpires: 'Valid until',
    signInSubject: 'User',
    signInReturn: 'Back to the form',
    signInToForms: 'Go to the online forms',
    signInNoscript: 'Signing in needs JavaScript in your browser.',
  },
} as const;

export type UiWords = (typeof UI)[Lang];

/** The public sections, in the order of the navigation; a section stays marked on the pages below it. */
export const NAV_SECTIONS = [
  { zh: '光荣榜', en: 'Honor Board', paths: ['/'] },
  { zh: '公示', en: 'Notices', paths: ['/notices/'] },
  { zh: '往期名单', en: 'Archive', paths: ['/archive/', '/stars/', '/years/'] },
  { zh: '窗口', en: 'Windows', paths: ['/windows/'] },
  { zh: '月度评价', en: 'Monthly Evaluation', paths: ['/months/'] },
  { zh: '计分规则', en: 'How Scores Work', paths: ['/how-scores-work/'] },
  { zh: '在线填报', en: 'Online Forms', paths: ['/forms/', '/sign-in/'] },
] as const;

/** Title and one-line purpose of each intake form, by the route's operationId. */
export const FORM_TEXT: Readonly<Record<string, { readonly title: Words; readonly intro: Words }>> = {
  submitAttendance: {
    title: { zh: '考勤与请假', en: 'Attendance and leave' },
    intro: {
      zh: '登记工作人员每个工作日的签到签退、请假或公务外出，或旷工。事后补登须在上班后 2 个工作日内。',
      en: "An officer's sign-in and sign-out for a working day, a leave or duty elsewhere, or an absence without leave. Leave registered afterwards must come within 2 working days.",
    },
  },
  submitVolumes: {
    title: { zh: '受理量', en: 'Business volume' },
    intro: {
      zh: '窗口一个月受理的办件数。可按日或按月分次登记，各次相加。',
      en: 'The cases a window accepted in a month. Report daily or monthly: the tallies add up.',
    },
  },
  submitCases: {
    title: { zh: '办件', en: 'Case' },
    intro: {
      zh: '登记一件办件的类型、受理日期和承诺时限，用于计算超期工作日。',
      en: 'A case with its type, accepted date and promised working days, from which overdue days are counted.',
    },
  },
  submitCaseCompletions: {
    title: { zh: '办结', en: 'Case completion' },
    intro: { zh: '登记已受理办件的办结日期。', en: 'The date an accepted case was completed.' },
  },
  submitCaseExtensions: {
    title: { zh: '延时办结', en: 'Case extension' },
    intro: {
      zh: '业务科批准延时办结后登记：新的办结期限和理由。办件按新期限判断是否按时办结。',
      en: 'An extension the business section approved: the new deadline and the reason. The case is judged on time against the new deadline.',
    },
  },
  submitInspections: {
    title: { zh: '卫生检查', en: 'Hygiene inspection' },
    intro: {
      zh: '每季度的窗口卫生检查及各扣分项。没有扣分项时不必添加。',
      en: "A window's quarterly hygiene inspection with its deductions. Add none if there were none.",
    },
  },
  submitPatrols: {
    title: { zh: '巡查', en: 'Patrol' },
    intro: {
      zh: '上午、下午现场巡查或视频抽查中发现的问题，使用评选规则中的事项代码。',
      en: 'What a morning or afternoon patrol or a CCTV spot check found, with codes from the rulebook.',
    },
  },
  submitFindings: {
    title: { zh: '扣分加分事项', en: 'Finding' },
    intro: {
      zh: '经核实的扣分或加分事项，写明事实依据和核实人。',
      en: 'A verified deduction or bonus, with the evidence and who verified it.',
    },
  },
  submitComplaints: {
    title: { zh: '投诉登记', en: 'Register a complaint' },
    intro: {
      zh: '登记中心收到的投诉。投诉人姓名和联系方式不公开。',
      en: "A complaint the center received. The complainant's name and contact are never published.",
    },
  },
  submitPublicComplaints: {
    title: { zh: '投诉', en: 'Make a complaint' },
    intro: {
      zh: '对窗口或工作人员的服务有意见，可以在此投诉。您的姓名和联系方式只用于核实和答复，不会公开。',
      en: 'Unhappy with the service of a window or an officer? Tell us here. Your name and contact are used only to look into it and reply, and are never published.',
    },
  },
  submitComplaintSteps: {
    title: { zh: '投诉处理进度', en: 'Complaint progress' },
    intro: {
      zh: '记录投诉的调查、认定和办结。超过 3 个工作日办结的，须说明延期理由。',
      en: 'Investigation, verdict and closing of a complaint. Beyond 3 working days, state the reason for the extension.',
    },
  },
  submitTrainings: {
    title: { zh: '学习培训点名', en: 'Training roll call' },
    intro: {
      zh: '一次学习培训的出席、请假和缺席人员，填写工作人员编号。',
      en: 'Who attended a training session, who was excused and who was absent, by officer id.',
    },
  },
  submitEvaluatorConduct: {
    title: { zh: '评价行为', en: 'Evaluator conduct' },
    intro: {
      zh: '无故关闭评价器、未提示评价、拒绝评价、连续评价或自评。',
      en: 'An evaluation device switched off without cause, no prompt for a rating, a refused rating, consecutive ratings or self-rating.',
    },
  },
  submitDeviceFaults: {
    title: { zh: '评价器故障', en: 'Device fault' },
    intro: {
      zh: '评价器故障的起止时间。故障期间不计评价数差额。',
      en: "When a window's evaluation device was out of order; the shortfall of evaluations in that time is not counted.",
    },
  },
  submitConsecutiveFlagDecisions: {
    title: { zh: '连续评价认定', en: 'Consecutive-rating decision' },
    intro: {
      zh: '确认或排除系统标记的连续评价。',
      en: 'Confirm or clear consecutive ratings the system flagged.',
    },
  },
  submitCommendations: {
    title: { zh: '表扬', en: 'Commendation' },
    intro: {
      zh: '锦旗、感谢信、媒体表扬或上交礼品礼金，经核实后登记。',
      en: 'A banner, a letter of thanks, praise in the media or a gift handed in, once verified.',
    },
  },
  submitNominations: {
    title: { zh: '推荐', en: 'Nomination' },
    intro: {
      zh: '推荐本窗口工作人员（事迹不超过 100 字）或本窗口（不超过 200 字）参加季度评选，截止于季度第三个月 20 日。',
      en: "Nominate officers of the window (deeds of at most 100 characters) or the window itself (at most 200) for the quarter's selection, by the 20th of its third month.",
    },
  },
  submitBallots: {
    title: { zh: '民主测评', en: 'Ballot' },
    intro: {
      zh: '窗口负责人为每位候选对象打分，0–100 分。',
      en: 'A window head scores each candidate from 0 to 100.',
    },
  },
  submitPanelScores: {
    title: { zh: '综合评定', en: 'Panel score' },
    intro: {
      zh: '考核小组成员为每位候选对象打分，0–100 分。',
      en: 'A member of the assessment panel scores each candidate from 0 to 100.',
    },
  },
  submitPublicObjections: {
    title: { zh: '异议', en: 'Objection' },
    intro: {
      zh: '公示期内对公示名单中的某一条有异议，可以在此提出。联系方式可不填，填写后不会公开。',
      en: 'Object to an entry of a public notice while the notice runs. A contact is optional and never published.',
    },
  },
  submitYearlyRatings: {
    title: { zh: '年度考核评分', en: 'Yearly rating' },
    intro: {
      zh: '按评分人类别为工作人员的年度考核评分，分值不超过该类评分人的份额。',
      en: "Points for an officer's yearly assessment by one kind of rater, within that rater's share.",
    },
  },
  submitVetoes: {
    title: { zh: '一票否决', en: 'Veto' },
    intro: {
      zh: '经核实的否决事项，使窗口或工作人员在本季度或本年度不得参评。',
      en: 'A verified event that disqualifies a window or officer from honors for the quarter or the year.',
    },
  },
  submitVetoAppeals: {
    title: { zh: '否决申诉', en: 'Veto appeal' },
    intro: { zh: '窗口对一票否决提出申诉，写明理由。', en: 'A window appeals a veto, with its grounds.' },
  },
  submitAppealDecisions: {
    title: { zh: '申诉复核', en: 'Appeal decision' },
    intro: { zh: '对否决申诉的复核结论和理由。', en: 'The decision on a veto appeal, with the reason.' },
  },
  submitCorrection: {
    title: { zh: '更正记录', en: 'Correct a record' },
    intro: {
      zh: '更正是一条新记录，取代原记录。请填写原记录编号、更正原因和更正后的完整内容。',
      en: 'A correction is a new record that supersedes the earlier one: give the record id, the reason and the corrected record in full.',
    },
  },
};

/** Field labels by API field name. */
const FIELD_LABELS: Readonly<Record<string, Words>> = {
  windowId: { zh: '窗口', en: 'Window' },
  officerId: { zh: '工作人员编号', en: 'Officer id' },
  date: { zh: '日期', en: 'Date' },
  note: { zh: '备注', en: 'Note' },
  month: { zh: '月份', en: 'Month' },
  quarter: { zh: '季度', en: 'Quarter' },
  year: { zh: '年度', en: 'Year' },
  period: { zh: '考核期间', en: 'Period' },
  caseNumber: { zh: '办件编号', en: 'Case number' },
  signIn: { zh: '签到时间', en: 'Sign-in time' },
  signOut: { zh: '签退时间', en: 'Sign-out time' },
  approval: { zh: '请假方式', en: 'Approval' },
  ratedAt: { zh: '评价时间', en: 'Rated at' },
  scale: { zh: '评价等级制', en: 'Rating scale' },
  rating: { zh: '评价结果', en: 'Rating' },
  accepted: { zh: '受理件数', en: 'Cases accepted' },
  caseType: { zh: '办件类型', en: 'Case type' },
  acceptedDate: { zh: '受理日期', en: 'Accepted on' },
  promisedWorkingDays: { zh: '承诺时限（工作日）', en: 'Promised working days' },
  completedDate: { zh: '办结日期', en: 'Completed on' },
  windowCodes: { zh: '窗口扣分代码（查实时填写）', en: 'Window finding codes (when verified)' },
  officerCodes: { zh: '工作人员扣分代码（查实时填写）', en: 'Officer finding codes (when verified)' },
  officerIds: { zh: '涉及的工作人员编号', en: 'Officers concerned' },
  approvedDate: { zh: '批准日期', en: 'Approved on' },
  approvedBy: { zh: '批准人（业务科）', en: 'Approved by (business section)' },
  newDeadline: { zh: '延时后的办结期限', en: 'New deadline' },
  inspector: { zh: '检查人', en: 'Inspector' },
  deductions: { zh: '扣分项', en: 'Deductions' },
  item: { zh: '检查项目', en: 'Item' },
  points: { zh: '分值', en: 'Points' },
  code: { zh: '事项代码', en: 'Code' },
  level: { zh: '级别', en: 'Level' },
  count: { zh: '次数', en: 'Count' },
  session: { zh: '巡查方式', en: 'Patrol' },
  findings: { zh: '发现的问题', en: 'Findings' },
  subject: { zh: '对象', en: 'Subject' },
  evidence: { zh: '事实依据', en: 'Evidence' },
  verifiedBy: { zh: '核实人', en: 'Verified by' },
  sourceKind: { zh: '来源', en: 'Source' },
  sourceRecordId: { zh: '来源记录编号', en: 'Source record id' },
  receivedDate: { zh: '收到日期', en: 'Received on' },
  channel: { zh: '投诉渠道', en: 'Channel' },
  simple: { zh: '现场可即时处理的简易投诉', en: 'A simple on-site complaint, handled the same day' },
  summary: { zh: '投诉内容', en: 'What happened' },
  complainantName: { zh: '投诉人姓名', en: 'Your name' },
  complainantContact: { zh: '联系方式', en: 'Contact' },
  referralNumber: { zh: '12345 转办单号', en: '12345 referral number' },
  referralDeadline: { zh: '转办办结期限', en: 'Referral deadline' },
  complaintId: { zh: '投诉记录编号', en: 'Complaint record id' },
  step: { zh: '处理进度', en: 'Step' },
  extensionReason: { zh: '延期理由', en: 'Reason for the extension' },
  sessionId: { zh: '培训场次编号', en: 'Session id' },
  topic: { zh: '培训主题', en: 'Topic' },
  present: { zh: '出席人员', en: 'Present' },
  excused: { zh: '请假人员', en: 'Excused' },
  absent: { zh: '缺席人员', en: 'Absent' },
  observedAt: { zh: '发现时间', en: 'Observed at' },
  deviceId: { zh: '评价器编号', en: 'Device id' },
  from: { zh: '故障开始时间', en: 'Out of order from' },
  to: { zh: '故障结束时间', en: 'Out of order until' },
  flagId: { zh: '标记编号', en: 'Flag id' },
  decision: { zh: '认定结果', en: 'Decision' },
  nominee: { zh: '推荐对象', en: 'Nominating' },
  direct: { zh: '中心科室直接推荐', en: "A supervisor's direct nomination" },
  officers: { zh: '推荐的工作人员', en: 'Nominated officers' },
  deeds: { zh: '主要事迹', en: 'Deeds' },
  honorId: { zh: '评选项目', en: 'Honor' },
  scores: { zh: '评分', en: 'Scores' },
  candidateId: { zh: '候选对象编号', en: 'Candidate id' },
  score: { zh: '分数', en: 'Score' },
  noticeId: { zh: '公示名单', en: 'Notice' },
  text: { zh: '异议内容', en: 'Your objection' },
  contact: { zh: '联系方式', en: 'Contact' },
  raterKind: { zh: '评分人类别', en: 'Rater' },
  ratedBy: { zh: '评分人', en: 'Rated by' },
  scope: { zh: '否决范围', en: 'Scope' },
  reason: { zh: '理由', en: 'Reason' },
  vetoId: { zh: '否决记录编号', en: 'Veto record id' },
  grounds: { zh: '申诉理由', en: 'Grounds' },
  appealId: { zh: '申诉记录编号', en: 'Appeal record id' },
  decidedBy: { zh: '复核人', en: 'Decided by' },
};

/** Where a field name means something of its own in one scope. */
const SCOPED_FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  attendance: {
    entry: { zh: '登记类别', en: 'Entry' },
    kind: { zh: '请假类别', en: 'Kind of leave' },
  },
  'evaluator-conduct': { kind: { zh: '行为类别', en: 'Conduct' } },
  commendation: {
    kind: { zh: '表扬形式', en: 'Kind' },
    note: { zh: '表扬内容', en: 'What was praised' },
  },
  complaint: {
    windowId: { zh: '涉及窗口', en: 'Window concerned' },
    officerId: { zh: '涉及工作人员编号（如知道）', en: 'Officer id, if known' },
  },
  inspection: { date: { zh: '检查日期', en: 'Inspected on' } },
  objection: { entry: { zh: '异议的公示条目', en: 'Entry objected to' } },
  'consecutive-flag-decision': { decision: { zh: '认定结果', en: 'Decision' } },
  'appeal-decision': {
    decision: { zh: '复核结论', en: 'Decision' },
    reason: { zh: '复核理由', en: 'Reason' },
  },
  veto: {
    reason: { zh: '否决事由', en: 'Reason' },
    code: { zh: '否决事项代码', en: 'Veto code' },
  },
  'yearly-rating': { points: { zh: '得分', en: 'Points' } },
  correction: {
    supersedes: { zh: '被更正的记录编号', en: 'Record to correct (id)' },
    reason: { zh: '更正原因', en: 'Reason for the correction' },
    record: { zh: '更正后的记录', en: 'The corrected record' },
  },
};

/** What one row of a list is called: "扣分项 1", "Deduction 1". */
const ROW_LABELS: Readonly<Record<string, Words>> = {
  deductions: { zh: '扣分项', en: 'Deduction' },
  findings: { zh: '问题', en: 'Finding' },
  officers: { zh: '推荐人员', en: 'Officer' },
  scores: { zh: '候选对象', en: 'Candidate' },
};

/** Option labels by field name; values of different fields never share a name's map. */
const OPTION_LABELS: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  entry: {
    'sign-in': { zh: '签到签退', en: 'Sign-in and sign-out' },
    leave: { zh: '请假或公务外出', en: 'Leave or duty elsewhere' },
    absent: { zh: '旷工', en: 'Absent without leave' },
  },
  kind: {
    meeting: { zh: '会议', en: 'Meeting' },
    training: { zh: '培训', en: 'Training' },
    inspection: { zh: '考察', en: 'Study visit' },
    sick: { zh: '病假', en: 'Sick leave' },
    annual: { zh: '公休', en: 'Annual leave' },
    compensatory: { zh: '调休', en: 'Compensatory leave' },
    personal: { zh: '事假', en: 'Personal leave' },
    maternity: { zh: '产假', en: 'Maternity leave' },
    'evaluator-off': { zh: '无故关闭评价器', en: 'Device switched off without cause' },
    'no-prompt': { zh: '未提示评价', en: 'No prompt for a rating' },
    refused: { zh: '拒绝评价', en: 'Rating refused' },
    consecutive: { zh: '连续评价', en: 'Consecutive ratings' },
    'self-rating': { zh: '自评', en: 'Self-rating' },
    banner: { zh: '锦旗', en: 'Banner' },
    letter: { zh: '感谢信', en: 'Letter of thanks' },
    media: { zh: '媒体表扬', en: 'Praise in the media' },
    'gift-handed-in': { zh: '上交礼品礼金', en: 'Gift handed in' },
  },
  approval: {
    prior: { zh: '事前请假', en: 'Approved beforehand' },
    after: { zh: '事后补登', en: 'Registered afterwards' },
  },
  scale: {
    'two-level': { zh: '两级（满意、不满意）', en: 'Two levels' },
    'five-level': { zh: '五级（非常满意至非常不满意）', en: 'Five levels' },
  },
  caseType: {
    immediate: { zh: '即办件', en: 'Immediate' },
    promised: { zh: '承诺件', en: 'Promised' },
    reply: { zh: '答复件', en: 'Reply' },
    joint: { zh: '联办件', en: 'Joint' },
    referred: { zh: '报批件', en: 'Referred for approval' },
  },
  item: {
    dust: { zh: '积尘', en: 'Dust' },
    clutter: { zh: '杂物堆放', en: 'Clutter' },
    'bulletin-board': { zh: '公示栏', en: 'Bulletin board' },
    litter: { zh: '纸屑垃圾', en: 'Litter' },
    'bin-full': { zh: '垃圾桶满溢', en: 'Bin overflowing' },
    smoking: { zh: '吸烟', en: 'Smoking' },
    'cigarette-butt': { zh: '烟蒂', en: 'Cigarette butt' },
  },
  session: {
    morning: { zh: '上午巡查', en: 'Morning patrol' },
    afternoon: { zh: '下午巡查', en: 'Afternoon patrol' },
    cctv: { zh: '视频抽查', en: 'CCTV spot check' },
  },
  level: {
    district: { zh: '区级', en: 'District' },
    municipal: { zh: '市级', en: 'Municipal' },
    provincial: { zh: '省级', en: 'Provincial' },
    national: { zh: '国家级', en: 'National' },
  },
  subject: {
    window: { zh: '窗口', en: 'Window' },
    officer: { zh: '工作人员', en: 'Officer' },
  },
  sourceKind: {
    patrol: { zh: '巡查', en: 'Patrol' },
    inspection: { zh: '卫生检查', en: 'Hygiene inspection' },
    complaint: { zh: '投诉', en: 'Complaint' },
    'mystery-shopper': { zh: '暗访', en: 'Mystery shopper' },
    other: { zh: '其他', en: 'Other' },
  },
  channel: {
    phone: { zh: '电话', en: 'Phone' },
    'letter-visit': { zh: '来信来访', en: 'Letter or visit' },
    email: { zh: '电子邮件', en: 'Email' },
    'hotline-12345': { zh: '12345 热线', en: '12345 hotline' },
    'on-site': { zh: '现场', en: 'On site' },
    web: { zh: '网上', en: 'Web form' },
  },
  step: {
    investigating: { zh: '调查中', en: 'Investigating' },
    verified: { zh: '属实', en: 'Verified' },
    unfounded: { zh: '不属实', en: 'Unfounded' },
    closed: { zh: '办结', en: 'Closed' },
  },
  decision: {
    confirm: { zh: '确认为连续评价', en: 'Confirm' },
    clear: { zh: '排除', en: 'Clear' },
    upheld: { zh: '维持否决', en: 'Veto upheld' },
    overturned: { zh: '撤销否决', en: 'Veto overturned' },
  },
  nominee: {
    officers: { zh: '本窗口工作人员', en: 'Officers of the window' },
    window: { zh: '本窗口', en: 'The window itself' },
  },
  raterKind: {
    'unit-leader': { zh: '原单位领导', en: 'Leader of the home unit' },
    'window-head': { zh: '窗口负责人', en: 'Window head' },
    'peer-heads': { zh: '其他窗口负责人', en: 'Other window heads' },
    'center-departments': { zh: '中心各科室', en: 'Center departments' },
  },
  scope: {
    quarter: { zh: '本季度', en: 'The quarter' },
    year: { zh: '本年度', en: 'The year' },
  },
};

/** How a value is written, by field name, where its format alone does not say enough. */
const FIELD_HINTS: Readonly<Record<string, Words>> = {
  officerId: { zh: '如 o001', en: 'e.g. o001' },
  code: { zh: '评选规则中的代码，如 B-W-BANNER', en: 'A code of the rulebook, e.g. B-W-BANNER' },
  honorId: { zh: '如 quarterly-stars', en: 'e.g. quarterly-stars' },
  candidateId: { zh: '窗口或工作人员编号，如 w01、o001', en: 'A window or officer id, e.g. w01, o001' },
  score: { zh: '0–100，至多一位小数', en: '0–100, at most one decimal' },
  rating: { zh: '满意、不满意；五级制另有非常满意、基本满意、非常不满意', en: '满意 or 不满意; the five-level scale adds 非常满意, 基本满意, 非常不满意' },
  sessionId: { zh: '同一次培训的多次点名使用同一编号', en: 'The same id for every roll call of one session' },
  present: { zh: '工作人员编号', en: 'Officer ids' },
  excused: { zh: '工作人员编号', en: 'Officer ids' },
  absent: { zh: '工作人员编号', en: 'Officer ids' },
  noticeId: { zh: '见公示页面', en: 'As shown on the notice' },
  complainantContact: { zh: '电话或电子邮件，不公开', en: 'Phone or email; never published' },
  contact: { zh: '电话或电子邮件，不公开', en: 'Phone or email; never published' },
  complainantName: { zh: '不公开', en: 'Never published' },
  extensionReason: { zh: '超过 3 个工作日办结时填写，至少 5 个字', en: 'When closing after 3 working days; at least 5 characters' },
};

const AT_LEAST_FIVE: Words = { zh: '至少 5 个字', en: 'At least 5 characters' };

const SCOPED_FIELD_HINTS: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  objection: { entry: { zh: '公示名单中的编号', en: 'The id of the entry on the notice' } },
  correction: { reason: AT_LEAST_FIVE },
  'appeal-decision': { reason: AT_LEAST_FIVE },
};

/** How a value of a format is written. */
const FORMAT_HINTS: Readonly<Record<ValueFormat, Words>> = {
  month: { zh: '如 2026-10', en: 'e.g. 2026-10' },
  quarter: { zh: '如 2026-Q4', en: 'e.g. 2026-Q4' },
  year: { zh: '如 2026', en: 'e.g. 2026' },
  period: { zh: '月 2026-10、季度 2026-Q4 或年度 2026', en: 'A month 2026-10, a quarter 2026-Q4 or a year 2026' },
  clock: { zh: '24 小时制，如 08:55', en: '24-hour, e.g. 08:55' },
  decimal: { zh: '如 0.5，至多两位小数', en: 'e.g. 0.5, at most two decimals' },
  slug: { zh: '小写字母、数字和连字符', en: 'Lower-case letters, digits and hyphens' },
  'record-id': { zh: '提交成功时显示的记录编号', en: 'The record id shown when it was submitted' },
  reference: { zh: '不含空格和 #', en: 'No spaces or #' },
};

function lookup(table: Readonly<Record<string, Words>> | undefined, key: string): Words | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The label of a field; throws for a field without one, so a new field fails the build. */
export function fieldLabel(scope: string, name: string, lang: Lang): string {
  const words = lookup(SCOPED_FIELD_LABELS[scope], name) ?? lookup(FIELD_LABELS, name);
  if (!words) throw new Error(`no label for field "${name}" of ${scope} (site/src/i18n.ts)`);
  return words[lang];
}

/** The label of one value of a select; throws for a value without one. */
export function optionLabel(name: string, value: string, lang: Lang): string {
  const words = lookup(OPTION_LABELS[name], value);
  if (!words) throw new Error(`no label for value "${value}" of field "${name}" (site/src/i18n.ts)`);
  return words[lang];
}

/** What one row of a list is called; throws for a list without a name for its rows. */
export function rowLabel(name: string, lang: Lang): string {
  const words = lookup(ROW_LABELS, name);
  if (!words) throw new Error(`no row label for list "${name}" (site/src/i18n.ts)`);
  return words[lang];
}

/** A field's hint: its scope's, else its name's, else its format's. */
export function fieldHint(scope: string, name: string, format: ValueFormat | undefined, lang: Lang): string | undefined {
  const words = lookup(SCOPED_FIELD_HINTS[scope], name) ?? lookup(FIELD_HINTS, name) ?? (format ? FORMAT_HINTS[format] : undefined);
  return words?.[lang];
}

/** The form's title and purpose; throws for a route without them. */
export function formText(operationId: string, lang: Lang): { title: string; intro: string } {
  const text = FORM_TEXT[operationId];
  if (!text) throw new Error(`no title for form ${operationId} (site/src/i18n.ts)`);
  return { title: lang === 'en' ? titleCase(text.title.en) : text.title.zh, intro: text.intro[lang] };
}
