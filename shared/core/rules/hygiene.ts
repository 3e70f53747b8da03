/**
 * 卫生工作考核 — hygiene component, per window per quarter (5 points).
 * Seed 003 §卫生工作考核办法 三、(二)评分细则; DOMAIN.md §4.2.
 *
 *   inspection score = max(0, 100 − Σ item deductions)
 *   component        = inspection score × 5 / 100
 *
 * The quarter's inspection applies to each month of the quarter. With no inspection yet the
 * component is pending; after the quarter has ended it is recorded as missing (0 points).
 * **Assumption:** two inspections in one quarter count by the mean of their scores.
 */
import * as z from 'zod';
import type { LedgerLine } from '../ledger.ts';
import { type Points, ZERO, div, fraction, max, mean, mul, pts, sub, sum, toExact } from '../points.ts';
import { bilingual, chosenPoints, decimal, pointsSpec, slug } from '../rulebook/fields.ts';

export const hygieneRules = z.strictObject({
  maxPoints: decimal,
  /** An inspection is scored out of this many points, then scaled to `maxPoints`. */
  fullScore: decimal,
  items: z
    .array(z.strictObject({ id: slug, name: bilingual, points: pointsSpec, clause: z.string().min(1) }))
    .min(1),
});
export type HygieneRules = z.infer<typeof hygieneRules>;

export const SEED_003_HYGIENE: HygieneRules = {
  maxPoints: '5',
  fullScore: '100',
  items: [
    {
      id: 'dust',
      name: { zh: '办公家具、办公设备或办公电器有灰尘、污垢', en: 'Dust or dirt on furniture, equipment or appliances' },
      points: { min: '0.5', max: '2' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第1条',
    },
    {
      id: 'clutter',
      name: { zh: '文件资料、物品用具及杂物摆放不整齐', en: 'Files, objects or odds and ends left untidy' },
      points: { min: '0.5', max: '2' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第2条',
    },
    {
      id: 'bulletin-board',
      name: { zh: '政务公开栏里的资料摆放凌乱', en: 'Messy papers on the public-information board' },
      points: { min: '0.5', max: '2' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第3条',
    },
    {
      id: 'litter',
      name: { zh: '办公区域桌面、地面有纸屑、灰尘', en: 'Litter or dust on desks or floor' },
      points: { min: '0.5', max: '2' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第4条',
    },
    {
      id: 'bin-full',
      name: { zh: '垃圾筐积满后未及时清理', en: 'A full bin not emptied' },
      points: { min: '0.5', max: '2' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第4条',
    },
    {
      id: 'smoking',
      name: { zh: '在禁烟区域内吸烟', en: 'Smoking in the no-smoking area' },
      points: { fixed: '5' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第5条',
    },
    {
      id: 'cigarette-butt',
      name: { zh: '办公区域发现有烟蒂', en: 'A cigarette butt found in the office area' },
      points: { fixed: '5' },
      clause: '§卫生工作考核办法 三、(二)评分细则 第5条',
    },
  ],
};

export interface HygieneInspection {
  readonly recordId: string;
  /** One entry per item found wanting; range items carry the points the inspector chose. */
  readonly deductions: readonly { readonly item: string; readonly points?: string }[];
}

export interface HygieneInput {
  readonly inspections: readonly HygieneInspection[];
  /** Whether the quarter has ended when the score is computed (time comes in as data). */
  readonly quarterEnded: boolean;
}

export type HygieneResult =
  | {
      readonly status: 'inspected';
      readonly component: Points;
      readonly inspectionScore: Points;
      readonly ledger: readonly LedgerLine[];
    }
  | { readonly status: 'pending' }
  | { readonly status: 'missing'; readonly component: Points; readonly ledger: readonly LedgerLine[] };

const byRecordId = (a: HygieneInspection, b: HygieneInspection): number =>
  a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;

/** 100 minus the items found wanting, never below 0. */
export function inspectionScore(inspection: HygieneInspection, rules: HygieneRules): Points {
  const seen = new Set<string>();
  const deducted = inspection.deductions.map(({ item, points }) => {
    const rule = rules.items.find((i) => i.id === item);
    if (!rule) throw new RangeError(`inspection ${inspection.recordId}: unknown hygiene item ${item}`);
    if (seen.has(item)) throw new RangeError(`inspection ${inspection.recordId}: item ${item} listed twice`);
    seen.add(item);
    return chosenPoints(rule.points, points, `hygiene item ${item}`);
  });
  return max(ZERO, sub(pts(rules.fullScore), sum(deducted)));
}

export function hygieneComponent(input: HygieneInput, rules: HygieneRules): HygieneResult {
  const inspections = [...input.inspections].sort(byRecordId);
  if (inspections.length === 0) {
    if (!input.quarterEnded) return { status: 'pending' };
    return { status: 'missing', component: ZERO, ledger: [{ code: 'HY.MISSING', points: ZERO, records: [] }] };
  }
  const scale = div(pts(rules.maxPoints), pts(rules.fullScore));
  const scores = inspections.map((i) => inspectionScore(i, rules));
  const share = fraction(1, inspections.length);
  const ledger: LedgerLine[] = inspections.map((inspection, i) => ({
    code: 'HY.INSPECTION',
    points: mul(mul(scores[i]!, scale), share),
    records: [inspection.recordId],
    detail: {
      inspectionScore: toExact(scores[i]!),
      deducted: inspection.deductions
        .map((d) => d.item)
        .sort()
        .join(','),
      ...(inspections.length > 1 ? { inspections: inspections.length } : {}),
    },
  }));
  const component = sum(ledger.map((l) => l.points));
  return { status: 'inspected', component, inspectionScore: mean(scores), ledger };
}
