/**
 * Record types accepted at intake (DOMAIN.md §3): the body schema and how a record is
 * placed — its window, the instant it is about, its month.
 */
import { z } from 'zod';
import { monthOf, month, windowId } from './common.ts';
import { type EvaluationBody, evaluationBody } from './evaluation.ts';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export interface RecordType<Body> {
  readonly type: string;
  readonly body: z.ZodType<Body>;
  readonly windowOf: (body: Body) => string;
  /** The instant the record is about, for ordering inside its window-month. */
  readonly at: (body: Body) => string;
  readonly monthOf: (body: Body) => string;
  /** Checks that need the present moment (no future ratings). */
  readonly checkAt?: (body: Body, now: Date) => FieldIssue[];
}

// Device clocks drift; a rating a few minutes "ahead" is a clock, not a forgery.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const evaluationRecord: RecordType<EvaluationBody> = {
  type: 'evaluation',
  body: evaluationBody,
  windowOf: (b) => b.windowId,
  at: (b) => new Date(b.ratedAt).toISOString(),
  monthOf: (b) => monthOf(b.ratedAt),
  checkAt: (b, now) =>
    new Date(b.ratedAt).getTime() > now.getTime() + CLOCK_SKEW_MS
      ? [{ path: 'ratedAt', message: 'ratedAt is in the future / 评价时间晚于当前时间' }]
      : [],
};

export const volumeBody = z.strictObject({
  windowId,
  month,
  /** Cases accepted (受理量); tallies add up, so a window may report daily or monthly. */
  accepted: z.number().int().nonnegative().max(100_000),
});
export type VolumeBody = z.infer<typeof volumeBody>;

export const volumeRecord: RecordType<VolumeBody> = {
  type: 'volume',
  body: volumeBody,
  windowOf: (b) => b.windowId,
  at: (b) => `${b.month}-01T00:00:00.000Z`,
  monthOf: (b) => b.month,
};
