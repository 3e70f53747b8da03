/**
 * Training roll call (学习培训点名) — DOMAIN.md §3.9; seed 003 §窗口工作人员学习培训制度 四:
 * "实行点名制，清点记录参加学习培训的人数，缺席人员及原因". Officers excused beforehand
 * (事先请假) are listed apart; an absence without excuse becomes a finding (O-TRAIN-ABSENT).
 *
 * Center-level: a session gathers officers of many windows.
 */
import * as z from 'zod';
import { fieldsValid, instantOf, isoDate, officerId, onFirstUse, sessionId, text } from './common.ts';
import { type RecordType, notAfterToday } from './types.ts';

const ROLL_CALL = ['present', 'excused', 'absent'] as const;
const LIST_ZH = { present: '出席', excused: '请假', absent: '缺席' } as const;

const officers = onFirstUse(() => z.array(officerId).max(500));

export const trainingBody = onFirstUse(() => z
  .strictObject({
    sessionId,
    date: isoDate,
    topic: text(200),
    present: officers(),
    excused: officers(),
    absent: officers(),
  })
  .superRefine((b, ctx) => {
    const listed = new Map<string, (typeof ROLL_CALL)[number]>();
    for (const list of ROLL_CALL) {
      b[list].forEach((officer, i) => {
        const earlier = listed.get(officer);
        if (earlier === undefined) {
          listed.set(officer, list);
        } else {
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `${officer} is already listed as ${earlier} / 该人员已列入${LIST_ZH[earlier]}名单`,
          });
        }
      });
    }
    if (listed.size === 0) ctx.addIssue({ code: 'custom', path: ['present'], message: 'the roll call lists nobody / 点名名单为空' });
  }, { when: fieldsValid }));
export type TrainingBody = z.infer<ReturnType<typeof trainingBody>>;

export const trainingRecord: RecordType<TrainingBody> = {
  type: 'training',
  label: { zh: '学习培训', en: 'training' },
  get body() {
    return trainingBody();
  },
  windowOf: () => undefined,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => [...b.present, ...b.excused, ...b.absent],
  checkAt: (b, now) => notAfterToday('date', b.date, now),
};
