/**
 * The recount an engineer would write against an SQL database instead of aggregates: the
 * raw records in tables of Node's built-in SQLite, and at score time GROUP BY over them for
 * everything the score run's rules take — ratings by window, officer and level, volumes,
 * sign-ins, absences and leave with the officer's day map, cases by type, completions
 * judged against the deadline the case was registered with (overdue working days through a
 * table of working-day ordinals), the rating spacing check (LAG over each device's ratings,
 * then the same flag rule on the devices it finds), and the facts that carry points. From
 * those it builds the score run's sources and calls the same rule functions
 * (`monthlyScoreInputs`, `windowMonthlyScore`, `officerMonthlyScore`), so the ratio to the
 * score run compares like with like, and the inputs' hash must equal the score run's.
 */
import { DatabaseSync } from 'node:sqlite';
import { type WorkingCalendar } from '#core/calendar';
import { COUNTER, ENTRY, memberLine, recordEffects } from '#core/aggregates';
import { type CaseBody, caseDeadline } from '#core/records/case';
import { isSatisfied } from '#core/records/evaluation';
import type { Rulebook } from '#core/rulebook/schema';
import { consecutiveFlags } from '#core/rules/consecutive-ratings';
import { officerMonthlyScore, windowMonthlyScore } from '#core/rules/monthly-score';
import { type MonthAggregates, type ScoreSources, monthlyScoreInputs, scoreInputsHash, sourceMonths } from '#core/score-inputs';
import type { DemoRecord } from '../../shared/demo/record.ts';

export interface SqlRecount {
  insert(records: readonly (DemoRecord & { readonly centerId: string })[]): void;
  /** The month's score inputs computed from the raw rows, scored by the rule functions; the inputs' hash. */
  scoreMonth(month: string, base: Pick<ScoreSources, 'centerId' | 'windowIds' | 'officers' | 'now'>, rulebook: Rulebook): { hash: string; scores: number };
  close(): void;
}

const SCHEMA = `
  CREATE TABLE evaluations (id TEXT PRIMARY KEY, window_id TEXT NOT NULL, officer_id TEXT, device TEXT NOT NULL,
    rated_at TEXT NOT NULL, rated_seconds INTEGER NOT NULL, month TEXT NOT NULL, scale TEXT NOT NULL, rating TEXT NOT NULL,
    satisfied INTEGER NOT NULL, case_number TEXT);
  -- Covering indexes, as one would give these GROUP BYs: each query reads its index alone.
  CREATE INDEX evaluations_levels ON evaluations (month, window_id, scale, rating, satisfied);
  CREATE INDEX evaluations_officers ON evaluations (month, officer_id, satisfied);
  CREATE INDEX evaluations_device ON evaluations (month, device, rated_seconds);
  CREATE TABLE volumes (id TEXT PRIMARY KEY, window_id TEXT NOT NULL, month TEXT NOT NULL, accepted INTEGER NOT NULL);
  CREATE TABLE attendance (id TEXT PRIMARY KEY, officer_id TEXT NOT NULL, window_id TEXT NOT NULL, date TEXT NOT NULL,
    month TEXT NOT NULL, entry TEXT NOT NULL, sign_in TEXT, kind TEXT);
  CREATE INDEX attendance_month ON attendance (month, officer_id);
  CREATE TABLE cases (id TEXT PRIMARY KEY, case_number TEXT NOT NULL UNIQUE, window_id TEXT NOT NULL, month TEXT NOT NULL,
    case_type TEXT NOT NULL, deadline TEXT NOT NULL, completed_date TEXT);
  CREATE INDEX cases_month ON cases (month, window_id, case_type);
  CREATE TABLE completions (id TEXT PRIMARY KEY, case_number TEXT NOT NULL, window_id TEXT NOT NULL, month TEXT NOT NULL, completed_date TEXT NOT NULL);
  CREATE INDEX completions_month ON completions (month, window_id);
  CREATE TABLE facts (id TEXT PRIMARY KEY, type TEXT NOT NULL, window_id TEXT NOT NULL, month TEXT NOT NULL, record TEXT NOT NULL);
  CREATE INDEX facts_month ON facts (month);
  -- n: working days up to and including the date, so n(b) - n(a) counts the working days in (a, b].
  CREATE TABLE workdays (date TEXT PRIMARY KEY, n INTEGER NOT NULL);
`;

const Q = {
  windowRatings: `SELECT window_id, COUNT(*) AS evaluations, SUM(satisfied) AS satisfied FROM evaluations WHERE month = ? GROUP BY window_id`,
  levels: `SELECT window_id, scale, rating, COUNT(*) AS n FROM evaluations WHERE month = ? GROUP BY window_id, scale, rating`,
  officerRatings: `SELECT officer_id, COUNT(*) AS evaluations, SUM(satisfied) AS satisfied FROM evaluations WHERE month = ? AND officer_id IS NOT NULL GROUP BY officer_id`,
  volumes: `SELECT window_id, SUM(accepted) AS volume FROM volumes WHERE month = ? GROUP BY window_id`,
  attendanceCounts: `SELECT officer_id, entry, kind, COUNT(*) AS n FROM attendance WHERE month = ? GROUP BY officer_id, entry, kind`,
  days: `SELECT officer_id, date, entry, sign_in, kind, id FROM attendance WHERE month = ?`,
  cases: `SELECT window_id, case_type, COUNT(*) AS n FROM cases WHERE month = ? GROUP BY window_id, case_type`,
  completions: `
    SELECT window_id, COUNT(*) AS completed, SUM(on_time) AS on_time, SUM(overdue) AS overdue FROM (
      SELECT c.window_id, c.completed_date <= c.deadline AS on_time, MAX(0, wc.n - wd.n) AS overdue
        FROM cases c JOIN workdays wc ON wc.date = c.completed_date JOIN workdays wd ON wd.date = c.deadline
        WHERE c.month = ? AND c.completed_date IS NOT NULL
      UNION ALL
      SELECT p.window_id, c.deadline IS NULL OR p.completed_date <= c.deadline,
             CASE WHEN c.deadline IS NULL THEN 0 ELSE MAX(0, wp.n - wd.n) END
        FROM completions p LEFT JOIN cases c ON c.case_number = p.case_number
        LEFT JOIN workdays wp ON wp.date = p.completed_date LEFT JOIN workdays wd ON wd.date = c.deadline
        WHERE p.month = ?
    ) GROUP BY window_id`,
  // The spacing check: devices with two ratings closer than the interval; the flag rule then reads their ratings.
  closeDevices: `SELECT DISTINCT device FROM (
      SELECT device, rated_seconds - LAG(rated_seconds) OVER (PARTITION BY device ORDER BY rated_seconds) AS gap
      FROM evaluations WHERE month = ?) WHERE gap < ?`,
  deviceRatings: `SELECT id, window_id, device, rated_at, case_number FROM evaluations WHERE month = ? AND device = ? ORDER BY rated_at`,
  facts: `SELECT record FROM facts WHERE month = ?`,
};

type Row = Record<string, string | number | null>;

export function openSqlRecount(calendar: WorkingCalendar, intervalSeconds: number, years: readonly number[]): SqlRecount {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA);
  const insertDay = db.prepare('INSERT INTO workdays VALUES (?, ?)');
  db.exec('BEGIN');
  let n = 0;
  for (let day = Date.UTC(Math.min(...years), 0, 1); day < Date.UTC(Math.max(...years) + 1, 0, 1); day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (calendar.isWorkingDay(date)) n++;
    insertDay.run(date, n);
  }
  db.exec('COMMIT');
  const insert = {
    evaluation: db.prepare('INSERT INTO evaluations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    volume: db.prepare('INSERT INTO volumes VALUES (?, ?, ?, ?)'),
    attendance: db.prepare('INSERT INTO attendance VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    case: db.prepare('INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?)'),
    completion: db.prepare('INSERT INTO completions VALUES (?, ?, ?, ?, ?)'),
    fact: db.prepare('INSERT INTO facts VALUES (?, ?, ?, ?, ?)'),
  };
  const q = Object.fromEntries(Object.entries(Q).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof Q, ReturnType<DatabaseSync['prepare']>>;
  const all = (query: keyof typeof Q, ...params: (string | number)[]) => q[query].all(...params) as Row[];

  /** One month's aggregates as the score run reads them (`listAggregatesForMonth`), from the raw rows. */
  const monthAggregates = (month: string, centerId: string): MonthAggregates => {
    const result = new Map<string, { counters: Record<string, number>; members: Record<string, string[]>; entries: Record<string, string> }>();
    const subject = (name: string) => {
      let found = result.get(name);
      if (!found) result.set(name, (found = { counters: {}, members: {}, entries: {} }));
      return found;
    };
    const add = (name: string, counter: string, value: number) => {
      const counters = subject(name).counters;
      counters[counter] = (counters[counter] ?? 0) + value;
    };
    for (const r of all('windowRatings', month)) {
      add(`W#${r.window_id}`, COUNTER.evaluations, Number(r.evaluations));
      add(`W#${r.window_id}`, COUNTER.satisfied, Number(r.satisfied));
    }
    for (const r of all('levels', month)) add(`W#${r.window_id}`, COUNTER.rating(String(r.scale), String(r.rating)), Number(r.n));
    for (const r of all('officerRatings', month)) {
      add(`O#${r.officer_id}`, COUNTER.evaluations, Number(r.evaluations));
      add(`O#${r.officer_id}`, COUNTER.satisfied, Number(r.satisfied));
    }
    for (const r of all('volumes', month)) add(`W#${r.window_id}`, COUNTER.volume, Number(r.volume));
    for (const r of all('attendanceCounts', month)) {
      const counter = r.entry === 'sign-in' ? COUNTER.signIns : r.entry === 'leave' ? COUNTER.leave(String(r.kind)) : COUNTER.absences;
      add(`O#${r.officer_id}`, counter, Number(r.n));
    }
    for (const r of all('days', month)) {
      const entries = subject(`O#${r.officer_id}`).entries;
      const date = String(r.date);
      if (r.entry === 'leave') entries[ENTRY.leave(date)] = `${r.kind}\t${r.id}`;
      else entries[ENTRY.signIn(date)] = `${r.entry === 'sign-in' ? r.sign_in : 'absent'}\t${r.id}`;
    }
    for (const r of all('cases', month)) add(`W#${r.window_id}`, COUNTER.cases(String(r.case_type)), Number(r.n));
    for (const r of all('completions', month, month)) {
      const completed = Number(r.completed);
      const onTime = Number(r.on_time);
      add(`W#${r.window_id}`, COUNTER.completed, completed);
      if (onTime > 0) add(`W#${r.window_id}`, COUNTER.completedOnTime, onTime);
      if (completed > onTime) add(`W#${r.window_id}`, COUNTER.completedLate, completed - onTime);
      if (Number(r.overdue) > 0) add(`W#${r.window_id}`, COUNTER.overdueWorkingDays, Number(r.overdue));
    }
    // The records that carry points, placed and shown by the same effect rule intake uses.
    for (const r of all('facts', month)) {
      for (const fact of recordEffects({ ...JSON.parse(String(r.record)), centerId }).facts) {
        (subject(fact.subject).members[fact.type] ??= []).push(memberLine(fact.recordId, fact.body));
      }
    }
    return result;
  };

  const flagsOf = (month: string): ScoreSources['flags'] => {
    const flags: ScoreSources['flags'][number][] = [];
    for (const { device } of all('closeDevices', month, intervalSeconds)) {
      const ratings = all('deviceRatings', month, String(device));
      for (const flag of consecutiveFlags(
        ratings.map((r) => ({ recordId: String(r.id), device: String(r.device), at: String(r.rated_at), ...(r.case_number ? { caseNumber: String(r.case_number) } : {}) })),
        intervalSeconds,
      )) {
        flags.push({ ...flag, ratingIds: flag.ratingIds.slice(0, 2), windowId: String(ratings[0]!.window_id) });
      }
    }
    return flags;
  };

  return {
    insert(records) {
      db.exec('BEGIN');
      for (const r of records) {
        const b = r.body;
        const text = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : null);
        if (r.type === 'evaluation') {
          const ratedAt = String(b.ratedAt);
          const seconds = Math.floor(Date.parse(ratedAt) / 1000);
          insert.evaluation.run(r.id, r.windowId, text('officerId'), r.submittedBy, ratedAt, seconds, r.month, String(b.scale), String(b.rating), isSatisfied(String(b.rating)) ? 1 : 0, text('caseNumber'));
        } else if (r.type === 'volume') insert.volume.run(r.id, r.windowId, r.month, Number(b.accepted));
        else if (r.type === 'attendance') insert.attendance.run(r.id, String(b.officerId), r.windowId, String(b.date), r.month, String(b.entry), text('signIn'), text('kind'));
        // The deadline is fixed when the case is registered, as intake fixes it.
        else if (r.type === 'case') insert.case.run(r.id, String(b.caseNumber), r.windowId, r.month, String(b.caseType), caseDeadline(b as unknown as CaseBody, calendar).date, text('completedDate'));
        else if (r.type === 'case-completion') insert.completion.run(r.id, String(b.caseNumber), r.windowId, r.month, String(b.completedDate));
        else insert.fact.run(r.id, r.type, r.windowId, r.month, JSON.stringify(r));
      }
      db.exec('COMMIT');
    },
    scoreMonth(month, base, rulebook) {
      const aggregates = new Map(sourceMonths(month).map((m) => [m, monthAggregates(m, base.centerId)] as const));
      const inputs = monthlyScoreInputs({ ...base, month, aggregates, flags: flagsOf(month) }, rulebook);
      const scores = [...inputs.windows.map((i) => windowMonthlyScore(i, rulebook)), ...inputs.officers.map((i) => officerMonthlyScore(i, rulebook))];
      return { hash: scoreInputsHash(inputs), scores: scores.length };
    },
    close: () => db.close(),
  };
}
