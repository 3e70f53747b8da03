/**
 * Record types accepted at intake (DOMAIN.md §3): the body schema and how a record is
 * placed — its window, the instant it is about, its month — and the checks that need the
 * present moment or the working-day calendar.
 */
import * as z from 'zod';
import type { WorkingCalendar } from '../calendar.ts';
import type { Rulebook } from '../rulebook/schema.ts';
import { dateOf, month, monthOf, onFirstUse, windowId } from './common.ts';
import { type EvaluationBody, evaluationBody } from './evaluation.ts';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  /** Set on issues a correction is exempt from (see `LATE_REGISTRATION`). */
  readonly code?: string;
}

/** Zod's issues as intake reports them: dotted paths, one line per unknown field. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: `unknown field ${key} / 未知字段 ${key}` }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

/**
 * A registration that came after its deadline (事后补登 later than 2 working days). A
 * correction is exempt: the record it replaces was accepted, so it came in time.
 */
export const LATE_REGISTRATION = 'late-registration';

/** The parts of a rulebook intake checks records against. */
export type RulesAtIntake = Pick<Rulebook, 'findingCodes' | 'hygiene' | 'monthlyGrading'>;

export interface RecordType<Body> {
  readonly type: string;
  readonly label: { readonly zh: string; readonly en: string };
  /** The body's schema: each record type builds it on the first read (`onFirstUse`, common.ts). */
  readonly body: z.ZodType<Body>;
  /**
   * The window the record is filed under, and whose staff may submit it. `undefined` for a
   * center-level record (a ballot, a training roll call, an appeal …): the store files it
   * under the center-level pseudo window, and the route's roles alone decide who submits
   * it (a window head casts a ballot for no window of its own).
   */
  readonly windowOf: (body: Body) => string | undefined;
  /** The instant the record is about, for ordering inside its window-month. */
  readonly at: (body: Body) => string;
  readonly monthOf: (body: Body) => string;
  /** The officers the record concerns, for authorization and officer aggregates. */
  readonly officersOf?: (body: Body) => readonly string[];
  /** Fields never shown outside the center (complainants, objectors): strip before publishing. */
  readonly privateFields?: readonly string[];
  /** Checks that need the present moment or the working-day calendar (no future ratings). */
  readonly checkAt?: (body: Body, now: Date, calendar: WorkingCalendar) => FieldIssue[];
  /**
   * Checks against the center's rulebook in force at the record's date (finding codes,
   * hygiene items): a center with codes of its own uses them, and a seed code its rulebook
   * lacks is refused. Intake runs them; the body schema checks only the shape.
   */
  readonly checkRules?: (body: Body, rulebook: RulesAtIntake) => FieldIssue[];
}

// Device clocks drift; a rating a few minutes "ahead" is a clock, not a forgery.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const isFutureInstant = (instant: string, now: Date): boolean =>
  new Date(instant).getTime() > now.getTime() + CLOCK_SKEW_MS;

/** The issue for a date after today (Beijing), or none. */
export function notAfterToday(path: string, date: string, now: Date): FieldIssue[] {
  return date > dateOf(now) ? [{ path, message: `${path} is in the future / 日期晚于今天` }] : [];
}

export const evaluationRecord: RecordType<EvaluationBody> = {
  type: 'evaluation',
  label: { zh: '服务评价', en: 'evaluation' },
  get body() {
    return evaluationBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => new Date(b.ratedAt).toISOString(),
  monthOf: (b) => monthOf(b.ratedAt),
  officersOf: (b) => (b.officerId ? [b.officerId] : []),
  checkAt: (b, now) =>
    isFutureInstant(b.ratedAt, now) ? [{ path: 'ratedAt', message: 'ratedAt is in the future / 评价时间晚于当前时间' }] : [],
};

export const volumeBody = onFirstUse(() => z.strictObject({
  windowId,
  month,
  /** Cases accepted (受理量); tallies add up, so a window may report daily or monthly. */
  accepted: z.number().int().nonnegative().max(100_000),
}));
export type VolumeBody = z.infer<ReturnType<typeof volumeBody>>;

export const volumeRecord: RecordType<VolumeBody> = {
  type: 'volume',
  label: { zh: '受理量', en: 'business volume' },
  get body() {
    return volumeBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => `${b.month}-01T00:00:00.000Z`,
  monthOf: (b) => b.month,
  checkAt: (b, now) =>
    b.month > monthOf(now) ? [{ path: 'month', message: 'month is after the current month / 月份晚于本月' }] : [],
};
