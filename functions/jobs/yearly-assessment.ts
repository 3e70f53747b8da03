/**
 * The yearly officer assessment run (年度考核, DOMAIN.md §4.6), after the year closes: reads
 * the year's monthly officer scores, the yearly ratings and each officer's attendance days,
 * calls the rule (core/rules/yearly-assessment `assessYear`), stamps the rulebook and writes
 * one result per officer plus the grade list under the year. Unchanged inputs write nothing.
 * Nothing here is published: supervisors, the panel and admins read it through the API.
 */
import { dayMap, officerSubject, parseMemberLine } from '#core/aggregates';
import type { WorkingCalendar } from '#core/calendar';
import { contentHash } from '#core/canonical';
import { toLedgerDocument } from '#core/ledger';
import { format2, fromExact, toExact } from '#core/points';
import type { YearlyRatingBody } from '#core/records/yearly-rating';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import type { DayMark } from '#core/rules/day-spells';
import { monthsOf } from '#core/rules/period';
import { type OfficerYear, assessYear } from '#core/rules/yearly-assessment';
import { listAggregatesForMonth } from '#store/aggregates';
import { listOfficers } from '#store/center';
import type { Store } from '#store/client';
import { getRunMarker, listResults, putPeriodResults, runMarkerName } from '#store/results';

const RULE = 'yearly-assessment';
const MARKER = runMarkerName(RULE);
const PREFIX = 'YA#';

export interface YearlyAssessmentOutcome {
  readonly year: string;
  readonly officers: number;
  readonly changed: boolean;
}

export async function runYearlyAssessment(
  store: Store,
  centerId: string,
  year: string,
  rulebook: Rulebook,
  calendar: WorkingCalendar,
  now: Date,
): Promise<YearlyAssessmentOutcome | undefined> {
  const rules = rulebook.yearlyAssessment;
  if (!rules) return undefined; // a preset without the yearly assessment skips it
  const months = monthsOf(year);
  const [officers, monthly] = await Promise.all([
    listOfficers(store, centerId),
    Promise.all(
      months.map(async (month) => ({
        month,
        scores: await listResults(store, centerId, month, 'MS#O#'),
        aggregates: await listAggregatesForMonth(store, centerId, month),
      })),
    ),
  ]);
  // Yearly ratings are filed under the officer rated, in December of the year.
  const december = monthly.at(-1)!.aggregates;
  const ratingsOf = (officerId: string) =>
    (december.get(officerSubject(officerId))?.members['yearly-rating'] ?? [])
      .map((line) => parseMemberLine(line) as unknown as { recordId: string; body: YearlyRatingBody })
      .filter(({ body }) => body.year === year && body.officerId === officerId);

  const facts: OfficerYear[] = officers.map((o) => {
    const days: Record<string, DayMark> = {};
    const daySources: string[] = [];
    for (const { month, aggregates } of monthly) {
      const marked = dayMap(aggregates.get(officerSubject(o.officerId))?.entries ?? {});
      if (marked.length > 0) daySources.push(`${centerId}/${month}/${officerSubject(o.officerId)}#attendance`);
      for (const day of marked) {
        // A sign-in wins over a leave or an absence of the same day.
        days[day.date] = day.signIn ? (day.signIn.at <= rulebook.attendance.signInBy ? 'on-time' : 'late') : day.leave ? (day.leave.kind as DayMark) : 'absent';
      }
    }
    return {
      officerId: o.officerId,
      role: o.role,
      stationedSince: o.startDate,
      monthlyScores: monthly.flatMap(({ month, scores }) =>
        scores.filter((s) => s.officerId === o.officerId).map((s) => ({ month, score: fromExact(String(s.score)), resultId: `${centerId}/${month}/${String(s.sk)}` })),
      ),
      ratings: ratingsOf(o.officerId).map(({ recordId, body }) => ({ rater: body.raterKind, by: body.ratedBy, points: body.points, recordId })),
      days,
      daySources,
    };
  });

  const inputHash = contentHash(facts.map((f) => ({ ...f, monthlyScores: f.monthlyScores.map((m) => [m.month, toExact(m.score)]) })));
  const ref = rulebookRef(rulebook);
  const marker = await getRunMarker(store, centerId, year, MARKER);
  if (marker?.inputHash === inputHash && marker.rulebookHash === ref.hash) return { year, officers: facts.length, changed: false };

  const { assessments, grades } = assessYear(year, facts, rules, rulebook.tieBreakers, calendar);
  const graded = new Map(grades.grades.map((g) => [g.officerId, g]));
  await putPeriodResults(
    store,
    centerId,
    year,
    [
      ...assessments.map((a) => {
        const grade = graded.get(a.officerId);
        return {
          subject: `${PREFIX}${officerSubject(a.officerId)}`,
          document: {
            rule: RULE,
            officerId: a.officerId,
            year,
            status: a.status,
            ...(a.status === 'assessed' ? { total: toExact(a.total), totalShown: format2(a.total), grade: grade?.grade ?? null, capped: grade?.capped ?? false } : {}),
            ...(a.status === 'incomplete' ? { missing: [...a.missing] } : {}),
            ledger: toLedgerDocument(a.ledger),
            rulebook: ref,
            inputHash,
          },
        };
      }),
      {
        subject: `${PREFIX}LIST`,
        document: { rule: RULE, year, assessed: grades.assessed, excellentCap: grades.excellentCap, tie: grades.tie, rulebook: ref, inputHash },
      },
    ],
    { inputHash, rulebookHash: ref.hash, computedAt: now.toISOString() },
    MARKER,
  );
  return { year, officers: facts.length, changed: true };
}

/** The year's stored assessment: the grade list and each officer's result with its ledger. */
export async function readYearlyAssessment(store: Store, centerId: string, year: string): Promise<{ list: unknown; officers: unknown[] }> {
  const items = (await listResults(store, centerId, year, PREFIX)).map(({ pk: _pk, sk: _sk, ...item }) => item as Record<string, unknown>);
  return { list: items.find((i) => i.officerId === undefined) ?? null, officers: items.filter((i) => i.officerId !== undefined) };
}
