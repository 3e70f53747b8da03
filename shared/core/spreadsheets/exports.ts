/**
 * Spreadsheets out (表格导出): sheets built with exceljs for the meetings that still run on
 * paper — a month's window scores, and a selection's candidate sheet for the panel with
 * blank columns for the ballot count and the panel's scores. Every sheet says what it is:
 * its title, the period, the rulebook version and the moment it was exported, above Chinese
 * column headers, so a printed copy can be traced back to the data it came from.
 */
import { type CellValue, type ExcelBuffer, newWorkbook } from './workbook.ts';
import type { ServiceWindow } from '../center.ts';
import { format2, fromExact, mean } from '../points.ts';
import type { MonthCorrection } from '../published.ts';
import type { RulebookRef } from '../rulebook/ref.ts';
import type { SelectionFlow } from '../selection/state-machine.ts';

export type Cell = string | number | null;

export interface SheetSpec {
  readonly title: string;
  /** Label and value lines under the title: 期间, 规则版本, 导出时间 … */
  readonly about: readonly (readonly [string, string])[];
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Beijing wall-clock time of an instant, as a Chinese reader expects it on the sheet. */
export const beijingTime = (at: Date): string => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ') + '（北京时间）';

/** The row of the column headers: the title, the about lines and one blank row come first. */
export const headerRowOf = (spec: Pick<SheetSpec, 'about'>): number => spec.about.length + 3;

export async function buildSheet(spec: SheetSpec): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = '窗口考评与光荣榜';
  const sheet = workbook.addWorksheet(spec.title.slice(0, 31));
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  const title = sheet.addRow([spec.title]);
  title.font = { bold: true, size: 14 };
  for (const [label, value] of spec.about) sheet.addRow([label, value]);
  sheet.addRow([]);
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of spec.rows) {
    const added = sheet.addRow([...row]);
    added.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { bottom: { style: 'hair' } };
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRowOf(spec) }];
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRowOf(spec)}:${headerRowOf(spec)}` };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface WindowScore {
  readonly windowId: string;
  readonly scoreShown: string;
  readonly grade: string | null;
  readonly deductionPoints: string;
  readonly bonus: string;
  readonly pending: readonly string[];
}

export function windowScoresSheet(input: {
  readonly month: string;
  readonly centerName: string;
  readonly windows: readonly ServiceWindow[];
  readonly scores: readonly WindowScore[];
  readonly rulebook: RulebookRef | null;
  readonly exportedAt: Date;
  /** The month's correction notes as published (更正): each one an about line. */
  readonly corrections?: readonly MonthCorrection[];
}): SheetSpec {
  const byWindow = new Map(input.scores.map((s) => [s.windowId, s]));
  const names = new Map(input.windows.map((w) => [w.windowId, w.name]));
  const FIELD = { score: '月度考核得分', component: '电子评价得分' } as const;
  const corrections = (input.corrections ?? []).map(
    (note): [string, string] => [
      '更正',
      `${note.date}：${note.changes.map((c) => `${names.get(c.windowId) ?? c.windowId} ${FIELD[c.field]} ${c.before ?? '—'} → ${c.after ?? '—'}`).join('；')}；原因：${note.reason}`,
    ],
  );
  return {
    title: `${input.centerName} ${input.month} 窗口月度考核得分`,
    about: [
      ['期间', input.month],
      ['规则版本', input.rulebook ? `${input.rulebook.id} ${input.rulebook.version}` : '尚未计分'],
      ['导出时间', beijingTime(input.exportedAt)],
      ...corrections,
    ],
    columns: [
      { header: '窗口编号', width: 10 },
      { header: '窗口名称', width: 28 },
      { header: '派驻单位', width: 22 },
      { header: '得分', width: 10 },
      { header: '等次', width: 10 },
      { header: '扣分', width: 10 },
      { header: '加分', width: 10 },
      { header: '待定事项', width: 30 },
    ],
    rows: input.windows.map((w) => {
      const s = byWindow.get(w.windowId);
      return [
        w.windowId,
        w.name,
        w.department,
        s ? Number(s.scoreShown) : null,
        s?.grade ?? (s ? '' : '未计分'),
        s ? Number(format2(fromExact(s.deductionPoints))) : null,
        s ? Number(format2(fromExact(s.bonus))) : null,
        s?.pending.join('；') ?? '',
      ];
    }),
  };
}

const EXCLUSION_NAMES: Readonly<Record<string, string>> = {
  veto: '一票否决',
  'days-on-duty': '在岗天数不足',
  'bottom-window-head': '末位窗口负责人',
  'on-time-completion': '按时办结率不足',
  disqualified: '取消评选资格',
  precondition: '不符合申报条件',
  'below-minimum-score': '低于最低分',
};

export interface NamedSubject {
  readonly name: string;
  /** For an officer, the window's name. */
  readonly window?: string;
}

/**
 * The panel's candidate sheet: each candidate with a number (候选编号, the order of the
 * pool's ranking, the ineligible after), the score the ranking used, and empty columns
 * for the ballots counted and each panel member's score, filled in by hand at the meeting.
 */
export function candidateSheet(input: {
  readonly flow: SelectionFlow;
  readonly honorName: string;
  readonly centerName: string;
  readonly names: ReadonlyMap<string, NamedSubject>;
  readonly rulebook: RulebookRef;
  readonly exportedAt: Date;
  /** How many blank panel-score columns to leave (the panel's size). */
  readonly panelColumns?: number;
}): SheetSpec {
  const panel = input.panelColumns ?? 5;
  const ordered = [...input.flow.candidates].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.subjectId.localeCompare(b.subjectId);
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.subjectId.localeCompare(b.subjectId);
  });
  return {
    title: `${input.centerName} ${input.honorName} 候选人评审表`,
    about: [
      ['评选', `${input.honorName}（${input.flow.honorId}）`],
      ['期间', input.flow.period],
      ['名额', String(input.flow.places)],
      ['规则版本', `${input.rulebook.id} ${input.rulebook.version}`],
      ['导出时间', beijingTime(input.exportedAt)],
    ],
    columns: [
      { header: '候选编号', width: 10 },
      { header: '编号', width: 10 },
      { header: '姓名/名称', width: 24 },
      { header: '所在窗口', width: 24 },
      { header: '排名', width: 8 },
      { header: '得分', width: 10 },
      { header: '资格', width: 24 },
      { header: '得票数', width: 10 },
      ...Array.from({ length: panel }, (_, i) => ({ header: `评审组评分${i + 1}`, width: 12 })),
      { header: '备注', width: 24 },
    ],
    rows: ordered.map((c, i) => {
      const named = input.names.get(c.subjectId);
      const eligibility = c.exclusions.length === 0 ? '符合' : `不符合：${c.exclusions.map((e) => EXCLUSION_NAMES[e.rule] ?? e.rule).join('、')}`;
      return [
        i + 1,
        c.subjectId,
        named?.name ?? c.subjectId,
        named?.window ?? '',
        c.rank,
        c.score === null ? null : Number(c.score),
        eligibility,
        null,
        ...Array.from({ length: panel }, () => null),
        null,
      ];
    }),
  };
}

/** One officer's stored monthly score, as the officer-scores sheet reads it. */
export interface OfficerMonthScore {
  readonly officerId: string;
  readonly month: string;
  /** Exact points. */
  readonly score: string;
  readonly grade: string | null;
}

export interface RosterOfficer {
  readonly officerId: string;
  readonly name: string;
  readonly window: string;
  readonly role: 'head' | 'staff';
}

const GRADE_ZH: Readonly<Record<string, string>> = { excellent: '优秀', competent: '称职', basic: '基本称职', incompetent: '不称职' };

/**
 * Officers' monthly 100-point scores of a month, a quarter or a year: one column per month
 * and, over a longer period, the mean of the months scored (exact, shown with two
 * decimals) — for staff with the right to see officers' scores, never published.
 */
export function officerScoresSheet(input: {
  readonly period: string;
  readonly months: readonly string[];
  readonly centerName: string;
  readonly officers: readonly RosterOfficer[];
  readonly scores: readonly OfficerMonthScore[];
  readonly rulebook: RulebookRef | null;
  readonly exportedAt: Date;
}): SheetSpec {
  const byKey = new Map(input.scores.map((s) => [`${s.officerId}|${s.month}`, s]));
  const single = input.months.length === 1;
  return {
    title: `${input.centerName} ${input.period} 工作人员月度考核得分`,
    about: [
      ['期间', input.period],
      ['规则版本', input.rulebook ? `${input.rulebook.id} ${input.rulebook.version}` : '尚未计分'],
      ['导出时间', beijingTime(input.exportedAt)],
    ],
    columns: [
      { header: '工号', width: 10 },
      { header: '姓名', width: 12 },
      { header: '所在窗口', width: 26 },
      { header: '岗位', width: 8 },
      ...input.months.map((m) => ({ header: single ? '得分' : `${m} 得分`, width: 12 })),
      ...(single ? [{ header: '等次', width: 10 }] : [{ header: '已计分月数', width: 10 }, { header: '月均得分', width: 10 }]),
    ],
    rows: input.officers.map((o) => {
      const own = input.months.map((m) => byKey.get(`${o.officerId}|${m}`));
      const scored = own.filter((s): s is OfficerMonthScore => s !== undefined).map((s) => fromExact(s.score));
      return [
        o.officerId,
        o.name,
        o.window,
        o.role === 'head' ? '负责人' : '工作人员',
        ...own.map((s) => (s ? Number(format2(fromExact(s.score))) : null)),
        ...(single
          ? [own[0]?.grade ? (GRADE_ZH[own[0].grade] ?? own[0].grade) : own[0] ? '' : '未计分']
          : [scored.length, scored.length ? Number(format2(mean(scored))) : null]),
      ];
    }),
  };
}

/** One officer's stored yearly assessment (functions/jobs/yearly-assessment.ts). */
export interface StoredYearlyAssessment {
  readonly officerId: string;
  readonly status: 'assessed' | 'incomplete' | 'not-assessed';
  readonly totalShown?: string;
  readonly grade?: string | null;
  readonly capped?: boolean;
  readonly missing?: readonly string[];
}

const STATUS_ZH: Readonly<Record<StoredYearlyAssessment['status'], string>> = { assessed: '已考核', incomplete: '资料不全', 'not-assessed': '不参加考核' };

/** The yearly officer assessment (§4.6): total, grade (不定等次 where none), and why an officer has none. */
export function yearlyAssessmentSheet(input: {
  readonly year: string;
  readonly centerName: string;
  readonly officers: readonly RosterOfficer[];
  readonly assessments: readonly StoredYearlyAssessment[];
  readonly excellentCap: number | null;
  readonly rulebook: RulebookRef | null;
  readonly exportedAt: Date;
}): SheetSpec {
  const byOfficer = new Map(input.assessments.map((a) => [a.officerId, a]));
  return {
    title: `${input.centerName} ${input.year} 年度工作人员考核表`,
    about: [
      ['年度', input.year],
      ['优秀名额上限', input.excellentCap === null ? '尚未考核' : String(input.excellentCap)],
      ['规则版本', input.rulebook ? `${input.rulebook.id} ${input.rulebook.version}` : '尚未考核'],
      ['导出时间', beijingTime(input.exportedAt)],
    ],
    columns: [
      { header: '工号', width: 10 },
      { header: '姓名', width: 12 },
      { header: '所在窗口', width: 26 },
      { header: '岗位', width: 8 },
      { header: '考核状态', width: 12 },
      { header: '总分', width: 10 },
      { header: '等次', width: 12 },
      { header: '说明', width: 36 },
    ],
    rows: input.officers.map((o) => {
      const a = byOfficer.get(o.officerId);
      const grade = a?.status !== 'assessed' ? '' : a.grade ? (GRADE_ZH[a.grade] ?? a.grade) : '不定等次';
      const note = !a ? '本年度尚无考核结果' : a.status === 'incomplete' ? `缺：${(a.missing ?? []).join('、')}` : a.capped ? '超出优秀名额，评为称职' : '';
      return [o.officerId, o.name, o.window, o.role === 'head' ? '负责人' : '工作人员', a ? STATUS_ZH[a.status] : '未考核', a?.totalShown ? Number(a.totalShown) : null, grade, note];
    }),
  };
}
