/**
 * The recount an engineer would write against an SQL database instead of aggregates: the
 * same raw records in tables of Node's built-in SQLite, and GROUP BY over the quarter.
 */
import { DatabaseSync } from 'node:sqlite';
import { isSatisfied } from '#core/records/evaluation';
import type { DemoRecord } from '../../shared/demo/record.ts';

/** Counters by `${month}|${subject}`, subjects named as the aggregates name them (`W#w001`, `O#o0001`). */
export type Counts = Map<string, Record<string, number>>;

export interface SqlRecount {
  insert(records: readonly DemoRecord[]): void;
  recount(months: readonly string[]): Counts;
  close(): void;
}

const SCHEMA = `
  CREATE TABLE evaluations (id TEXT PRIMARY KEY, window_id TEXT NOT NULL, officer_id TEXT, device TEXT NOT NULL,
    rated_at TEXT NOT NULL, month TEXT NOT NULL, rating TEXT NOT NULL, satisfied INTEGER NOT NULL, case_number TEXT);
  CREATE INDEX evaluations_month ON evaluations (month);
  CREATE TABLE volumes (id TEXT PRIMARY KEY, window_id TEXT NOT NULL, month TEXT NOT NULL, accepted INTEGER NOT NULL);
  CREATE TABLE attendance (id TEXT PRIMARY KEY, officer_id TEXT NOT NULL, window_id TEXT NOT NULL, date TEXT NOT NULL,
    month TEXT NOT NULL, entry TEXT NOT NULL);
  CREATE INDEX attendance_month ON attendance (month);
`;

const QUERIES = {
  windows: `SELECT month, 'W#' || window_id AS subject, COUNT(*) AS evaluations, SUM(satisfied) AS satisfied
    FROM evaluations WHERE month BETWEEN ? AND ? GROUP BY month, window_id`,
  officers: `SELECT month, 'O#' || officer_id AS subject, COUNT(*) AS evaluations, SUM(satisfied) AS satisfied
    FROM evaluations WHERE month BETWEEN ? AND ? AND officer_id IS NOT NULL GROUP BY month, officer_id`,
  volumes: `SELECT month, 'W#' || window_id AS subject, SUM(accepted) AS volume
    FROM volumes WHERE month BETWEEN ? AND ? GROUP BY month, window_id`,
  attendance: `SELECT month, 'O#' || officer_id AS subject, COUNT(*) AS attendance
    FROM attendance WHERE month BETWEEN ? AND ? AND entry = 'sign-in' GROUP BY month, officer_id`,
};

export function openSqlRecount(): SqlRecount {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA);
  const insertEvaluation = db.prepare('INSERT INTO evaluations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertVolume = db.prepare('INSERT INTO volumes VALUES (?, ?, ?, ?)');
  const insertAttendance = db.prepare('INSERT INTO attendance VALUES (?, ?, ?, ?, ?, ?)');
  const queries = Object.values(QUERIES).map((sql) => db.prepare(sql));
  return {
    insert(records) {
      db.exec('BEGIN');
      for (const { id, type, windowId, month, submittedBy, body: b } of records) {
        const text = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : null);
        if (type === 'evaluation') {
          insertEvaluation.run(id, windowId, text('officerId'), submittedBy, String(b.ratedAt), month, String(b.rating), isSatisfied(String(b.rating)) ? 1 : 0, text('caseNumber'));
        } else if (type === 'volume') insertVolume.run(id, windowId, month, Number(b.accepted));
        else if (type === 'attendance') insertAttendance.run(id, String(b.officerId), windowId, String(b.date), month, String(b.entry));
      }
      db.exec('COMMIT');
    },
    recount(months) {
      const counts: Counts = new Map();
      for (const query of queries) {
        for (const { month, subject, ...counters } of query.all(months[0]!, months.at(-1)!) as Record<string, string | number>[]) {
          const key = `${month}|${subject}`;
          counts.set(key, { ...counts.get(key), ...(counters as Record<string, number>) });
        }
      }
      return counts;
    },
    close: () => db.close(),
  };
}
