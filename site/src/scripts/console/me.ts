/**
 * The officer's own view in the browser: reads `…/officers/{own}/standing` with the tab's
 * token and shows it in words. The officer is the token's own (`custom:officer_id`); a
 * supervisor or administrator may open `?officer=o015` to see what that officer sees.
 */
import { LEAVE_KIND_NAMES, type LeaveKind } from '#core/rules/attendance';
import { CONSOLE_WORDS, EXCLUSION_NAMES } from '../../components/console/words.ts';
import { pageLang, renderSessionLines } from '../session.ts';
import { el, getJson, session, table } from './api.ts';

const lang = pageLang();
const w = CONSOLE_WORDS[lang];
type Words = { readonly zh: string; readonly en: string };

interface Line {
  readonly code: string;
  readonly name: Words;
  readonly clause?: string;
  readonly category?: Words;
  readonly points: string;
  readonly records: readonly string[];
}

interface Month {
  readonly month: string;
  readonly scoreShown: string | null;
  readonly grade: { readonly id: string; readonly name: Words } | null;
  readonly nextGrade: { readonly name: Words; readonly pointsNeeded: string } | null;
  readonly pending: readonly string[];
  readonly ledger: readonly Line[];
  readonly attendance: { readonly signIns: number; readonly absences: number; readonly leave: Readonly<Record<string, number>> };
  readonly ratings: { readonly evaluations: number; readonly satisfied: number };
  /** Seed 002's grade of the month after the 优秀 quota, where the rulebook grades months. */
  readonly monthlyGrade?: { readonly grade: { readonly name: Words } | null; readonly capped: boolean };
  /** 调离 recommendations raised in the month: sent to supervisors and admins only. */
  readonly transferFlags?: readonly { readonly rule: 'verified-complaints' | 'incompetent-months'; readonly evidence: readonly string[] }[];
}

interface Standing {
  readonly officer: { readonly officerId: string; readonly name: string; readonly windowId: string; readonly windowName: string; readonly role: 'head' | 'staff' };
  readonly year: string;
  readonly rulebook: { readonly id: string; readonly version: string; readonly name: Words | null };
  readonly months: readonly Month[];
  readonly honors: readonly {
    readonly honorId: string;
    readonly name: Words;
    readonly period: string;
    readonly scored: boolean;
    readonly daysOnDuty: { readonly days: number; readonly required: number; readonly stillNeeded: number } | null;
    readonly exclusions: readonly { readonly rule: string; readonly records: readonly string[] }[];
  }[];
  readonly vetoes: readonly { readonly name: Words; readonly month: string; readonly scope: 'quarter' | 'year'; readonly until: string; readonly stands: boolean; readonly records: readonly string[] }[];
  readonly appeals: readonly { readonly date: string; readonly grounds: string; readonly decision: { readonly decision: 'upheld' | 'overturned'; readonly reason: string; readonly date: string } | null }[];
}

const form = document.querySelector<HTMLFormElement>('form[data-me-form]')!;
const yearInput = form.querySelector<HTMLInputElement>('#me-year')!;
const body = document.querySelector<HTMLElement>('[data-me-body]')!;
const words = (text: Words): string => text[lang];

renderSessionLines(lang);
const params = new URLSearchParams(location.search);
const officerId = session?.officerId ?? (session && ['supervisor', 'admin'].includes(session.role) ? (params.get('officer') ?? undefined) : undefined);
if (!officerId) {
  document.querySelector<HTMLElement>('[data-me-signed-out]')!.hidden = false;
} else {
  form.hidden = false;
  yearInput.value = params.get('year') ?? String(new Date().getFullYear());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(officerId, yearInput.value);
  });
  void show(officerId, yearInput.value);
}

async function show(officer: string, year: string): Promise<void> {
  body.replaceChildren(el('p', { className: 'panel' }, w.loading));
  const answer = await getJson<Standing>(`/officers/${encodeURIComponent(officer)}/standing?year=${encodeURIComponent(year)}`);
  if (!answer.ok) {
    body.replaceChildren(el('p', { className: 'panel notice notice--warning' }, w.loadFailed(answer.status)));
    return;
  }
  const standing = answer.body;
  const months = [...standing.months].reverse();
  const latest = months.find((m) => m.scoreShown !== null);
  body.replaceChildren(summary(standing, latest), honors(standing), vetoes(standing), appeals(standing), monthList(months, latest));
}

const section = (heading: string, ...children: (Node | string)[]): HTMLElement =>
  el('section', { className: 'panel console-section' }, el('h2', {}, heading), ...children);

function gradeText(month: Month): string {
  if (month.scoreShown === null) return w.notScored;
  const parts = [`${w.score} ${month.scoreShown}`];
  if (month.grade) parts.push(`${w.grade} ${words(month.grade.name)}`);
  if (month.monthlyGrade) parts.push(month.monthlyGrade.grade ? w.monthlyGrade(words(month.monthlyGrade.grade.name), month.monthlyGrade.capped) : w.monthlyGradeTied);
  parts.push(month.nextGrade ? w.nextGrade(words(month.nextGrade.name), month.nextGrade.pointsNeeded) : w.topGrade);
  return parts.join(' · ');
}

function summary(standing: Standing, latest: Month | undefined): HTMLElement {
  const { officer } = standing;
  return section(
    `${officer.name}（${officer.officerId}）`,
    el('p', {}, `${officer.windowName} · ${officer.role === 'head' ? w.head : w.staff} · ${w.rulebook} ${standing.rulebook.name ? words(standing.rulebook.name) : standing.rulebook.id} ${standing.rulebook.version}`),
    el('p', { className: 'me-latest' }, latest ? `${latest.month}：${gradeText(latest)}` : w.notScored),
    // Where a supervisor's to-do sends them: the month's 调离 recommendations.
    ...standing.months.flatMap((m) =>
      (m.transferFlags ?? []).map((f) =>
        el('p', { className: 'notice notice--warning' }, f.rule === 'verified-complaints' ? w.transferComplaints(m.month, f.evidence.length) : w.transferMonths(f.evidence)),
      ),
    ),
  );
}

function honors(standing: Standing): HTMLElement {
  if (standing.honors.length === 0) return section(w.honorsStanding, el('p', {}, w.nothingInTheWay));
  return section(
    w.honorsStanding,
    el(
      'ul',
      { className: 'todo-list me-honors' },
      ...standing.honors.map((h) => {
        const duty = h.daysOnDuty ? w.daysOnDuty(h.daysOnDuty.days, h.daysOnDuty.required, h.daysOnDuty.stillNeeded) : w.noDutyRule;
        const out = h.exclusions.map((e) => EXCLUSION_NAMES[e.rule]?.[lang] ?? e.rule);
        const verdict = !h.scored ? w.notScoredInPeriod : out.length ? out.join('、') : w.nothingInTheWay;
        return el('li', {}, el('span', { className: 'todo-list__what' }, el('strong', {}, `${words(h.name)} · ${h.period}`), `${duty}。${verdict}`));
      }),
    ),
  );
}

function vetoes(standing: Standing): HTMLElement {
  if (standing.vetoes.length === 0) return section(w.vetoes, el('p', {}, w.noVetoes));
  return section(
    w.vetoes,
    el(
      'div',
      { className: 'table-scroll' },
      table(
        [w.event, w.month, w.period, w.state, w.records],
        standing.vetoes.map((v) => [
          words(v.name),
          v.month,
          v.scope === 'year' ? w.scopeYear : w.scopeQuarter,
          v.stands ? w.vetoUntil(v.until) : w.vetoEnded(v.until),
          w.recordCount(v.records.length),
        ]),
      ),
    ),
  );
}

function appeals(standing: Standing): HTMLElement {
  if (standing.appeals.length === 0) return section(w.appeals, el('p', {}, w.noAppeals));
  return section(
    w.appeals,
    el(
      'div',
      { className: 'table-scroll' },
      table(
        [w.at, w.grounds, w.outcome],
        standing.appeals.map((a) => [
          a.date,
          a.grounds,
          a.decision ? `${a.decision.decision === 'upheld' ? w.appealUpheld : w.appealOverturned}（${a.decision.date}）${a.decision.reason}` : w.appealPending,
        ]),
      ),
    ),
  );
}

function monthList(months: readonly Month[], latest: Month | undefined): HTMLElement {
  return section(
    w.months,
    ...months.map((m) => {
      const leave = Object.entries(m.attendance.leave).map(([kind, days]) => w.leaveDays(LEAVE_KIND_NAMES[kind as LeaveKind]?.[lang] ?? kind, days));
      const details = el(
        'details',
        { className: 'record-group', open: m === latest },
        el('summary', {}, `${m.month} · ${gradeText(m)}`),
        el('p', {}, `${w.attendance}：${[w.attendanceCounts(m.attendance.signIns, m.attendance.absences), ...leave].join('，')}；${w.ratings}：${w.ratingCounts(m.ratings.evaluations, m.ratings.satisfied)}`),
        ...(m.pending.length ? [el('p', {}, w.pendingParts(m.pending.join('、')))] : []),
        ...(m.ledger.length
          ? [
              el(
                'div',
                { className: 'table-scroll' },
                table(
                  [w.line, w.clause, w.points, w.fromRecords],
                  m.ledger.map((line) => [
                    words(line.name),
                    // A finding cites its clause; a fixed line (a category's base, a cap) names its category.
                    line.clause ?? (line.category ? words(line.category) : ''),
                    line.points,
                    line.records.length ? w.recordCount(line.records.length) : '',
                  ]),
                  `${w.ledger} ${m.month}`,
                ),
              ),
            ]
          : []),
      );
      return details;
    }),
  );
}
