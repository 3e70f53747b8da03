/**
 * A small rulebook for formula tests: the default categories and numbers with a handful of
 * inline finding codes, so each expected score is worked from codes visible in the test.
 */
import type { FindingCodeInput } from '#core/rulebook/finding-code';
import { DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { defineRulebook } from '#core/rulebook/schema';

const code = (
  id: string,
  category: string,
  points: FindingCodeInput['points'],
  extra: Partial<FindingCodeInput> = {},
): FindingCodeInput => ({
  code: id,
  zh: id,
  en: id,
  category,
  effect: category.endsWith('.bonus') ? 'bonus' : 'deduction',
  points,
  subject: category.startsWith('window') ? 'window' : 'officer',
  veto: 'none',
  source: { seed: '002', clause: 'test' },
  ...extra,
});

export const TEST_CODES: FindingCodeInput[] = [
  code('O-LATE', 'officer.discipline', { fixed: '2' }),
  code('O-ABSENT', 'officer.discipline', { fixed: '5' }),
  code('O-CORRUPT', 'officer.integrity', { fixed: '10' }),
  code('O-FEE', 'officer.integrity', { fixed: '5' }),
  code('O-OVERDUE', 'officer.efficiency', { fixed: '3' }, { per: 'case-working-day' }),
  code('O-JUDGED', 'officer.duty', { min: '0', max: '20' }),
  code('O-12345', 'officer.discipline', { fixed: '0' }, { veto: 'year' }),
  code('O-COMMITMENT', 'officer.duty', { fixed: '0' }, { veto: 'quarter' }),
  code('B-O-MEDIA', 'officer.bonus', { fixed: '3' }, { per: 'level' }),
  code('B-O-LETTER', 'officer.bonus', { fixed: '2' }),
  code('W-COMPLAINT', 'window.service', { fixed: '5' }),
  code('W-OVERDUE', 'window.service', { fixed: '5' }, { per: 'case-working-day' }),
  code('W-UNCIVIL', 'window.discipline', { min: '1', max: '5' }),
  code('W-NOTICE', 'window.discipline', { fixed: '1' }),
  code('W-CORRUPT', 'window.integrity', { fixed: '10' }, { veto: 'year' }),
  code('B-W-BANNER', 'window.bonus', { fixed: '5' }),
];

export const TEST_RULEBOOK = defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, id: 'test', findingCodes: TEST_CODES });
