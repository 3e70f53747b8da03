/**
 * Published documents (公开发布文件): what the score runs and selections publish and the
 * public site reads. The same schemas validate the document when it is written and when
 * the site loads it. Only public facts belong here — never ledgers, complainants or
 * findings (DOMAIN.md §6).
 */
import { z } from 'zod';
import { centerId, month, windowId } from './records/common.ts';

const hundredths = z.string().regex(/^-?\d+\.\d{2}$/, 'two decimals, e.g. "4.76"');

export const rulebookRefDocument = z.strictObject({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
});

export const centerProfile = z.strictObject({
  kind: z.literal('center'),
  centerId,
  name: z.string(),
  nameEn: z.string(),
  address: z.string(),
  phone: z.string(),
  windows: z.array(
    z.strictObject({ windowId, name: z.string(), department: z.string(), departmentEn: z.string() }),
  ),
});
export type CenterProfile = z.infer<typeof centerProfile>;

export const monthlyEvaluation = z.strictObject({
  kind: z.literal('monthly-evaluation'),
  centerId,
  period: month,
  publishedAt: z.iso.datetime({ offset: true }),
  rulebook: rulebookRefDocument,
  windows: z.array(
    z.strictObject({
      windowId,
      /** Electronic evaluation component (§4.1), out of 5. */
      component: hundredths,
      /** Satisfied share of valid evaluations in percent, null with no evaluation. */
      satisfactionRate: hundredths.nullable(),
      evaluations: z.number().int().nonnegative(),
      required: z.number().int().nonnegative(),
      volume: z.number().int().nonnegative(),
    }),
  ),
});
export type MonthlyEvaluation = z.infer<typeof monthlyEvaluation>;

export const publishedDocument = z.discriminatedUnion('kind', [centerProfile, monthlyEvaluation]);
export type PublishedDocument = z.infer<typeof publishedDocument>;

/** Stable file and sort-key name of a document: "center", "monthly-evaluation#2026-10". */
export const documentKey = (doc: PublishedDocument): string =>
  doc.kind === 'center' ? 'center' : `${doc.kind}#${doc.period}`;
