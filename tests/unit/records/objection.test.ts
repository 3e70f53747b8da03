/** Objections (异议) during a public notice — DOMAIN.md §3.15, §6. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '#core/calendar';
import { OBJECTION_PRIVATE_FIELDS, objectionRecord } from '#core/records/objection';
import { withoutPrivateFields } from '#core/records/registry';
import { fieldIssues } from '#core/records/types';

const paths = (input: unknown) => {
  const result = objectionRecord.body.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map((i) => i.path);
};
const objection = { noticeId: 'quarterly-stars/2026-Q3', entry: 'o061', date: '2026-10-12', text: '该同志九月曾因迟到被通报', contact: 'objector@example.com' };

describe('objection', () => {
  it('parses an objection; center-level; the contact is private', () => {
    const parsed = objectionRecord.body.parse(objection);
    expect(objectionRecord.windowOf(parsed)).toBeUndefined();
    expect(OBJECTION_PRIVATE_FIELDS).toEqual(['contact']);
    expect(withoutPrivateFields(objectionRecord, parsed)).toEqual({ noticeId: objection.noticeId, entry: 'o061', date: '2026-10-12', text: objection.text });
  });

  it('names the field of each mistake', () => {
    expect(paths({ ...objection, text: '异'.repeat(501) })).toEqual(['text']);
    expect(paths({ ...objection, text: '   ' })).toEqual(['text']);
    expect(paths({ ...objection, entry: 'Zhang San' })).toEqual(['entry']);
    expect(paths({ ...objection, contact: undefined })).toEqual([]);
    expect(paths({ ...objection, name: '匿名' })).toEqual(['name']);
  });

  it('no objection dated in the future', () => {
    const parsed = objectionRecord.body.parse(objection);
    expect(objectionRecord.checkAt!(parsed, new Date('2026-10-11T22:00:00+08:00'), createCalendar()).map((i) => i.path)).toEqual(['date']);
  });
});
