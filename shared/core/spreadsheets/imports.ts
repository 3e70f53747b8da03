/**
 * Spreadsheets in (表格导入): what each import kind's columns mean and how a row becomes the
 * body of the record the API would take for it. A row that cannot become a body gets its
 * issues in both languages, named by row and column, so a clerk can fix the sheet; the
 * record's own schema then checks the body exactly as intake does.
 *
 * - `attendance`: a month's time-clock export — officer (工号 or 姓名), date, sign-in,
 *   sign-out, leave. A row with a leave kind (会议, 病假 …) is a registered leave (事前
 *   unless 审批 says 事后); 旷工 is an absence; otherwise the times are a sign-in.
 * - `volumes`: a window (编号 or 名称), a month and its 受理量.
 */
import type { Officer, ServiceWindow } from '../center.ts';
import { attendanceBody } from '../records/attendance.ts';
import { type FieldIssue, fieldIssues, volumeBody } from '../records/types.ts';
import { LEAVE_KINDS, LEAVE_KIND_NAMES, type LeaveKind } from '../rules/attendance.ts';
import type { SheetTable } from './table.ts';

export const IMPORT_KINDS = ['attendance', 'volumes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_RECORD_TYPE: Readonly<Record<ImportKind, 'attendance' | 'volume'>> = { attendance: 'attendance', volumes: 'volume' };

export interface RowIssue {
  readonly row: number;
  /** The column's header as the sheet has it, or the record field when no column holds it. */
  readonly column: string;
  readonly zh: string;
  readonly en: string;
}

export interface ImportRow {
  readonly row: number;
  readonly body: Record<string, unknown>;
}

export interface ImportPlan {
  readonly kind: ImportKind;
  readonly rows: readonly ImportRow[];
  readonly issues: readonly RowIssue[];
}

export interface Roster {
  readonly windows: readonly ServiceWindow[];
  readonly officers: readonly Officer[];
}

interface Column {
  readonly key: string;
  /** Headers that name the column, compared without case, spaces or brackets. */
  readonly names: readonly string[];
  readonly zh: string;
  readonly en: string;
}

const COLUMNS: Readonly<Record<ImportKind, readonly Column[]>> = {
  attendance: [
    { key: 'officerId', names: ['工号', '人员编号', '编号', 'officerid', 'officer id', 'id'], zh: '工号', en: 'officer id' },
    { key: 'name', names: ['姓名', '人员', '名字', 'name', 'officer'], zh: '姓名', en: 'name' },
    { key: 'date', names: ['日期', '考勤日期', 'date'], zh: '日期', en: 'date' },
    { key: 'signIn', names: ['签到', '签到时间', '上班', '上班打卡', 'signin', 'sign-in', 'sign in'], zh: '签到', en: 'sign-in' },
    { key: 'signOut', names: ['签退', '签退时间', '下班', '下班打卡', 'signout', 'sign-out', 'sign out'], zh: '签退', en: 'sign-out' },
    { key: 'leave', names: ['请假', '请假类型', '假别', '考勤异常', 'leave'], zh: '请假', en: 'leave' },
    { key: 'approval', names: ['审批', '请假审批', 'approval'], zh: '审批', en: 'approval' },
    { key: 'note', names: ['备注', 'note', 'notes'], zh: '备注', en: 'note' },
  ],
  volumes: [
    { key: 'windowId', names: ['窗口编号', '编号', 'windowid', 'window id', 'id'], zh: '窗口编号', en: 'window id' },
    { key: 'windowName', names: ['窗口', '窗口名称', 'window', 'window name'], zh: '窗口名称', en: 'window name' },
    { key: 'month', names: ['月份', '月', 'month'], zh: '月份', en: 'month' },
    { key: 'accepted', names: ['受理量', '受理件数', '办件量', 'accepted', 'volume'], zh: '受理量', en: 'accepted' },
  ],
};

/** The columns an import kind reads, for the console's template and help text. */
export const importColumns = (kind: ImportKind): readonly { zh: string; en: string }[] => COLUMNS[kind].map(({ zh, en }) => ({ zh, en }));

const normalize = (header: string): string => header.toLowerCase().replace(/[\s（）()【】[\]*：:]/g, '');

const ABSENT = ['旷工', 'absent', 'absence'];
const LEAVE_BY_NAME = new Map<string, LeaveKind>(
  LEAVE_KINDS.flatMap((kind) => [
    [normalize(LEAVE_KIND_NAMES[kind].zh), kind],
    [normalize(LEAVE_KIND_NAMES[kind].en), kind],
    [kind, kind],
  ]),
);
const AFTER = ['事后', '事后补登', '补登', 'after'];
const PRIOR = ['事前', '事前请假', 'prior', ''];

/** Splits intake's "English / 中文" messages; a message in one language serves for both. */
export function bilingual(issue: FieldIssue): { zh: string; en: string } {
  const [en, zh] = issue.message.split(' / ');
  return zh ? { zh: zh.trim(), en: en!.trim() } : { zh: issue.message, en: issue.message };
}

/** "2026/10/8", "2026-10-08", "2026年10月8日" → 2026-10-08; anything else is left for the schema to refuse. */
export function normalizeDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}

/** "8:05", "08:05:31" → 08:05 (a time clock's seconds are dropped, as the rule counts minutes). */
export function normalizeTime(text: string): string {
  const m = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : text.trim();
}

/** "2026-10", "2026/10", "2026年10月", or a date cell of that month → 2026-10. */
export function normalizeMonth(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:[-/.]\d{1,2}日?)?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : text.trim();
}

export function planImport(kind: ImportKind, table: SheetTable, roster: Roster): ImportPlan {
  const columns = COLUMNS[kind];
  const at = new Map<string, { index: number; header: string }>();
  table.headers.forEach((header, index) => {
    const column = columns.find((c) => c.names.includes(normalize(header)));
    if (column && !at.has(column.key)) at.set(column.key, { index, header });
  });
  const missing = requiredColumns(kind, at);
  if (missing.length > 0) return { kind, rows: [], issues: missing };

  const rows: ImportRow[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (const sheetRow of table.rows) {
    const cell = (key: string): string => {
      const place = at.get(key);
      return place ? (sheetRow.cells[place.index] ?? '') : '';
    };
    const headerOf = (key: string): string => at.get(key)?.header ?? columns.find((c) => c.key === key)?.zh ?? key;
    const refuse = (key: string, zh: string, en: string) => issues.push({ row: sheetRow.row, column: headerOf(key), zh, en });
    const draft = kind === 'attendance' ? attendanceDraft(cell, roster, refuse) : volumeDraft(cell, roster, refuse);
    if (!draft) continue;
    const parsed = (kind === 'attendance' ? attendanceBody() : volumeBody()).safeParse(draft.body);
    if (!parsed.success) {
      for (const issue of fieldIssues(parsed.error)) {
        const { zh, en } = bilingual(issue);
        const key = issue.path.split('.')[0]!;
        refuse(key === 'entry' ? 'leave' : key, zh, en);
      }
      continue;
    }
    const earlier = seen.get(draft.unique);
    if (earlier !== undefined) {
      refuse(draft.uniqueColumn, `与第${earlier}行重复`, `Repeats row ${earlier}`);
      continue;
    }
    seen.set(draft.unique, sheetRow.row);
    rows.push({ row: sheetRow.row, body: parsed.data as Record<string, unknown> });
  }
  if (table.rows.length === 0) issues.push({ row: 1, column: '', zh: '表格只有表头，没有数据行', en: 'The sheet has a header and no rows' });
  return { kind, rows, issues };
}

function requiredColumns(kind: ImportKind, at: ReadonlyMap<string, unknown>): RowIssue[] {
  const needed: { keys: string[]; zh: string; en: string }[] =
    kind === 'attendance'
      ? [
          { keys: ['officerId', 'name'], zh: '工号或姓名', en: 'officer id or name' },
          { keys: ['date'], zh: '日期', en: 'date' },
          { keys: ['signIn', 'leave'], zh: '签到或请假', en: 'sign-in or leave' },
        ]
      : [
          { keys: ['windowId', 'windowName'], zh: '窗口编号或窗口名称', en: 'window id or window name' },
          { keys: ['month'], zh: '月份', en: 'month' },
          { keys: ['accepted'], zh: '受理量', en: 'accepted' },
        ];
  return needed
    .filter(({ keys }) => !keys.some((k) => at.has(k)))
    .map(({ zh, en }) => ({ row: 1, column: zh, zh: `表头缺少「${zh}」列`, en: `The header has no ${en} column` }));
}

type Refuse = (key: string, zh: string, en: string) => void;
interface Draft {
  readonly body: Record<string, unknown>;
  /** What may appear once per file: one attendance entry per officer-day, one volume per window-month. */
  readonly unique: string;
  readonly uniqueColumn: string;
}

function attendanceDraft(cell: (key: string) => string, roster: Roster, refuse: Refuse): Draft | undefined {
  const officer = findOfficer(cell('officerId'), cell('name'), roster, refuse);
  if (!officer) return undefined;
  const date = normalizeDate(cell('date'));
  const day = { windowId: officer.windowId, officerId: officer.officerId, date };
  const leave = normalize(cell('leave'));
  const note = cell('note');
  const withNote = note ? { note } : {};
  let body: Record<string, unknown>;
  if (leave === '') {
    const signIn = normalizeTime(cell('signIn'));
    const signOut = normalizeTime(cell('signOut'));
    if (signIn === '') {
      refuse('signIn', '没有签到时间，也没有请假；旷工请在请假列填写「旷工」', 'No sign-in and no leave; write 旷工 in the leave column for an absence');
      return undefined;
    }
    body = { entry: 'sign-in', ...day, signIn, ...(signOut ? { signOut } : {}) };
  } else if (ABSENT.includes(leave)) {
    body = { entry: 'absent', ...day, ...withNote };
  } else {
    const kind = LEAVE_BY_NAME.get(leave);
    if (!kind) {
      const known = LEAVE_KINDS.map((k) => LEAVE_KIND_NAMES[k].zh).join('、');
      refuse('leave', `不认识的请假类型「${cell('leave')}」，应为${known}或旷工`, `Unknown leave kind "${cell('leave')}"; one of ${LEAVE_KINDS.join(', ')} or 旷工`);
      return undefined;
    }
    const approval = normalize(cell('approval'));
    if (!AFTER.includes(approval) && !PRIOR.includes(approval)) {
      refuse('approval', `审批应为「事前」或「事后」，不是「${cell('approval')}」`, `Approval must be 事前 (prior) or 事后 (after), not "${cell('approval')}"`);
      return undefined;
    }
    body = { entry: 'leave', ...day, kind, approval: AFTER.includes(approval) ? 'after' : 'prior', ...withNote };
  }
  return { body, unique: `${officer.officerId}#${date}`, uniqueColumn: 'date' };
}

function findOfficer(id: string, name: string, roster: Roster, refuse: Refuse): Officer | undefined {
  if (id) {
    const officer = roster.officers.find((o) => o.officerId === id);
    if (!officer) refuse('officerId', `本中心没有工号为「${id}」的工作人员`, `No officer with id "${id}" in this center`);
    else if (name && officer.name !== name) {
      refuse('name', `工号「${id}」是${officer.name}，不是${name}`, `Officer "${id}" is ${officer.name}, not ${name}`);
      return undefined;
    }
    return officer;
  }
  if (!name) {
    refuse('name', '缺少工号和姓名', 'Neither officer id nor name');
    return undefined;
  }
  const named = roster.officers.filter((o) => o.name === name);
  if (named.length === 1) return named[0];
  if (named.length === 0) refuse('name', `本中心没有名为「${name}」的工作人员`, `No officer named ${name} in this center`);
  else refuse('name', `有${named.length}位工作人员名为「${name}」，请填写工号`, `${named.length} officers are named ${name}; give the officer id`);
  return undefined;
}

function volumeDraft(cell: (key: string) => string, roster: Roster, refuse: Refuse): Draft | undefined {
  const id = cell('windowId');
  const name = cell('windowName');
  const window = id ? roster.windows.find((w) => w.windowId === id) : roster.windows.find((w) => w.name === name);
  if (!window) {
    if (id) refuse('windowId', `本中心没有编号为「${id}」的窗口`, `No window with id "${id}" in this center`);
    else refuse('windowName', name ? `本中心没有名为「${name}」的窗口` : '缺少窗口编号和名称', name ? `No window named ${name}` : 'Neither window id nor name');
    return undefined;
  }
  const month = normalizeMonth(cell('month'));
  const text = cell('accepted').replace(/,/g, '');
  const accepted = /^\d+$/.test(text) ? Number(text) : text;
  return { body: { windowId: window.windowId, month, accepted }, unique: `${window.windowId}#${month}`, uniqueColumn: 'month' };
}
