/**
 * The registry of record types: one valid example per type, placed and parsed; every body
 * rejects unknown fields at their own path; private fields never reach the public.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { correctionOf } from '#core/records/correction';
import { RECORD_TYPES, type RecordTypeName, withoutPrivateFields } from '#core/records/registry';
import { type RecordType, fieldIssues } from '#core/records/types';
import { EXAMPLES } from '../../support/record-examples.ts';


const CENTER_LEVEL: readonly RecordTypeName[] = ['complaint-step', 'training', 'ballot', 'panel-score', 'objection', 'yearly-rating', 'veto-appeal', 'appeal-decision'];
const types = Object.entries(RECORD_TYPES) as [RecordTypeName, RecordType<any>][];

describe('RECORD_TYPES', () => {
  it('lists every type of DOMAIN.md §3 by its own name, with labels in both languages', () => {
    expect(types).toHaveLength(24);
    for (const [name, type] of types) {
      expect(type.type).toBe(name);
      expect(type.label.zh).toMatch(/\p{Script=Han}/u);
      expect(type.label.en).toMatch(/^[a-z -]+$/);
    }
  });

  it.each(types)('%s: the example parses, is placed, and passes the intake checks', (name, type) => {
    const body = type.body.parse(EXAMPLES[name]);
    expect(type.windowOf(body)).toBe(CENTER_LEVEL.includes(name) ? undefined : 'w01');
    expect(type.monthOf(body)).toMatch(/^2026-(11|12)$/);
    expect(new Date(type.at(body)).toISOString()).toBe(type.at(body));
    expect(type.checkAt?.(body, new Date('2026-11-18T12:00:00+08:00'), createCalendar()) ?? []).toEqual([]);
    for (const officer of type.officersOf?.(body) ?? []) expect(officer).toMatch(/^o\d+$/);
  });

  it.each(types)('%s: an unknown field is refused at its own path', (name, type) => {
    const result = type.body.safeParse({ ...EXAMPLES[name], unexpected: 1 });
    expect(result.success).toBe(false);
    expect(!result.success && fieldIssues(result.error)).toEqual([{ path: 'unexpected', message: 'unknown field unexpected / 未知字段 unexpected' }]);
  });

  it('private fields: complaints and objections; stripped before anything is public', () => {
    const withPrivate = types.filter(([, t]) => t.privateFields?.length).map(([name]) => name);
    expect(withPrivate).toEqual(['complaint', 'objection']);
    const complaint = RECORD_TYPES.complaint.body.parse(EXAMPLES.complaint);
    expect(withoutPrivateFields(RECORD_TYPES.complaint, complaint)).not.toHaveProperty('complainantContact');
    const correction = correctionOf(RECORD_TYPES.complaint);
    const corrected = correction.body.parse({ supersedes: 'c-1', reason: '窗口登记错误', record: EXAMPLES.complaint });
    const shown = withoutPrivateFields(correction, corrected);
    expect(shown.record).not.toHaveProperty('complainantContact');
    expect(shown.record).toMatchObject({ summary: '等候时间过长' });
    expect(corrected.record.complainantContact).toBe('a@example.com'); // the stored body is untouched
  });
});
