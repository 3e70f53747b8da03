/**
 * Spreadsheet exports (表格导出): `GET …/exports/window-scores.xlsx?period=YYYY-MM` — a
 * month's window scores — `GET …/exports/candidates.xlsx?honor=…&period=…` — a
 * selection's candidates for the panel meeting, with blank ballot and panel-score columns —
 * `officer-scores.xlsx?period=YYYY-MM|YYYY-Qn|YYYY` — officers' monthly scores — and
 * `yearly-assessment.xlsx?period=YYYY` — the yearly officer assessment. Supervisors, the
 * panel and administrators only (the route's roles): officers' scores are never public.
 * The sheets themselves are built in core/spreadsheets/exports.ts.
 */
import * as z from 'zod';
import { officerSubject, windowSubject } from '#core/aggregates';
import type { RulebookRef } from '#core/rulebook/ref';
import { honorId, month, period } from '#core/records/common';
import {
  type NamedSubject,
  type OfficerMonthScore,
  type RosterOfficer,
  type SheetSpec,
  type StoredYearlyAssessment,
  type WindowScore,
  buildSheet,
  candidateSheet,
  officerScoresSheet,
  windowScoresSheet,
  yearlyAssessmentSheet,
} from '#core/spreadsheets/exports';
import { monthsOf } from '#core/rules/period';
import { getCenter, listOfficers, listWindows } from '#store/center';
import { defaultStore } from '#store/client';
import { getPublished } from '#store/published';
import { listResults } from '#store/results';
import { getSelection } from '#store/selections';
import { listRulebooks } from '#store/settings';
import { defaultRulebook } from '#core/rulebook/default';
import { type Request, failure, httpHandler, validate } from './http.ts';
import { readYearlyAssessment } from './jobs/yearly-assessment.ts';

const store = defaultStore();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const QUERIES = {
  'window-scores.xlsx': z.strictObject({ period: month }),
  'candidates.xlsx': z.strictObject({ honor: honorId, period }),
  'officer-scores.xlsx': z.strictObject({ period }),
  'yearly-assessment.xlsx': z.strictObject({ period: z.string().regex(/^\d{4}$/, 'a year such as 2026 / 年份，如 2026') }),
} as const;
type ExportFile = keyof typeof QUERIES;

export const handler = httpHandler('read-exports', async ({ centerId, params, event, now }: Request) => {
  const file = params.file!;
  if (!(file in QUERIES)) {
    return failure({ code: 'notFound', detail: { zh: `没有这个导出表：${file}`, en: `No such export: ${file} (${Object.keys(QUERIES).join(', ')})` } });
  }
  const parsed = validate(QUERIES[file as ExportFile] as z.ZodType, event.queryStringParameters ?? {});
  if (!parsed.ok) return failure(parsed.failure);
  const centerName = (await getCenter(store, centerId))?.name ?? centerId;

  let spec: SheetSpec | undefined;
  let name: string;
  if (file === 'window-scores.xlsx') {
    const { period: month } = parsed.value as z.infer<(typeof QUERIES)['window-scores.xlsx']>;
    spec = await windowScores(centerId, centerName, month, now);
    name = `window-scores-${month}.xlsx`;
  } else if (file === 'officer-scores.xlsx') {
    const { period: p } = parsed.value as z.infer<(typeof QUERIES)['officer-scores.xlsx']>;
    spec = await officerScores(centerId, centerName, p, now);
    name = `officer-scores-${p}.xlsx`;
  } else if (file === 'yearly-assessment.xlsx') {
    const { period: year } = parsed.value as z.infer<(typeof QUERIES)['yearly-assessment.xlsx']>;
    spec = await yearlyAssessment(centerId, centerName, year, now);
    name = `yearly-assessment-${year}.xlsx`;
  } else {
    const { honor, period: p } = parsed.value as z.infer<(typeof QUERIES)['candidates.xlsx']>;
    spec = await candidates(centerId, centerName, honor, p, now);
    if (!spec) return failure({ code: 'noSuchSelection' });
    name = `candidates-${honor}-${p}.xlsx`;
  }
  return {
    statusCode: 200,
    headers: { 'content-type': XLSX, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
    body: (await buildSheet(spec)).toString('base64'),
    isBase64Encoded: true,
  };
});

async function windowScores(centerId: string, centerName: string, period: string, now: Date): Promise<SheetSpec> {
  // The month's window results, one Query: monthly scores are filed under MS#W#{window}.
  const [windows, monthly, published] = await Promise.all([
    listWindows(store, centerId),
    listResults(store, centerId, period, `MS#${windowSubject('')}`),
    getPublished(store, centerId, `monthly-evaluation#${period}`),
  ]);
  const scores: WindowScore[] = monthly.map((item) => ({
    windowId: String(item.windowId),
    scoreShown: String(item.scoreShown),
    grade: item.grade === null || item.grade === undefined ? null : String(item.grade),
    deductionPoints: String(item.deductionPoints),
    bonus: String(item.bonus),
    pending: (item.pending as string[] | undefined) ?? [],
  }));
  const rulebook = (monthly[0]?.rulebook as RulebookRef | undefined) ?? null;
  // A month corrected after it was published as final says so on the sheet too (更正).
  const corrections = published?.kind === 'monthly-evaluation' ? (published.corrections ?? []) : [];
  return windowScoresSheet({ month: period, centerName, windows, scores, rulebook, exportedAt: now, corrections });
}

async function candidates(centerId: string, centerName: string, honorId: string, period: string, now: Date): Promise<SheetSpec | undefined> {
  const [selection, rulebooks, windows, officers] = await Promise.all([
    getSelection(store, centerId, honorId, period),
    listRulebooks(store, centerId),
    listWindows(store, centerId),
    listOfficers(store, centerId),
  ]);
  if (!selection) return undefined;
  // The honor's name in the rulebook version the selection opened under.
  const rulebook = [defaultRulebook(), ...rulebooks].find((r) => r.hash === selection.rulebook.hash);
  const honorName = rulebook?.honors.find((h) => h.id === honorId)?.name.zh ?? honorId;
  const windowNames = new Map(windows.map((w) => [w.windowId, w.name]));
  const names = new Map<string, NamedSubject>([
    ...windows.map((w) => [w.windowId, { name: w.name }] as const),
    ...officers.map((o) => [o.officerId, { name: o.name, window: windowNames.get(o.windowId) ?? o.windowId }] as const),
  ]);
  return candidateSheet({ flow: selection.flow, honorName, centerName, names, rulebook: selection.rulebook, exportedAt: now });
}

/** The roster as the officer sheets list it: by window, heads first, then by id. */
async function rosterOfficers(centerId: string): Promise<RosterOfficer[]> {
  const [windows, officers] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId)]);
  const windowNames = new Map(windows.map((w) => [w.windowId, w.name]));
  return [...officers]
    .sort((a, b) => a.windowId.localeCompare(b.windowId) || (a.role === b.role ? 0 : a.role === 'head' ? -1 : 1) || a.officerId.localeCompare(b.officerId))
    .map((o) => ({ officerId: o.officerId, name: o.name, window: windowNames.get(o.windowId) ?? o.windowId, role: o.role }));
}

async function officerScores(centerId: string, centerName: string, p: string, now: Date): Promise<SheetSpec> {
  const months = monthsOf(p);
  const [officers, results] = await Promise.all([
    rosterOfficers(centerId),
    // Each month's officer results, one Query a month: monthly scores are filed under MS#O#{officer}.
    Promise.all(months.map((m) => listResults(store, centerId, m, `MS#${officerSubject('')}`))),
  ]);
  const scores: OfficerMonthScore[] = results.flat().map((item) => ({
    officerId: String(item.officerId),
    month: String(item.month),
    score: String(item.score),
    grade: item.grade === null || item.grade === undefined ? null : String(item.grade),
  }));
  const rulebook = (results.flat().at(-1)?.rulebook as RulebookRef | undefined) ?? null;
  return officerScoresSheet({ period: p, months, centerName, officers, scores, rulebook, exportedAt: now });
}

async function yearlyAssessment(centerId: string, centerName: string, year: string, now: Date): Promise<SheetSpec> {
  const [officers, stored] = await Promise.all([rosterOfficers(centerId), readYearlyAssessment(store, centerId, year)]);
  const list = stored.list as { excellentCap?: number; rulebook?: RulebookRef } | null;
  return yearlyAssessmentSheet({
    year,
    centerName,
    officers,
    assessments: stored.officers as StoredYearlyAssessment[],
    excellentCap: list?.excellentCap ?? null,
    rulebook: list?.rulebook ?? null,
    exportedAt: now,
  });
}
