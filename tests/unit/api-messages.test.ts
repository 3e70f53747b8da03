/** Field messages in both languages: the project's "English / 中文" halves, and zod's every issue kind. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiIssue, bilingual, installBilingualMessages } from '#core/api/messages';
import { fieldIssues } from '#core/records/types';

installBilingualMessages();

const CJK = /[\u4e00-\u9fff]/;
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return fieldIssues(result.error).map(apiIssue);
};

describe('bilingual', () => {
  it('splits at the last separator whose right side is Chinese', () => {
    expect(bilingual('a month as YYYY-MM / 月份格式为YYYY-MM')).toEqual({ en: 'a month as YYYY-MM', zh: '月份格式为YYYY-MM' });
    // The English half may quote a Chinese term, and a path may hold a slash.
    expect(bilingual('事后补登 closed on 2026-11-03 / 事后补登须在请假日后2个工作日内')).toEqual({
      en: '事后补登 closed on 2026-11-03',
      zh: '事后补登须在请假日后2个工作日内',
    });
    expect(bilingual('a / b / 中文')).toEqual({ en: 'a / b', zh: '中文' });
  });

  it('lets a message in one language stand for both', () => {
    expect(bilingual('the composite weights must sum to 1')).toEqual({ en: 'the composite weights must sum to 1', zh: 'the composite weights must sum to 1' });
  });
});

describe('the error map', () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['invalid_type (missing)', z.object({ a: z.string() }), {}],
    ['invalid_type', z.number(), 'x'],
    ['too_small', z.string().min(3), 'ab'],
    ['too_big', z.array(z.number()).max(1), [1, 2]],
    ['invalid_format', z.iso.date(), '2026-02-31'],
    ['invalid_format (regex)', z.string().regex(/^a$/), 'b'],
    ['not_multiple_of', z.number().multipleOf(5), 7],
    ['unrecognized_keys', z.strictObject({}), { colour: 'red' }],
    ['invalid_union', z.union([z.string(), z.number()]), true],
    ['invalid_union (discriminator)', z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]), { k: 'b' }],
    ['invalid_value', z.enum(['满意', '不满意']), '好'],
    ['invalid_key', z.record(z.string().regex(/^\d+$/), z.number()), { x: 1 }],
    ['invalid_element', z.map(z.string(), z.number()), new Map([['a', 'b']])],
    ['custom', z.string().refine(() => false), 'x'],
  ];

  it.each(cases)('%s: a message in Chinese and one in English', (_kind, schema, value) => {
    for (const issue of issuesOf(schema, value)) {
      expect(issue.message_zh).toMatch(CJK);
      expect(issue.message_en).toMatch(/[a-z]{3,}/);
      expect(issue.message_en).not.toBe(issue.message_zh);
    }
  });

  it('says what was wrong, with the bound', () => {
    expect(issuesOf(z.strictObject({ name: z.string().min(3) }), { name: 'ab' })).toEqual([
      { path: 'name', message_en: 'at least 3 characters', message_zh: '至少3个字符' },
    ]);
    expect(issuesOf(z.object({ a: z.string() }), {})).toEqual([{ path: 'a', message_en: 'required', message_zh: '必填' }]);
  });

  it('keeps a schema’s own message, split into its halves', () => {
    expect(issuesOf(z.string().regex(/^\d{4}$/, 'a year as YYYY / 年份格式为YYYY'), '26')).toEqual([
      { path: '', message_en: 'a year as YYYY', message_zh: '年份格式为YYYY' },
    ]);
  });
});
