/**
 * Field messages in both languages. Every message the project writes keeps the one
 * convention "English / 中文" in its source (schemas can carry only one string); the API
 * answers with the two halves apart, so no client ever splits them. Zod's own messages are
 * replaced by `bilingualErrorMap`, installed for every schema of the process by
 * `records/common.ts`, which every record schema imports.
 */
import * as z from 'zod';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

const CJK = /[\u3400-\u9fff\uff01-\uff5e]/;

/** The halves of an "English / 中文" message; a message in one language only stands for both. */
export function bilingual(message: string): Bilingual {
  // The last separator whose right side is Chinese: English halves may quote Chinese terms.
  for (let at = message.lastIndexOf(' / '); at >= 0; at = message.lastIndexOf(' / ', at - 1)) {
    const zh = message.slice(at + 3);
    if (CJK.test(zh)) return { en: message.slice(0, at), zh };
    if (at === 0) break;
  }
  return { en: message, zh: message };
}

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  int: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: '是或否' },
  object: { en: 'an object', zh: '对象' },
  array: { en: 'a list', zh: '列表' },
  date: { en: 'a date', zh: '日期' },
};

const FORMATS: Readonly<Record<string, Bilingual>> = {
  date: { en: 'a date as YYYY-MM-DD', zh: '日期格式为YYYY-MM-DD' },
  datetime: { en: 'a time with its offset, e.g. 2026-10-09T09:15:00+08:00', zh: '时间格式如2026-10-09T09:15:00+08:00（含时区）' },
  time: { en: 'a time as HH:MM', zh: '时间格式为HH:MM' },
  email: { en: 'an e-mail address', zh: '电子邮件地址' },
  uuid: { en: 'a UUID', zh: 'UUID格式' },
  url: { en: 'a URL', zh: '网址' },
};

const UNITS: Readonly<Record<string, Bilingual>> = {
  string: { en: 'characters', zh: '个字符' },
  array: { en: 'items', zh: '项' },
  set: { en: 'items', zh: '项' },
};

const both = (en: string, zh: string): Bilingual => ({ en, zh });
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The message of a zod issue in both languages, for every kind of issue zod raises. */
export function issueMessage(issue: z.core.$ZodRawIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return both('required', '必填');
      const name = TYPE_NAMES[issue.expected] ?? both(String(issue.expected), String(issue.expected));
      return both(`must be ${name.en}`, `须为${name.zh}`);
    }
    case 'too_small': {
      const unit = UNITS[issue.origin];
      const n = String(issue.minimum);
      if (unit) {
        if (Number(issue.minimum) === 1 && !issue.exact) return both('must not be empty', '不能为空');
        return issue.exact ? both(`exactly ${n} ${unit.en}`, `须为${n}${unit.zh}`) : both(`at least ${n} ${unit.en}`, `至少${n}${unit.zh}`);
      }
      return issue.inclusive === false ? both(`must be greater than ${n}`, `须大于${n}`) : both(`at least ${n}`, `不小于${n}`);
    }
    case 'too_big': {
      const unit = UNITS[issue.origin];
      const n = String(issue.maximum);
      if (unit) return issue.exact ? both(`exactly ${n} ${unit.en}`, `须为${n}${unit.zh}`) : both(`at most ${n} ${unit.en}`, `至多${n}${unit.zh}`);
      return issue.inclusive === false ? both(`must be less than ${n}`, `须小于${n}`) : both(`at most ${n}`, `不大于${n}`);
    }
    case 'invalid_format': {
      const format = FORMATS[issue.format];
      if (format) return format;
      if (issue.format === 'starts_with') return both(`must start with ${issue.prefix}`, `须以${issue.prefix}开头`);
      if (issue.format === 'ends_with') return both(`must end with ${issue.suffix}`, `须以${issue.suffix}结尾`);
      if (issue.format === 'includes') return both(`must include ${issue.includes}`, `须包含${issue.includes}`);
      return both('not in the expected format', '格式不正确');
    }
    case 'not_multiple_of':
      return both(`must be a multiple of ${issue.divisor}`, `须为${issue.divisor}的倍数`);
    case 'unrecognized_keys':
      return both(`unknown field ${issue.keys.join(', ')}`, `未知字段 ${issue.keys.join('、')}`);
    case 'invalid_union':
      return issue.discriminator !== undefined
        ? both(`${issue.discriminator} must be one of the listed kinds`, `${issue.discriminator}须为所列类型之一`)
        : both('fits none of the accepted forms', '不符合任何一种可接受的格式');
    case 'invalid_key':
      return both('a key is invalid', '键名无效');
    case 'invalid_element':
      return both('an element is invalid', '元素无效');
    case 'invalid_value': {
      const values = issue.values.map(show);
      return values.length === 1 ? both(`must be ${values[0]}`, `须为${values[0]}`) : both(`one of ${values.join(', ')}`, `须为以下之一：${values.join('、')}`);
    }
    case 'custom':
      return both('invalid', '无效');
    default:
      return both('invalid', '无效');
  }
}

/** Zod's error map, answering in the project's "English / 中文" convention. */
export const bilingualErrorMap: z.core.$ZodErrorMap = (issue) => {
  const { en, zh } = issueMessage(issue);
  return `${en} / ${zh}`;
};

let installed = false;
/** Makes every schema of the process report in both languages (schema-level messages still win). */
export function installBilingualMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: bilingualErrorMap });
}

export interface ApiIssue {
  readonly path: string;
  readonly message_zh: string;
  readonly message_en: string;
}

/** A field issue as the API answers it: the two languages apart. */
export function apiIssue(issue: { readonly path: string; readonly message: string }): ApiIssue {
  const { zh, en } = bilingual(issue.message);
  return { path: issue.path, message_zh: zh, message_en: en };
}
