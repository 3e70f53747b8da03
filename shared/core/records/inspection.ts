/**
 * Hygiene inspection (卫生检查) — DOMAIN.md §3.5, §4.2; seed 003 §卫生工作考核办法 三、(二).
 *
 * Once a quarter a third party inspects each window and deducts by item: dust, untidiness,
 * bulletin board, litter, full bin 0.5–2 each (in half points, as the inspection form
 * marks them), smoking 5, a cigarette butt 5. An item found in order is not listed. The
 * items are those of the center's rulebook in force at the inspection's date (seed 003's by
 * default): intake checks them there, the body schema only their shape.
 */
import * as z from 'zod';
import { type Points, cmp, fraction, mul, pts } from '../points.ts';
import { slug } from '../rulebook/fields.ts';
import type { HygieneRules } from '../rules/hygiene.ts';
import { monthsOf } from '../rules/period.ts';
import { decimalPoints, fieldsValid, instantOf, isoDate, officerId, onFirstUse, person, quarter, text, windowId } from './common.ts';
import { type FieldIssue, type RecordType, notAfterToday } from './types.ts';

/** An inspection form lists at most this many items (seed 003's has 7). */
const MAX_ITEMS = 30;
/** The items that name the officers concerned: smoking in the no-smoking area and a cigarette butt. */
export const NAMES_OFFICERS: ReadonlySet<string> = new Set(['smoking', 'cigarette-butt']);

const isWholeHalves = (p: Points): boolean => mul(p, fraction(2)).d === 1n;

export const inspectionBody = onFirstUse(() => z
  .strictObject({
    windowId,
    quarter,
    date: isoDate,
    /** The inspector of the third party the center commissions. */
    inspector: person,
    deductions: z
      .array(
        z.strictObject({
          item: slug,
          points: decimalPoints.optional(),
          note: text(200).optional(),
          /** Smoking and cigarette-butt items: the officers concerned, whom the item vetoes (§4.2, §5). */
          officerIds: z.array(officerId).min(1).max(20).optional(),
        }),
      )
      .max(MAX_ITEMS),
    note: text(500).optional(),
  })
  .superRefine((b, ctx) => {
    if (!monthsOf(b.quarter).includes(b.date.slice(0, 7))) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `date is outside ${b.quarter} / 检查日期不在该季度内` });
    }
    const seen = new Set<string>();
    b.deductions.forEach(({ item, officerIds }, i) => {
      if (officerIds !== undefined && !NAMES_OFFICERS.has(item)) {
        ctx.addIssue({ code: 'custom', path: ['deductions', i, 'officerIds'], message: `only smoking items name officers / 只有吸烟、烟蒂项可填写工作人员` });
      }
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: ['deductions', i, 'item'], message: `${item} is listed twice / 该项重复` });
      seen.add(item);
    });
  }, { when: fieldsValid }));
export type InspectionBody = z.infer<ReturnType<typeof inspectionBody>>;

/** Each item against the rulebook's hygiene items: known, with the points it takes. */
export function inspectionRuleIssues(b: InspectionBody, hygiene: HygieneRules | undefined): FieldIssue[] {
  if (!hygiene) return [{ path: 'deductions', message: 'the center’s rulebook has no hygiene inspection / 本中心评选规则不含卫生检查' }];
  return b.deductions.flatMap(({ item, points }, i): FieldIssue[] => {
    const spec = hygiene.items.find((it) => it.id === item)?.points;
    if (!spec) return [{ path: `deductions.${i}.item`, message: `${item} is not a hygiene item of the center’s rulebook / 本中心评选规则中没有该卫生检查项` }];
    const path = `deductions.${i}.points`;
    if ('fixed' in spec) {
      return points !== undefined && cmp(pts(points), pts(spec.fixed)) !== 0
        ? [{ path, message: `${item} is fixed at ${spec.fixed} points / 该项固定扣${spec.fixed}分` }]
        : [];
    }
    const range = `${spec.min}–${spec.max}`;
    if (points === undefined) return [{ path, message: `${item} needs points within ${range} / 该项须填写扣分（${range}分）` }];
    const p = pts(points);
    return cmp(p, pts(spec.min)) < 0 || cmp(p, pts(spec.max)) > 0 || !isWholeHalves(p)
      ? [{ path, message: `${item} takes ${range} points in steps of 0.5 / 该项扣${range}分，以0.5分为单位` }]
      : [];
  });
}

export const inspectionRecord: RecordType<InspectionBody> = {
  type: 'inspection',
  label: { zh: '卫生检查', en: 'hygiene inspection' },
  get body() {
    return inspectionBody();
  },
  windowOf: (b) => b.windowId,
  at: (b) => instantOf(b.date),
  monthOf: (b) => b.date.slice(0, 7),
  officersOf: (b) => [...new Set(b.deductions.flatMap((d) => d.officerIds ?? []))].sort(),
  checkAt: (b, now) => notAfterToday('date', b.date, now),
  checkRules: (b, rulebook) => inspectionRuleIssues(b, rulebook.hygiene),
};
