/**
 * What waits for a staff member (待办, issue #15 item 1), by role: selections waiting for an
 * act, consecutive-rating flags to confirm or clear, complaints near or past their deadline,
 * veto appeals to decide, the last month while it is still open, notices ending soon, 调离
 * recommendations (seed 002 第十五条) — each with where it is done. Pure: the handler gathers
 * the sources, this decides what is due and for whom (DOMAIN.md §2: who may do what).
 */
import type { WorkingCalendar } from './calendar.ts';
import type { Role } from './roles.ts';
import type { ComplaintReportRow } from './rules/complaint-report.ts';

type Words = { readonly zh: string; readonly en: string };

export const TODO_KINDS = [
  'selection-tie',
  'selection-publish',
  'selection-objections',
  'notice-ending',
  'consecutive-flag',
  'complaint-overdue',
  'complaint-due',
  'appeal',
  'month-open',
  'transfer-recommendation',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export interface TodoItem {
  readonly kind: TodoKind;
  /** What to do, in both languages. */
  readonly text: Words;
  /** Where it is done: a site path without the language prefix, query included. */
  readonly href: string;
  /** The day it is due, when it has one. */
  readonly due?: string;
  /** A selection's honor and period, for its candidate sheet. */
  readonly selection?: { readonly honorId: string; readonly period: string };
}

export interface TodoSelection {
  readonly honorId: string;
  readonly name: Words;
  readonly period: string;
  readonly state: string;
  readonly tie: { readonly subjectIds: readonly string[] } | null;
  readonly openObjections: number;
  readonly notice: { readonly end: string } | null;
}

export interface TodoSources {
  readonly role: Role;
  /** A clerk's or head's own window. */
  readonly windowId?: string;
  /** Beijing date. */
  readonly today: string;
  readonly calendar: WorkingCalendar;
  readonly selections: readonly TodoSelection[];
  /** Flags of the open months, each with whether a supervisor decided it. */
  readonly flags: readonly { readonly flagId: string; readonly windowId: string; readonly month: string; readonly ratings: number; readonly decided: boolean }[];
  /** Complaint report rows of the recent months. */
  readonly complaints: readonly ComplaintReportRow[];
  /** Veto appeals and whether a decision was recorded. */
  readonly appeals: readonly { readonly appealId: string; readonly date: string; readonly decided: boolean }[];
  /**
   * 调离 recommendations the monthly run raised (rules/monthly-grades.ts `transferFlags`), each
   * in the month its run reached its length. No record closes one: the handler passes those of
   * the months it reads (the last and the current), so one stays listed into the month after.
   */
  readonly transfers: readonly TodoTransfer[];
  /** The last month and the day it closes (closing.ts). */
  readonly lastMonth: { readonly month: string; readonly closeDate: string };
}

export interface TodoTransfer {
  readonly officerId: string;
  /** The officer's name from the roster, when the officer is still on it. */
  readonly name?: string;
  /** The month the flag was raised in. */
  readonly month: string;
  readonly rule: 'verified-complaints' | 'incompetent-months';
  /** The complaints (in the order received) or the months behind it. */
  readonly evidence: readonly string[];
}

/** What a 调离 recommendation says, in both languages: who, why, and the evidence's size. */
export function transferText(t: TodoTransfer): Words {
  const who = { zh: t.name ? `${t.name}（${t.officerId}）` : t.officerId, en: t.name ? `${t.name} (${t.officerId})` : t.officerId };
  const n = t.evidence.length;
  return t.rule === 'verified-complaints'
    ? {
        zh: `${who.zh}：连续 ${n} 次被投诉并经查实（${t.month}），建议调离`,
        en: `${who.en}: ${n} verified complaints in a row (${t.month}); transfer recommended`,
      }
    : {
        zh: `${who.zh}：连续 ${n} 个月考核不称职（${t.evidence.join('、')}），建议调离`,
        en: `${who.en}: graded incompetent ${n} months in a row (${t.evidence.join(', ')}); transfer recommended`,
      };
}

/** Working days ahead within which a deadline counts as near. */
export const NEAR_WORKING_DAYS = 2;

const SUPERVISING: ReadonlySet<Role> = new Set(['supervisor', 'admin']);

const selectionHref = (s: { honorId: string; period: string }): string =>
  `/console/selection/?honor=${encodeURIComponent(s.honorId)}&period=${encodeURIComponent(s.period)}`;

export function todoItems(sources: TodoSources): TodoItem[] {
  const { role, today, calendar } = sources;
  const near = calendar.addWorkingDays(today, NEAR_WORKING_DAYS).date;
  const items: TodoItem[] = [];
  const supervising = SUPERVISING.has(role);

  for (const s of sources.selections) {
    const ref = { honorId: s.honorId, period: s.period };
    const title = { zh: `${s.name.zh} · ${s.period}`, en: `${s.name.en} · ${s.period}` };
    const item = (kind: TodoKind, zh: string, en: string, due?: string): TodoItem => ({
      kind,
      text: { zh: `${title.zh}：${zh}`, en: `${title.en}: ${en}` },
      href: selectionHref(ref),
      selection: ref,
      ...(due ? { due } : {}),
    });
    // The panel settles a tie; supervisors see it waiting.
    if (s.tie && (role === 'panel' || supervising)) {
      items.push(item('selection-tie', `${s.tie.subjectIds.length} 人并列，待考核小组决定`, `${s.tie.subjectIds.length} tied; the panel decides`));
    } else if (s.state === 'proposed' && role === 'supervisor') {
      items.push(item('selection-publish', '名单已提出，待发布公示', 'list proposed; publish the notice'));
    } else if (s.state === 'notice' && s.openObjections > 0 && role === 'supervisor') {
      items.push(item('selection-objections', `公示期内有 ${s.openObjections} 条异议待答复`, `${s.openObjections} objection(s) to answer`, s.notice?.end));
    } else if (s.state === 'notice' && s.notice && s.notice.end <= near && (supervising || role === 'panel')) {
      items.push(item('notice-ending', `公示将于 ${s.notice.end} 结束`, `notice ends ${s.notice.end}`, s.notice.end));
    }
  }

  if (supervising) {
    for (const f of sources.flags.filter((f) => !f.decided)) {
      items.push({
        kind: 'consecutive-flag',
        text: { zh: `${f.windowId} 窗口 ${f.month} 有 ${f.ratings} 次连续评价待认定`, en: `${f.ratings} consecutive ratings at ${f.windowId} in ${f.month}: confirm or clear` },
        href: `/forms/consecutive-flag-decisions/?flagId=${encodeURIComponent(f.flagId)}&windowId=${encodeURIComponent(f.windowId)}&month=${f.month}`,
      });
    }
    for (const c of sources.complaints.filter((c) => c.outcome === undefined && c.deadline <= near)) {
      const overdue = c.deadline < today;
      items.push({
        kind: overdue ? 'complaint-overdue' : 'complaint-due',
        text: overdue
          ? { zh: `${c.windowId} 窗口的投诉（${c.receivedDate} 收到）已过办理期限 ${c.deadline}`, en: `Complaint about ${c.windowId} (received ${c.receivedDate}) past its deadline ${c.deadline}` }
          : { zh: `${c.windowId} 窗口的投诉（${c.receivedDate} 收到）须于 ${c.deadline} 前办结`, en: `Complaint about ${c.windowId} (received ${c.receivedDate}) due ${c.deadline}` },
        href: `/forms/complaint-steps/?complaintId=${encodeURIComponent(c.id)}`,
        due: c.deadline,
      });
    }
  }
  // The recommendation is the supervisors' to make (seed 002 第十五条); it is read on the officer's own page.
  if (supervising) {
    for (const t of sources.transfers) {
      items.push({
        kind: 'transfer-recommendation',
        text: transferText(t),
        href: `/console/me/?officer=${encodeURIComponent(t.officerId)}&year=${t.month.slice(0, 4)}`,
      });
    }
  }
  if (role === 'supervisor') {
    for (const a of sources.appeals.filter((a) => !a.decided)) {
      items.push({
        kind: 'appeal',
        text: { zh: `${a.date} 提出的否决申诉待复核（须由核实人以外的督查人员决定）`, en: `Veto appeal of ${a.date} to decide (by a supervisor other than the verifier)` },
        href: `/forms/appeal-decisions/?appealId=${encodeURIComponent(a.appealId)}`,
      });
    }
  }
  // Until the last month closes its records may still be added or corrected; after, only by correction.
  const { month, closeDate } = sources.lastMonth;
  if (role !== 'panel' && role !== 'officer' && role !== 'device' && role !== 'public' && today <= closeDate) {
    const own = sources.windowId;
    items.push({
      kind: 'month-open',
      text: { zh: `${month} 尚未结账：记录可补录至 ${closeDate}`, en: `${month} is still open: records may be added until ${closeDate}` },
      href: `/console/window/?${own ? `window=${encodeURIComponent(own)}&` : ''}month=${month}`,
      due: closeDate,
    });
  }
  return items;
}
