/**
 * The checks of a record type that need more than its body: the caller's role, the
 * center's roster, the month's closing, earlier records, the notice in force — DOMAIN.md
 * §2, §3, §5, §6, §7. Each returns field issues or a failure (nothing is written) and
 * guards that keep the rule true when several people submit at once (one ballot per
 * voter, one sign-in per officer-day, the nomination quota …).
 */
import type { Principal } from '#core/access';
import { ROUTES, routeKey } from '#core/api/routes';
import type { WorkingCalendar } from '#core/calendar';
import { type Center, type Officer, type SubjectProblem, subjectProblems, windowOfOfficerAt } from '#core/center';
import { CLOSING_TYPES, closeDateOf, implausibleDate } from '#core/closing';
import { dateOf } from '#core/records/common';
import { type AppealDecisionBody, checkAppealDecider } from '#core/records/appeal-decision';
import type { ScoreSheetBody } from '#core/records/ballot';
import { type ComplaintStep, type ComplaintStepBody, checkComplaintStep } from '#core/records/complaint-step';
import type { ConsecutiveFlagDecisionBody } from '#core/records/consecutive-flag-decision';
import { asFieldIssues, derivedCodeIssues } from '#core/records/finding';
import { type NominationBody, checkDirectNomination, nominationLimit } from '#core/records/nomination';
import type { ObjectionBody } from '#core/records/objection';
import type { FieldIssue, RecordType } from '#core/records/types';
import { checkAppealDeadline } from '#core/records/veto';
import type { VetoAppealBody } from '#core/records/veto-appeal';
import { type YearlyRatingBody, checkRaterFits, checkYearlyRatingShare } from '#core/records/yearly-rating';
import type { Rulebook } from '#core/rulebook/schema';
import { checkVerifiedCodes } from '#core/rules/verified-events';
import type { Store } from '#store/client';
import { listFlags } from '#store/flags';
import { getNotice } from '#store/notices';
import { type GuardItem, getRecord } from '#store/records';
import { listSlots, quotaSlot, uniqueSlot } from '#store/slots';
import { freshRoster } from './center-settings.ts';
import type { Failure } from './http.ts';

export interface IntakeContext {
  readonly store: Store;
  readonly principal: Principal;
  readonly centerId: string;
  readonly recordId: string;
  readonly now: Date;
  readonly calendar: WorkingCalendar;
  readonly rulebook: Rulebook;
  readonly profile: Center | undefined;
  readonly roster: ReadonlyMap<string, Officer>;
}

export type CheckResult =
  | { readonly issues: readonly FieldIssue[]; readonly guards: readonly GuardItem[] }
  | { readonly failure: Failure };

type Check<Body> = (body: Body, ctx: IntakeContext) => Promise<CheckResult>;

const CORRECTIONS = ROUTES.find((r) => r.operationId === 'submitCorrection')!;
/** Where a refused record goes instead: the supervisors' correction route, for the caller to name. */
export const correctionRoute = (centerId: string): string => routeKey(CORRECTIONS).replace('{center}', centerId);

const refusedFor = (zh: string, en: string) => (): Failure => ({ code: 'refused', detail: { zh, en } });
/** A second fact for a slot a fact already holds: the first one is corrected, not repeated. */
const correctInstead = (zh: string, en: string) => (centerId: string): Failure => ({
  code: 'refused',
  detail: { zh: `${zh}；如需更改，请由督查人员通过更正接口提交（${correctionRoute(centerId)}）`, en: `${en}; a supervisor changes it through ${correctionRoute(centerId)}` },
  facts: { correctionRoute: correctionRoute(centerId) },
});

/** What a failed guard tells the caller. */
export const GUARD_FAILURES: Readonly<Record<string, (centerId: string) => Failure>> = {
  nominationQuota: refusedFor('本窗口本季度的推荐名额已用完', 'The window has used its nominations for the quarter'),
  windowNominated: refusedFor('本窗口本季度已推荐过窗口', 'The window is already nominated for the quarter'),
  duplicateBallot: refusedFor('您本期已投过票', 'You have already voted in this period'),
  duplicatePanelScore: refusedFor('您本期已评过分', 'You have already scored this period'),
  duplicateRating: refusedFor('您已为此人评过本年度的分', 'You have already rated this officer for the year'),
  duplicateAppeal: refusedFor('该否决已提出过申诉', 'This veto has already been appealed'),
  alreadyDecided: refusedFor('该申诉已复核', 'This appeal has already been decided'),
  flagDecided: refusedFor('该提示已认定，如需改变请更正原认定', 'This flag is decided; correct the decision to change it'),
  stepRecorded: refusedFor('该投诉已记录此进度', 'This step is already recorded for the complaint'),
  duplicateSignIn: correctInstead('该工作人员当日已有签到或旷工记录', 'This officer already has a sign-in or absence for the day'),
  duplicateLeave: correctInstead('该工作人员当日已有请假记录', 'This officer already has a leave entry for the day'),
};

/** Where in a body a value sits, as a dotted path ('' when it cannot be found). */
function pathOf(value: unknown, wanted: (v: unknown) => boolean, path: string[] = []): string | undefined {
  if (wanted(value)) return path.join('.');
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = pathOf(v, wanted, [...path, k]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/**
 * A record about a closed month is refused, naming the close date and the correction
 * route (a correction is how a closed month changes); a date before the center's start or
 * implausibly far from today is refused outright.
 */
export function checkRecordDate(
  type: RecordType<any>,
  body: Record<string, unknown>,
  ctx: IntakeContext,
  { correcting }: { readonly correcting: boolean },
): Failure | undefined {
  const date = dateOf(type.at(body));
  const today = dateOf(ctx.now);
  const implausible = implausibleDate(date, today, ctx.profile?.startDate);
  if (implausible) {
    const path = pathOf(body, (v) => typeof v === 'string' && ISO_DATE_PREFIX.test(v)) ?? '';
    const message =
      implausible.kind === 'before-center-start'
        ? `${date} is before the center started recording on ${implausible.startDate} / 日期早于本中心启用日期${implausible.startDate}`
        : implausible.kind === 'too-far-back'
          ? `${date} is too far in the past to be recorded now / 日期过早，不能补录`
          : `${date} is too far ahead / 日期过晚`;
    return { code: 'invalidBody', issues: [{ path, message }] };
  }
  if (correcting || !CLOSING_TYPES.has(type.type)) return undefined;
  const month = type.monthOf(body);
  const closedOn = closeDateOf(month, ctx.calendar, ctx.rulebook.monthCloseWorkingDays);
  if (today <= closedOn) return undefined;
  const route = correctionRoute(ctx.centerId);
  return {
    code: 'periodClosed',
    detail: {
      zh: `${month}已于${closedOn}结账，不再接收该月记录；如需更改，请由督查人员通过更正接口（${route}）提交并说明原因`,
      en: `${month} closed on ${closedOn} and takes no more records; a supervisor changes it with a reason through ${route}`,
    },
    facts: { month, closedOn, correctionRoute: route },
  };
}

const problemMessage = (p: SubjectProblem): string =>
  p.kind === 'unknown'
    ? `no officer ${p.officerId} in this center / 本中心没有工作人员${p.officerId}`
    : p.kind === 'not-yet-started'
      ? `${p.officerId} starts at the center on ${p.startDate} / 该工作人员${p.startDate}起才进驻本中心`
      : `${p.officerId} was at window ${p.windowId} on that date, not this record's / 该工作人员当日在${p.windowId}窗口，不属于本记录的窗口`;

/**
 * Every officer a record names is on the roster at the record's date and, for a window's
 * record, at that window then. Naming another window's officer is writing for that window:
 * 403, as the window check would answer.
 */
export async function checkSubjects(type: RecordType<any>, body: Record<string, unknown>, ctx: IntakeContext): Promise<Failure | undefined> {
  const officers = type.officersOf?.(body) ?? [];
  if (officers.length === 0) return undefined;
  const date = dateOf(type.at(body));
  const windowId = type.windowOf(body);
  let problems = subjectProblems(ctx.roster, officers, date, windowId);
  // The roster is kept a minute; an officer added or moved since is read afresh before refusing.
  if (problems.length > 0) problems = subjectProblems(await freshRoster(ctx.store, ctx.centerId, ctx.now), officers, date, windowId);
  if (problems.length === 0) return undefined;
  const issues = problems.map((p) => ({ path: pathOf(body, (v) => v === p.officerId) ?? '', message: problemMessage(p) }));
  return problems.some((p) => p.kind === 'other-window') ? { code: 'forbidden', issues } : { code: 'invalidBody', issues };
}
const ok = (guards: readonly GuardItem[] = []): CheckResult => ({ issues: [], guards });
const refuse = (...issues: FieldIssue[]): CheckResult => ({ issues, guards: [] });

const officersById = async (ctx: IntakeContext): Promise<ReadonlyMap<string, Officer>> => ctx.roster;

const nomination: Check<NominationBody> = async (body, ctx) => {
  const direct = checkDirectNomination(ctx.principal.role, body);
  if (direct.length) return refuse(...direct);
  if (body.nominee === 'window') {
    return ok([uniqueSlot(ctx.centerId, `nomination-window#${body.quarter}`, body.windowId, 'windowNominated')]);
  }
  const officers = await officersById(ctx);
  const issues = body.officers.flatMap(({ officerId }, i) =>
    officers.get(officerId)?.windowId === body.windowId
      ? []
      : [{ path: `officers.${i}.officerId`, message: `${officerId} is not an officer of ${body.windowId} / 非本窗口工作人员` }],
  );
  if (issues.length) return refuse(...issues);
  if (body.direct) return ok();
  const limit = nominationLimit([...officers.values()].filter((o) => o.windowId === body.windowId).length);
  if (body.officers.length > limit) {
    return refuse({ path: 'officers', message: `a window of this size nominates at most ${limit} / 本窗口最多推荐${limit}人` });
  }
  return ok([
    quotaSlot(ctx.centerId, `nomination#${body.quarter}#${body.windowId}`, body.officers.length, limit, 'nominationQuota'),
  ]);
};

const ballot: Check<ScoreSheetBody> = async (body, ctx) => {
  const officers = await officersById(ctx);
  const own = ctx.principal.windowId;
  const issues = body.scores.flatMap(({ candidateId }, i) =>
    candidateId === own || officers.get(candidateId)?.windowId === own
      ? [{ path: `scores.${i}.candidateId`, message: 'no ballot for your own window’s candidates / 不得为本窗口候选人投票' }]
      : [],
  );
  if (issues.length) return refuse(...issues);
  return ok([uniqueSlot(ctx.centerId, `ballot#${body.honorId}#${body.period}`, ctx.principal.subject, 'duplicateBallot')]);
};

const panelScore: Check<ScoreSheetBody> = async (body, ctx) =>
  ok([uniqueSlot(ctx.centerId, `panel-score#${body.honorId}#${body.period}`, ctx.principal.subject, 'duplicatePanelScore')]);

const yearlyRating: Check<YearlyRatingBody> = async (body, ctx) => {
  const officer = ctx.roster.get(body.officerId);
  if (!officer) return refuse({ path: 'officerId', message: `no officer ${body.officerId} / 没有该工作人员` });
  const windowId = windowOfOfficerAt(officer, `${body.year}-12-01`) ?? officer.windowId;
  const fits = checkRaterFits(ctx.principal, body.raterKind, { role: officer.role, windowId });
  if (fits.length) return { failure: { code: 'forbidden', issues: fits } };
  const shares = ctx.rulebook.yearlyAssessment?.raterShares;
  const issues = shares ? checkYearlyRatingShare(officer.role, body.raterKind, body.points, shares) : [];
  if (issues.length) return refuse(...issues);
  // The rater is the caller, never the free-text name; the original unit is one rater, whoever enters its sheet.
  const rater = body.raterKind === 'unit-leader' ? 'unit-leader' : `${body.raterKind}#${ctx.principal.subject}`;
  return ok([uniqueSlot(ctx.centerId, `yearly-rating#${body.year}#${body.officerId}`, rater, 'duplicateRating')]);
};

const vetoAppeal: Check<VetoAppealBody> = async (body, ctx) => {
  const veto = await getRecord(ctx.store, ctx.centerId, body.vetoId);
  if (!veto || veto.record.type !== 'veto' || veto.supersededBy) {
    return refuse({ path: 'vetoId', message: 'no veto in force with this id / 没有该一票否决记录' });
  }
  if (ctx.principal.role === 'head' && veto.record.windowId !== ctx.principal.windowId) {
    return refuse({ path: 'vetoId', message: 'a window appeals only its own vetoes / 只能对本窗口的否决提出申诉' });
  }
  const days = ctx.rulebook.appeal.workingDays;
  const issues = checkAppealDeadline(String(veto.record.body.date), body.date, ctx.calendar, days);
  if (issues.length) return refuse(...issues);
  return ok([uniqueSlot(ctx.centerId, 'veto-appeal', body.vetoId, 'duplicateAppeal')]);
};

const appealDecision: Check<AppealDecisionBody> = async (body, ctx) => {
  const appeal = await getRecord(ctx.store, ctx.centerId, body.appealId);
  if (!appeal || appeal.record.type !== 'veto-appeal') return refuse({ path: 'appealId', message: 'no appeal with this id / 没有该申诉' });
  const veto = await getRecord(ctx.store, ctx.centerId, String(appeal.record.body.vetoId));
  if (!veto) return refuse({ path: 'appealId', message: 'the appealed veto is gone / 被申诉的否决不存在' });
  const issues = checkAppealDecider({ verifiedBy: String(veto.record.body.verifiedBy) }, body);
  if (issues.length) return refuse(...issues);
  return ok([uniqueSlot(ctx.centerId, 'appeal-decision', body.appealId, 'alreadyDecided')]);
};

const complaintStep: Check<ComplaintStepBody> = async (body, ctx) => {
  const complaint = await getRecord(ctx.store, ctx.centerId, body.complaintId);
  if (!complaint || complaint.record.type !== 'complaint') {
    return refuse({ path: 'complaintId', message: 'no complaint with this id / 没有该投诉' });
  }
  const name = `complaint#${body.complaintId}`;
  const steps = (await listSlots(ctx.store, ctx.centerId, name)).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const latest = (steps.at(-1)?.step as ComplaintStep | undefined) ?? 'registered';
  const issues = [
    ...checkComplaintStep(latest, body.step),
    // The codes of the center's rulebook, not the seed's: its findings follow from them.
    ...checkVerifiedCodes(body, complaint.record.body.officerId !== undefined, ctx.rulebook.findingCodes),
    ...(['windowCodes', 'officerCodes'] as const).flatMap((field) =>
      asFieldIssues((body[field] ?? []).flatMap((code, i) => derivedCodeIssues(code, ctx.rulebook, [field, i]))),
    ),
  ];
  if (issues.length) return refuse(...issues);
  // Investigating may be recorded again (an extension); every other step once.
  const sk = body.step === 'investigating' ? `investigating#${ctx.recordId}` : body.step;
  const facts = { step: body.step, at: ctx.now.toISOString(), date: body.date, extended: body.extensionReason !== undefined };
  return ok([uniqueSlot(ctx.centerId, name, sk, 'stepRecorded', facts)]);
};

const flagDecision: Check<ConsecutiveFlagDecisionBody> = async (body, ctx) => {
  const flag = (await listFlags(ctx.store, ctx.centerId, body.month)).find((f) => f.flagId === body.flagId && f.windowId === body.windowId);
  if (!flag) return refuse({ path: 'flagId', message: 'no such flag for this window and month / 该窗口当月没有此连续评价提示' });
  // One decision per flag; a change of mind is a correction of the decision.
  return ok([uniqueSlot(ctx.centerId, `flag-decision#${body.month}`, body.flagId, 'flagDecided')]);
};

const objection: Check<ObjectionBody> = async (body, ctx) => {
  const notice = await getNotice(ctx.store, ctx.centerId, body.noticeId);
  const today = dateOf(ctx.now);
  if (!notice || today < notice.publishedOn || today > notice.endDate) {
    return refuse({ path: 'noticeId', message: 'no public notice open under this id / 该公示不在公示期内' });
  }
  if (!notice.entries.includes(body.entry)) return refuse({ path: 'entry', message: 'not on this notice / 不在本次公示名单中' });
  return ok();
};

export const INTAKE_CHECKS: Readonly<Record<string, Check<any>>> = {
  nomination,
  ballot,
  'panel-score': panelScore,
  'yearly-rating': yearlyRating,
  'veto-appeal': vetoAppeal,
  'appeal-decision': appealDecision,
  'complaint-step': complaintStep,
  'consecutive-flag-decision': flagDecision,
  objection,
};
