/**
 * Device fault (评价器故障) — seed 003 §服务质量电子评价考核办法 三、(二)1: "经查实属于评价器
 * 故障的，不予扣分". A fault the supervisor has verified with the IT section's repair log
 * cancels the conduct deductions a fault can cause — the evaluator found off, no rating
 * prompt — at the window within [from, to] (score-inputs.ts applies it). Refusing a rating,
 * rating oneself or rating in bursts are people's acts, not the device's. Filed in the
 * month the fault began.
 */
import * as z from 'zod';
import { fieldsValid, isoInstant, monthOf, onFirstUse, reference, text, windowId } from './common.ts';
import { type FieldIssue, type RecordType, isFutureInstant } from './types.ts';

export const deviceFaultBody = onFirstUse(() => z
  .strictObject({
    windowId,
    /** The evaluator, as its credential names it. */
    deviceId: reference,
    from: isoInstant,
    to: isoInstant,
    note: text(500),
  })
  .refine((b) => new Date(b.to).getTime() > new Date(b.from).getTime(), {
    path: ['to'],
    message: 'to must be after from / 故障结束时间须晚于开始时间',
    when: fieldsValid,
  }));
export type DeviceFaultBody = z.infer<ReturnType<typeof deviceFaultBody>>;

export const deviceFaultRecord: RecordType<DeviceFaultBody> = {
  type: 'device-fault',
  label: { zh: '评价器故障', en: 'device fault' },
  get body() {
    return deviceFaultBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => new Date(b.from).toISOString(),
  monthOf: (b) => monthOf(b.from),
  checkAt: (b, now) =>
    (['from', 'to'] as const).flatMap((path): FieldIssue[] =>
      isFutureInstant(b[path], now) ? [{ path, message: `${path} is in the future / 时间晚于当前时间` }] : [],
    ),
};
