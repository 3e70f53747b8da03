/** Evaluations and business volume: their intake behaviour, now with the calendar passed in. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { evaluationRecord, volumeRecord } from '#core/records/types';

const calendar = createCalendar();

describe('volume', () => {
  it('is for the current month or an earlier one', () => {
    const body = volumeRecord.body.parse({ windowId: 'w01', month: '2026-12', accepted: 3 });
    // 2026-11-30T16:30Z is already 12-01 in Beijing.
    expect(volumeRecord.checkAt!(body, new Date('2026-11-30T16:30:00Z'), calendar)).toEqual([]);
    expect(volumeRecord.checkAt!(body, new Date('2026-11-30T15:30:00Z'), calendar).map((i) => i.path)).toEqual(['month']);
  });
});

describe('evaluation', () => {
  it('still refuses a rating more than 5 minutes ahead, and names its officer', () => {
    const body = evaluationRecord.body.parse({ windowId: 'w01', officerId: 'o001', ratedAt: '2026-11-13T10:06:00+08:00', scale: 'two-level', rating: '满意' });
    expect(evaluationRecord.checkAt!(body, new Date('2026-11-13T10:00:00+08:00'), calendar).map((i) => i.path)).toEqual(['ratedAt']);
    expect(evaluationRecord.checkAt!(body, new Date('2026-11-13T10:01:00+08:00'), calendar)).toEqual([]);
    expect(evaluationRecord.officersOf!(body)).toEqual(['o001']);
  });
});
