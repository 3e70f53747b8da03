/** Commendations (表扬) — DOMAIN.md §3.11. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { commendationRecord } from '#core/records/commendation';
import { fieldIssues } from '#core/records/types';

const paths = (input: unknown) => {
  const result = commendationRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const banner = { windowId: 'w08', officerId: 'o050', kind: 'banner', date: '2026-11-12', note: '企业赠送“热情服务”锦旗', verifiedBy: 'supervisor-2' };

describe('commendation', () => {
  it('parses a banner, and media praise with its level', () => {
    const parsed = commendationRecord.body.parse(banner);
    expect(commendationRecord.officersOf!(parsed)).toEqual(['o050']);
    expect(paths({ ...banner, kind: 'media', level: 'provincial' })).toEqual([]);
    expect(paths({ ...banner, kind: 'gift-handed-in', officerId: undefined })).toEqual([]);
  });

  it('only media praise has a level, and it needs one', () => {
    expect(paths({ ...banner, kind: 'media' })).toEqual(['level']);
    expect(paths({ ...banner, level: 'national' })).toEqual(['level']);
    expect(paths({ ...banner, kind: 'media', level: 'county' })).toEqual(['level']);
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...banner, kind: 'trophy' })).toEqual(['kind']);
    expect(paths({ ...banner, verifiedBy: '' })).toEqual(['verifiedBy']);
    expect(paths({ ...banner, date: '2026-04-31' })).toEqual(['date']);
    expect(paths({ ...banner, bonus: '5' })).toEqual(['bonus']);
  });

  it('no commendation dated in the future', () => {
    const parsed = commendationRecord.body.parse(banner);
    expect(commendationRecord.checkAt!(parsed, new Date('2026-11-11T09:00:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['date']);
  });
});
