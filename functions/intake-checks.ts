/**
 * The checks of a record type that need more than its body: the caller's role, the
 * center's officers, earlier records, the notice in force — DOMAIN.md §3, §5, §6. Each
 * returns field issues (nothing is written) and guards that keep the rule true when
 * several people submit at once (one ballot per voter, the nomination quota …).
 */
import type { Principal } from '#core/access';
import type { WorkingCalendar } from '#core/calendar';
import { dateOf } from '#core/records/common';
import { type AppealDecisionBody, checkAppealDecider } from '#core/records/appeal-decision';
import type { ScoreSheetBody } from '#core/records/ballot';
import { type ComplaintStep, type ComplaintStepBody, checkComplaintStep } from '#core/records/complaint-step';
import type { ConsecutiveFlagDecisionBody } from '#core/records/consecutive-flag-decision';
import { type NominationBody, checkDirectNomination, nominationLimit } from '#core/records/nomination';
import type { ObjectionBody } from '#core/records/objection';
import type { FieldIssue } from '#core/records/types';
import { checkAppealDeadline } from '#core/records/veto';
import type { VetoAppealBody } from '#core/records/veto-appeal';
import { type YearlyRatingBody, checkYearlyRatingShare } from '#core/records/yearly-rating';
import type { Rulebook } from '#core/rulebook/schema';
import type { Officer } from '#core/center';
import { listOfficers } from '#store/center';
import type { Store } from '#store/client';
import { listFlags } from '#store/flags';
import { getNotice } from '#store/notices';
import { type GuardItem, getRecord } from '#store/records';
import { listSlots, quotaSlot, uniqueSlot } from '#store/slots';
import type { Failure } from './http.ts';

export interface IntakeContext {
  readonly store: Store;
  readonly principal: Principal;
  readonly centerId: string;
  readonly recordId: string;
  readonly now: Date;
  readonly calendar: WorkingCalendar;
  readonly rulebook: Rulebook;
}

export interface CheckResult {
  readonly issues: readonly FieldIssue[];
  readonly guards: readonly GuardItem[];
}

type Check<Body> = (body: Body, ctx: IntakeContext) => Promise<CheckResult>;

/** What a failed guard tells the caller. */
export const GUARD_FAILURES: Readonly<Record<string, Failure>> = {
  nominationQuota: { code: 'refused', detail: { zh: '本窗口本季度的推荐名额已用完', en: 'The window has used its nominations for the quarter' } },
  windowNominated: { code: 'refused', detail: { zh: '本窗口本季度已推荐过窗口', en: 'The window is already nominated for the quarter' } },
  duplicateBallot: { code: 'refused', detail: { zh: '您本期已投过票', en: 'You have already voted in this period' } },
  duplicatePanelScore: { code: 'refused', detail: { zh: '您本期已评过分', en: 'You have already scored this period' } },
  duplicateRating: { code: 'refused', detail: { zh: '该评分人已为此人评过分', en: 'This rater has already rated this officer for the year' } },
  duplicateAppeal: { code: 'refused', detail: { zh: '该否决已提出过申诉', en: 'This veto has already been appealed' } },
  alreadyDecided: { code: 'refused', detail: { zh: '该申诉已复核', en: 'This appeal has already been decided' } },
  flagDecided: { code: 'refused', detail: { zh: '该提示已认定，如需改变请更正原认定', en: 'This flag is decided; correct the decision to change it' } },
  stepRecorded: { code: 'refused', detail: { zh: '该投诉已记录此进度', en: 'This step is already recorded for the complaint' } },
  duplicateSignIn: { code: 'refused', detail: { zh: '该工作人员当日已签到', en: 'This officer has already signed in for the day' } },
};

const ok = (guards: readonly GuardItem[] = []): CheckResult => ({ issues: [], guards });
const refuse = (...issues: FieldIssue[]): CheckResult => ({ issues, guards: [] });

async function officersById(ctx: IntakeContext): Promise<Map<string, Officer>> {
  return new Map((await listOfficers(ctx.store, ctx.centerId)).map((o) => [o.officerId, o]));
}

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
  const officer = (await officersById(ctx)).get(body.officerId);
  if (!officer) return refuse({ path: 'officerId', message: `no officer ${body.officerId} / 没有该工作人员` });
  const shares = ctx.rulebook.yearlyAssessment?.raterShares;
  const issues = shares ? checkYearlyRatingShare(officer.role, body.raterKind, body.points, shares) : [];
  if (issues.length) return refuse(...issues);
  const slot = `yearly-rating#${body.year}#${body.officerId}`;
  return ok([uniqueSlot(ctx.centerId, slot, `${body.raterKind}#${body.ratedBy}`, 'duplicateRating')]);
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
  const issues = checkComplaintStep(latest, body.step);
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
