/**
 * The roster for pickers (名册): the center's officers (by window and role), its windows,
 * and the finding codes of the rulebook in force (with the fixed rules' ledger lines in
 * words) — so a form offers names, not ids, and a ledger reads in words.
 * Any staff member of the center reads them; names are not secret inside the center.
 *
 * And an officer's own view (`…/officers/{officer}/standing`): the officer's account reads
 * its own officer only (access.ts), supervisors and administrators any officer — and they
 * alone see a month's 调离 flags there, where their to-do links.
 */
import * as z from 'zod';
import { CENTER_SUBJECT, officerSubject, windowSubject } from '#core/aggregates';
import { type Officer, windowOfOfficerAt } from '#core/center';
import { RULE_LINE_NAMES } from '#core/ledger-names';
import {
  type HonorStanding,
  type OfficerAppeal,
  type StandingVeto,
  type StoredOfficerScore,
  honorStanding,
  officerAppeals,
  officerMonth,
  standingVeto,
  vetoStands,
} from '#core/officer-standing';
import type { WorkingCalendar } from '#core/calendar';
import type { Principal } from '#core/access';
import { closeDateOf } from '#core/closing';
import { dateOf, windowId as windowIdSchema } from '#core/records/common';
import { type TodoItem, todoItems } from '#core/todo';
import type { AppealDecisionBody } from '#core/records/appeal-decision';
import type { VetoAppealBody } from '#core/records/veto-appeal';
import type { Rulebook } from '#core/rulebook/schema';
import { lowestWindows } from '#core/rules/eligibility';
import { GRADE_NAMES, type Grade } from '#core/rules/grades';
import { addMonths, lastDayOf, monthsOf, quarterOf } from '#core/rules/period';
import { getAggregate, listFacts, monthReader } from '#store/aggregates';
import { listOfficers, listWindows } from '#store/center';
import { type Store, defaultStore } from '#store/client';
import { listSubjectResults } from '#store/results';
import { type StoredSelection, listSelections } from '#store/selections';
import { centerSettings } from './center-settings.ts';
import { type Request, failure, httpHandler, json, validate } from './http.ts';
import { gatherFacts, selectionSettings } from './jobs/selections.ts';
import { flagsWithDecisions, monthlyComplaintReport } from './month-reads.ts';
import { officerGradesOfMonth } from './officer-grades.ts';

const store = defaultStore();

const QUERIES = {
  listOfficers: z.strictObject({ window: windowIdSchema.optional(), role: z.enum(['head', 'staff']).optional() }),
  listWindows: z.strictObject({}),
  listFindingCodes: z.strictObject({}),
  getTodo: z.strictObject({}),
  getOfficerStanding: z.strictObject({ year: z.string().regex(/^\d{4}$/, 'a year such as 2026 / 年份，如 2026').optional() }),
} as const;

export const handler = httpHandler('read-roster', async ({ route, centerId, event, now, params, principal }: Request) => {
  const operation = route.operationId as keyof typeof QUERIES;
  const parsed = validate(QUERIES[operation] as z.ZodType, event.queryStringParameters ?? {});
  if (!parsed.ok) return failure(parsed.failure);

  switch (operation) {
    case 'listOfficers': {
      const { window, role } = parsed.value as z.infer<typeof QUERIES.listOfficers>;
      const [officers, windows] = await Promise.all([listOfficers(store, centerId), listWindows(store, centerId)]);
      const windowNames = new Map(windows.map((w) => [w.windowId, w.name]));
      return json(200, {
        officers: officers
          .filter((o) => (!window || o.windowId === window) && (!role || o.role === role))
          .map((o) => ({ ...o, windowName: windowNames.get(o.windowId) ?? o.windowId })),
      });
    }
    case 'listWindows':
      return json(200, { windows: await listWindows(store, centerId) });
    case 'listFindingCodes': {
      const { rulebook } = await centerSettings(store, centerId, now);
      return json(200, { rulebook: { id: rulebook.id, version: rulebook.version }, findingCodes: rulebook.findingCodes, ruleLines: RULE_LINE_NAMES });
    }
    case 'getTodo':
      return json(200, { items: await todo(store, centerId, principal, now) });
    case 'getOfficerStanding': {
      const { year } = parsed.value as z.infer<typeof QUERIES.getOfficerStanding>;
      const { rulebook, calendar, roster } = await centerSettings(store, centerId, now);
      const officer = roster.get(params.officer!);
      if (!officer) return failure({ code: 'notFound', detail: { zh: '没有这位工作人员', en: 'No such officer' } });
      // The 调离 flags are the supervisors' (seed 002 第十五条): the officer's own account sees its grade, not them.
      const flags = principal.role === 'supervisor' || principal.role === 'admin';
      return json(200, await officerStanding(store, centerId, officer, { rulebook, calendar, flags }, dateOf(now), year));
    }
  }
});

/**
 * One officer's months of a year (up to this month), their standing for each officer honor
 * of the current period (the previous one while the current has no score of theirs yet),
 * the vetoes against them and their appeals.
 */
async function officerStanding(
  store: Store,
  centerId: string,
  officer: Officer,
  { rulebook, calendar, flags }: { rulebook: Rulebook; calendar: WorkingCalendar; flags: boolean },
  today: string,
  year = today.slice(0, 4),
) {
  const thisMonth = today.slice(0, 7);
  const windowName = (await listWindows(store, centerId)).find((w) => w.windowId === officer.windowId)?.name ?? officer.windowId;
  const months = monthsOf(year).filter((m) => m <= thisMonth && lastDayOf(m) >= officer.startDate);
  const subject = officerSubject(officer.officerId);
  const monthViews = await Promise.all(
    months.map(async (month) => {
      const windowId = windowOfOfficerAt(officer, lastDayOf(month)) ?? officer.windowId;
      const [results, own, window] = await Promise.all([
        listSubjectResults(store, centerId, month, subject),
        getAggregate(store, centerId, month, subject),
        getAggregate(store, centerId, month, windowSubject(windowId)),
      ]);
      const score = results.find((r) => r.rule === 'monthly-score') as
        | (StoredOfficerScore & { monthlyGrade?: { grade: Grade | null; capped: boolean; tiedAtCap: boolean }; transferFlags?: unknown[] })
        | undefined;
      // Seed 002's grade of the month (after the 15% 优秀 cap) where the rulebook grades months.
      const graded = score?.monthlyGrade;
      const monthlyGrade = graded
        ? { monthlyGrade: { grade: graded.grade ? { id: graded.grade, name: GRADE_NAMES[graded.grade] } : null, capped: graded.capped, tiedAtCap: graded.tiedAtCap } }
        : {};
      const view = officerMonth(
        {
          month,
          ...(score ? { score } : {}),
          officerCounters: own.counters,
          ratings: {
            evaluations: window.counters[`officer.${officer.officerId}.evaluations`] ?? 0,
            satisfied: window.counters[`officer.${officer.officerId}.satisfied`] ?? 0,
          },
        },
        rulebook,
      );
      return { ...view, ...monthlyGrade, ...(flags && score?.transferFlags ? { transferFlags: score.transferFlags } : {}) };
    }),
  );

  const honors: HonorStanding[] = [];
  const vetoes = new Map<string, StandingVeto>();
  const readMonth = monthReader(store, centerId);
  for (const honor of rulebook.honors.filter((h) => h.subject === 'officer')) {
    const current = honor.period === 'month' ? thisMonth : honor.period === 'quarter' ? quarterOf(thisMonth) : thisMonth.slice(0, 4);
    const previous = honor.period === 'month' ? addMonths(thisMonth, -1) : honor.period === 'quarter' ? quarterOf(addMonths(monthsOf(current)[0]!, -1)) : String(Number(current) - 1);
    for (const period of [current, previous]) {
      const { input } = await gatherFacts(store, centerId, honor, period, rulebook, calendar, readMonth);
      const contender = input.contenders.find((c) => c.id === officer.officerId);
      const own = input.vetoes.filter((v) => v.subject === 'officer' && v.subjectId === officer.officerId);
      for (const v of own) vetoes.set(`${v.code}|${v.records.join(',')}`, standingVeto(v, rulebook));
      if (!contender && period === current) continue;
      const count = honor.eligibility.excludeHeadsOfBottomWindows;
      const lowest = count !== undefined ? lowestWindows(input.windowStandings ?? [], count, rulebook) : null;
      honors.push(honorStanding({ honor, period, ...(contender ? { contender } : {}), vetoes: input.vetoes, lowest }, rulebook));
      break;
    }
  }

  const vetoRecords = new Set([...vetoes.values()].flatMap((v) => v.records));
  const yearMonths = monthsOf(year).filter((m) => m <= thisMonth);
  const factsOf = async <Body>(type: string) =>
    (await Promise.all(yearMonths.map((m) => listFacts(store, centerId, m, CENTER_SUBJECT, type)))).flat() as { recordId: string; body: Body }[];
  const [appeals, decisions] = await Promise.all([factsOf<VetoAppealBody>('veto-appeal'), factsOf<AppealDecisionBody>('appeal-decision')]);
  const appealList: OfficerAppeal[] = officerAppeals(vetoRecords, appeals, decisions);
  return {
    officer: { officerId: officer.officerId, name: officer.name, windowId: officer.windowId, windowName, role: officer.role, startDate: officer.startDate },
    year,
    today,
    rulebook: { id: rulebook.id, version: rulebook.version, name: rulebook.name ?? null },
    months: monthViews,
    honors,
    vetoes: [...vetoes.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)).map((v) => ({ ...v, stands: vetoStands(v, today) })),
    appeals: appealList,
  };
}

/** What waits for the caller (core/todo.ts), from the last and the current month. */
async function todo(store: Store, centerId: string, principal: Principal, now: Date): Promise<TodoItem[]> {
  const today = dateOf(now);
  const thisMonth = today.slice(0, 7);
  const lastMonth = addMonths(thisMonth, -1);
  const recent = [lastMonth, thisMonth];
  const settings = await selectionSettings(store, centerId);
  const { current: rulebook, calendar } = settings;
  const supervising = principal.role === 'supervisor' || principal.role === 'admin';
  const [stored, flags, reports, appeals, decisions, grades] = await Promise.all([
    supervising || principal.role === 'panel' ? listSelections(store, centerId) : Promise.resolve([]),
    supervising ? Promise.all(recent.map((m) => flagsWithDecisions(store, centerId, m))) : Promise.resolve([]),
    supervising ? Promise.all(recent.map((m) => monthlyComplaintReport(store, centerId, m, calendar, today))) : Promise.resolve([]),
    principal.role === 'supervisor' ? Promise.all(recent.map((m) => listFacts(store, centerId, m, CENTER_SUBJECT, 'veto-appeal'))) : Promise.resolve([]),
    principal.role === 'supervisor' ? Promise.all(recent.map((m) => listFacts(store, centerId, m, CENTER_SUBJECT, 'appeal-decision'))) : Promise.resolve([]),
    supervising ? Promise.all(recent.map((m) => officerGradesOfMonth(store, centerId, m))) : Promise.resolve([]),
  ]);
  const decided = new Set(decisions.flat().map((d) => String(d.body.appealId)));
  const honorName = (s: StoredSelection) => {
    const book = settings.rulebooks.find((r) => r.hash === s.rulebook.hash);
    return book?.honors.find((h) => h.id === s.flow.honorId)?.name ?? { zh: s.flow.honorId, en: s.flow.honorId };
  };
  return todoItems({
    role: principal.role,
    ...(principal.windowId ? { windowId: principal.windowId } : {}),
    today,
    calendar,
    selections: stored
      .filter((s) => s.flow.state !== 'final' && s.flow.state !== 'void')
      .map((s) => ({
        honorId: s.flow.honorId,
        name: honorName(s),
        period: s.flow.period,
        state: s.flow.state,
        tie: s.flow.tie,
        openObjections: s.flow.objections.filter((o) => !o.answer).length,
        notice: s.flow.notice,
      })),
    flags: flags.flat().map((f) => ({ flagId: f.flagId, windowId: f.windowId, month: f.month, ratings: f.ratings, decided: f.decision !== null })),
    complaints: reports.flatMap((r) => r.rows),
    appeals: appeals.flat().map((a) => ({ appealId: a.recordId, date: String(a.body.date), decided: decided.has(a.recordId) })),
    transfers: grades.flatMap(({ month, officers }) =>
      officers.flatMap((o) => o.transferFlags.map((f) => ({ officerId: o.officerId, ...(o.name ? { name: o.name } : {}), month, rule: f.rule, evidence: f.evidence }))),
    ),
    lastMonth: { month: lastMonth, closeDate: closeDateOf(lastMonth, calendar, rulebook.monthCloseWorkingDays) },
  });
}
