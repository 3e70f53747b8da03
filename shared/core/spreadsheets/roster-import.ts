/**
 * A roster sheet (人员名册) imported by an administrator: one officer a row — 工号, 姓名,
 * 窗口 (its id or name), 岗位 (负责人 / 工作人员), 进驻日期. Each row is checked as
 * `PUT …/officers/{officer}` checks its body, against the center's windows, and against the
 * rest of the sheet (an officer twice, two heads of one window). A row that changes nothing
 * is left alone, so importing the same sheet twice writes nothing the second time.
 */
import { type Officer, officer as officerSchema } from '../center.ts';
import type { ServiceWindow } from '../center.ts';
import { fieldIssues } from '../records/types.ts';
import { type RowIssue, bilingual, normalizeDate } from './imports.ts';
import type { SheetTable } from './table.ts';

export interface RosterRow {
  readonly row: number;
  /** The officer as the sheet has it (postings are kept by the write, core/center.ts `withPosting`). */
  readonly officer: Omit<Officer, 'postings'>;
  readonly change: 'new' | 'changed' | 'same';
}

export interface RosterPlan {
  readonly rows: readonly RosterRow[];
  readonly issues: readonly RowIssue[];
}

const COLUMNS = [
  { key: 'officerId', names: ['工号', '人员编号', '编号', 'officerid', 'officer id', 'id'], zh: '工号', en: 'officer id' },
  { key: 'name', names: ['姓名', '名字', 'name'], zh: '姓名', en: 'name' },
  { key: 'window', names: ['窗口', '窗口编号', '窗口名称', '所在窗口', 'window', 'windowid', 'window id'], zh: '窗口', en: 'window' },
  { key: 'role', names: ['岗位', '职务', '角色', 'role'], zh: '岗位', en: 'role' },
  { key: 'startDate', names: ['进驻日期', '进驻时间', '入驻日期', 'startdate', 'start date', 'start'], zh: '进驻日期', en: 'start date' },
] as const;
type Key = (typeof COLUMNS)[number]['key'];

const normalize = (header: string): string => header.toLowerCase().replace(/[\s（）()【】[\]*：:]/g, '');
const ROLE_BY_NAME: Readonly<Record<string, 'head' | 'staff'>> = {
  负责人: 'head',
  窗口负责人: 'head',
  首席代表: 'head',
  head: 'head',
  工作人员: 'staff',
  窗口工作人员: 'staff',
  staff: 'staff',
};

const sameOfficer = (a: Omit<Officer, 'postings'>, b: Officer): boolean =>
  a.name === b.name && a.windowId === b.windowId && a.role === b.role && a.startDate === b.startDate;

export function planRosterImport(table: SheetTable, roster: { readonly windows: readonly ServiceWindow[]; readonly officers: readonly Officer[] }): RosterPlan {
  const at = new Map<Key, { index: number; header: string }>();
  table.headers.forEach((header, index) => {
    const column = COLUMNS.find((c) => (c.names as readonly string[]).includes(normalize(header)));
    if (column && !at.has(column.key)) at.set(column.key, { index, header });
  });
  const missing = COLUMNS.filter((c) => !at.has(c.key));
  if (missing.length > 0) {
    return {
      rows: [],
      issues: missing.map((c) => ({ row: 1, column: c.zh, zh: `缺少“${c.zh}”列`, en: `The sheet has no “${c.en}” column (${c.zh})` })),
    };
  }
  const byId = new Map(roster.windows.map((w) => [w.windowId, w]));
  const byName = new Map(roster.windows.map((w) => [w.name, w]));
  const current = new Map(roster.officers.map((o) => [o.officerId, o]));
  const rows: RosterRow[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();

  for (const sheetRow of table.rows) {
    const cell = (key: Key): string => (sheetRow.cells[at.get(key)!.index] ?? '').trim();
    const refuse = (key: Key | '', zh: string, en: string) => issues.push({ row: sheetRow.row, column: key ? at.get(key)!.header : '', zh, en });
    const windowText = cell('window');
    const window = byId.get(windowText) ?? byName.get(windowText);
    if (!window) {
      refuse('window', `没有这个窗口：${windowText || '（空）'}`, `No such window: ${windowText || '(empty)'}`);
      continue;
    }
    const role = ROLE_BY_NAME[normalize(cell('role'))];
    if (!role) {
      refuse('role', '岗位须为“负责人”或“工作人员”', 'Role must be 负责人 (head) or 工作人员 (staff)');
      continue;
    }
    const parsed = officerSchema.omit({ postings: true }).safeParse({
      officerId: cell('officerId'),
      name: cell('name'),
      windowId: window.windowId,
      role,
      startDate: normalizeDate(cell('startDate')),
    });
    if (!parsed.success) {
      for (const issue of fieldIssues(parsed.error)) {
        const key = COLUMNS.find((c) => c.key === issue.path)?.key ?? '';
        issues.push({ row: sheetRow.row, column: key ? at.get(key)!.header : issue.path, ...bilingual(issue) });
      }
      continue;
    }
    const officer = parsed.data;
    const earlier = seen.get(officer.officerId);
    if (earlier !== undefined) {
      refuse('officerId', `工号 ${officer.officerId} 与第 ${earlier} 行重复`, `Officer ${officer.officerId} is also on row ${earlier}`);
      continue;
    }
    seen.set(officer.officerId, sheetRow.row);
    const previous = current.get(officer.officerId);
    rows.push({ row: sheetRow.row, officer, change: !previous ? 'new' : sameOfficer(officer, previous) ? 'same' : 'changed' });
  }

  // One head a window, counted over the roster as it would be after the import.
  const after = new Map(roster.officers.map((o) => [o.officerId, { windowId: o.windowId, role: o.role, row: undefined as number | undefined }]));
  for (const r of rows) after.set(r.officer.officerId, { windowId: r.officer.windowId, role: r.officer.role, row: r.row });
  const heads = new Map<string, { officerId: string; row: number | undefined }[]>();
  for (const [officerId, o] of after) if (o.role === 'head') heads.set(o.windowId, [...(heads.get(o.windowId) ?? []), { officerId, row: o.row }]);
  for (const [windowId, list] of heads) {
    if (list.length < 2) continue;
    for (const head of list.filter((h) => h.row !== undefined)) {
      const others = list.filter((h) => h.officerId !== head.officerId).map((h) => h.officerId).join('、');
      issues.push({
        row: head.row!,
        column: at.get('role')!.header,
        zh: `窗口 ${windowId} 将有两位负责人（另有 ${others}）`,
        en: `Window ${windowId} would have two heads (also ${others})`,
      });
    }
  }
  return { rows, issues: [...issues].sort((a, b) => a.row - b.row) };
}
