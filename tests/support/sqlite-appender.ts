/**
 * A writer process for the SQLite store tests: appends records `from`..`to` exactly once
 * by their key, each with the counter's increment in the same write, as intake does, and
 * prints `ack N` when a write is acknowledged (`dup N` when the record was already there).
 * Usage: tsx tests/support/sqlite-appender.ts FILE PARTITION FROM TO
 */
import { ConditionFailed } from '#store/port';
import { openSqliteStore } from '#store/sqlite';

const [file, pk, from, to] = process.argv.slice(2);
const store = openSqliteStore({ file: file! });
for (let n = Number(from); n <= Number(to); n++) {
  try {
    await store.write([
      { op: 'put', item: { pk: pk!, sk: `R#${String(n).padStart(6, '0')}`, n }, condition: { kind: 'absent' } },
      { op: 'update', key: { pk: pk!, sk: 'AGG' }, add: { records: 1 } },
    ]);
    process.stdout.write(`ack ${n}\n`);
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error;
    process.stdout.write(`dup ${n}\n`);
  }
}
store.close();
