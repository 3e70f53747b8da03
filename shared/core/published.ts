/**
 * Published documents (公开发布文件): what the score runs and selections publish and the
 * public site reads. The same schemas validate the document when it is written and when
 * the site loads it. Only public facts belong here — never ledgers, complainants or
 * findings (DOMAIN.md §6).
 */
import * as z from 'zod';
import { candidateId, centerId, honorId, isoDate, month, period, recordId, reference, windowId } from './records/common.ts';

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
  /**
   * The issuing authority (落款) that signs the center's notices and posters, e.g.
   * 青浦区行政服务中心管理委员会办公室; the center's name when absent.
   */
  authority: z.string().min(1).optional(),
  authorityEn: z.string().min(1).optional(),
  /** The supervision phone (监督电话) for objections and complaints; `phone` when absent. */
  supervisionPhone: z.string().min(1).optional(),
  /** The address in English, for the English pages; `address` when absent. */
  addressEn: z.string().min(1).optional(),
  windows: z.array(
    z.strictObject({ windowId, name: z.string(), department: z.string(), departmentEn: z.string() }),
  ),
});
export type CenterProfile = z.infer<typeof centerProfile>;

/**
 * A correction (更正) that changed a month already published as final (DOMAIN.md §7): when,
 * which record replaced which, why, and each window figure it moved, before → after. The
 * month's page and downloads show it openly, so a reader who saw the earlier number knows
 * why it moved. Notes are kept across republications, oldest first.
 */
export const monthCorrection = z.strictObject({
  /** The Beijing date the supervisor filed the correction. */
  date: isoDate,
  /** The correction record, and the record it superseded. */
  recordId,
  supersedes: recordId,
  reason: z.string().min(1).max(500),
  changes: z
    .array(
      z.strictObject({
        windowId,
        /** The window's monthly 100-point score, or its electronic-evaluation component. */
        field: z.enum(['score', 'component']),
        before: hundredths.nullable(),
        after: hundredths.nullable(),
      }),
    )
    .min(1),
});
export type MonthCorrection = z.infer<typeof monthCorrection>;

export const monthlyEvaluation = z.strictObject({
  kind: z.literal('monthly-evaluation'),
  centerId,
  period: month,
  publishedAt: z.iso.datetime({ offset: true }),
  rulebook: rulebookRefDocument,
  /**
   * The day the month closes (DOMAIN.md §6; by default the 5th working day of the next
   * month); records about the month come in after it only as corrections. Absent: the site
   * computes the default from the working-day calendar.
   */
  closesOn: isoDate.optional(),
  /**
   * The publisher's view of the month when it wrote the document. The site shows a month as
   * a result only when this is not "provisional" and the document was published after the
   * close day; otherwise as "provisional as of publishedAt".
   */
  state: z.enum(['provisional', 'closed']).optional(),
  /**
   * The rulebook's publication setting for window monthly scores (DOMAIN.md §6): false keeps
   * every window's 100-point score off the public pages and downloads. Absent: public.
   */
  windowScoresPublic: z.boolean().optional(),
  /** Corrections that changed the month after it was published as closed, oldest first. */
  corrections: z.array(monthCorrection).optional(),
  windows: z.array(
    z.strictObject({
      windowId,
      /**
       * Electronic evaluation component (§4.1), out of 5, as it entered the window's score;
       * null where the rulebook computes none (the seed 002 and seed 004 presets).
       */
      component: hundredths.nullable(),
      /** Satisfied share of valid evaluations in percent, null with no evaluation. */
      satisfactionRate: hundredths.nullable(),
      evaluations: z.number().int().nonnegative(),
      required: z.number().int().nonnegative(),
      volume: z.number().int().nonnegative(),
      /**
       * The window's monthly 100-point score (§4.4), two decimals; null until the month's
       * scores are run. A window is a public service unit, not a person: its score is public
       * (officers' scores never are).
       */
      score: hundredths.nullable(),
      /**
       * The window's monthly grade (seed 002 第十二条: 优秀 / 良好 / 合格 / 不合格), only where the
       * rulebook grades windows and publishes the grades; null while tied at the 优秀 cap.
       */
      grade: z.enum(['excellent', 'good', 'pass', 'fail']).nullable().optional(),
    }),
  ),
});
export type MonthlyEvaluation = z.infer<typeof monthlyEvaluation>;

const bilingualText = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const honorSubject = z.enum(['window', 'officer', 'enterprise']);

/**
 * One honored window, officer or enterprise as the boards show it: names, window,
 * department and short deeds (事迹) — never a score, a ledger or a finding.
 */
export const honoredEntry = z.strictObject({
  /** Place on the list, in rank order (1 = first). */
  position: z.number().int().positive(),
  subjectId: candidateId,
  /** The officer's or window's name; an enterprise's id where the center keeps no name. */
  name: z.string().min(1),
  windowId: windowId.nullable(),
  windowName: z.string().nullable(),
  department: z.string().nullable(),
  departmentEn: z.string().nullable(),
  /** The nomination's deeds (≤ 100 characters for an officer, ≤ 200 for a window). */
  deeds: z.string().max(200).nullable(),
  /**
   * On a notice: the entry replaces a withdrawn one (递补) and runs its own full notice
   * from `start` to `end` (DOMAIN.md §6). Absent on the original entries and on final lists.
   */
  replacement: z
    .strictObject({ start: isoDate, end: isoDate, provisional: z.boolean().optional(), replaces: candidateId.optional() })
    .optional(),
});
export type HonoredEntry = z.infer<typeof honoredEntry>;

const honorHeader = {
  centerId,
  honorId,
  /** The honor's title as the rulebook names it, e.g. 季度服务明星 / quarterly service stars. */
  title: bilingualText,
  subject: honorSubject,
  /** 2026-10, 2026-Q3 or 2026. */
  period,
  rulebook: rulebookRefDocument,
  publishedAt: z.iso.datetime({ offset: true }),
};

/** A final honor list (最终表彰名单): the selection ended its notice with no objection open. */
export const honorList = z.strictObject({
  kind: z.literal('honor-list'),
  ...honorHeader,
  finalizedOn: isoDate,
  notice: z.strictObject({ start: isoDate, end: isoDate }),
  /** Places of the quota; fewer entries mean places left empty. */
  places: z.number().int().nonnegative(),
  entries: z.array(honoredEntry),
});
export type HonorList = z.infer<typeof honorList>;

/** A public notice (公示) of a proposed list; `inForce` while objections may still be raised or answered. */
export const publicNotice = z.strictObject({
  kind: z.literal('notice'),
  ...honorHeader,
  /** What an objection names (objection.noticeId). */
  noticeId: reference,
  start: isoDate,
  end: isoDate,
  /** The end date rests on a holiday calendar not yet published for its year. */
  provisional: z.boolean(),
  inForce: z.boolean(),
  entries: z.array(honoredEntry),
  /**
   * Entries withdrawn after an objection was upheld, shown openly on the notice with the
   * day of the decision (DOMAIN.md §6); they are no longer among `entries`.
   */
  withdrawals: z
    .array(z.strictObject({ entry: honoredEntry, withdrawnOn: isoDate, reason: z.literal('objection-upheld').default('objection-upheld') }))
    .optional(),
});
export type PublicNotice = z.infer<typeof publicNotice>;

/** Who has held a moving plaque (流动牌匾), year by year, newest first: the first holds it now. */
export const plaqueHistory = z.strictObject({
  kind: z.literal('plaque-history'),
  centerId,
  honorId,
  title: bilingualText,
  publishedAt: z.iso.datetime({ offset: true }),
  holders: z.array(z.strictObject({ period, windows: z.array(honoredEntry) })),
});
export type PlaqueHistory = z.infer<typeof plaqueHistory>;

export const publishedDocument = z.discriminatedUnion('kind', [centerProfile, monthlyEvaluation, honorList, publicNotice, plaqueHistory]);
export type PublishedDocument = z.infer<typeof publishedDocument>;

/**
 * Stable file and sort-key name of a document: "center", "monthly-evaluation#2026-10",
 * "honor-list#quarterly-stars#2026-Q3", "notice#quarterly-stars-2026-Q3",
 * "plaque-history#excellent-windows".
 */
export function documentKey(doc: PublishedDocument): string {
  switch (doc.kind) {
    case 'center':
      return 'center';
    case 'monthly-evaluation':
      return `${doc.kind}#${doc.period}`;
    case 'honor-list':
      return `${doc.kind}#${doc.honorId}#${doc.period}`;
    case 'notice':
      return `${doc.kind}#${doc.noticeId}`;
    case 'plaque-history':
      return `${doc.kind}#${doc.honorId}`;
  }
}

/** The file a document is exported to for the site build. */
export const documentFileName = (doc: PublishedDocument): string => `${documentKey(doc).replaceAll('#', '_')}.json`;

/** The notice id of a selection: what objections name. */
export const noticeIdOf = (honorId: string, period: string): string => `${honorId}-${period}`;
