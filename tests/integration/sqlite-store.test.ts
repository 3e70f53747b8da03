/**
 * What only the SQLite adapter has to show: several processes on one file (a command-line
 * run beside the server), WAL mode, a file written before an index existed, and backups —
 * taken under load, restored, and recounted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE } from '#store/table';
import { openSqliteStore } from '#store/sqlite';
import { backupDatabase, checkDatabase, restoreDatabase, scheduledBackup, scheduledName } from '../../infra/local/backup.ts';

const folders: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'honor-board-sqlite-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A writer process; `acked` fills as its acknowledgements arrive. */
function appender(file: string, pk: string, from: number, to: number) {
  const acked = new Set<number>();
  const child: ChildProcess = spawn('node_modules/.bin/tsx', ['tests/support/sqlite-appender.ts', file, pk, String(from), String(to)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let rest = '';
  let errors = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line.startsWith('ack ')) acked.add(Number(line.slice(4)));
  });
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const done = new Promise<void>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`appender exited ${code}: ${errors}`)))),
  );
  return { acked, done };
}

describe('SQLite store', () => {
  it('runs in WAL mode', () => {
    const store = openSqliteStore({ file: join(folder(), 'wal.sqlite') });
    store.close();
    const db = new DatabaseSync(store.file);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });

  it('appends exactly once when three processes race over the same 150 keys', { timeout: 120_000 }, async () => {
    const file = join(folder(), 'race.sqlite');
    openSqliteStore({ file }).close();
    const writers = [appender(file, 'P', 1, 150), appender(file, 'P', 1, 150), appender(file, 'P', 1, 150)];
    await Promise.all(writers.map((w) => w.done));
    // Each key acknowledged by exactly one writer: 150 acks in all, no key twice.
    const acks = writers.flatMap((w) => [...w.acked]);
    expect(acks).toHaveLength(150);
    expect(new Set(acks).size).toBe(150);
    const store = openSqliteStore({ file });
    expect(await store.query({ pk: 'P', skPrefix: 'R#' })).toHaveLength(150);
    expect((await store.get({ pk: 'P', sk: 'AGG' }))?.records).toBe(150);
    store.close();
  });

  it('adds the columns of an index the file was written without, filled from the items', async () => {
    const file = join(folder(), 'old.sqlite');
    const [index] = TABLE.globalIndexes;
    const old = new DatabaseSync(file);
    old.exec('CREATE TABLE items (pk TEXT NOT NULL, sk TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (pk, sk))');
    const insert = old.prepare('INSERT INTO items VALUES (?, ?, ?)');
    insert.run('A', '1', JSON.stringify({ pk: 'A', sk: '1', [index.partitionKey]: 'G', [index.sortKey]: 'x' }));
    insert.run('A', '2', JSON.stringify({ pk: 'A', sk: '2', [index.partitionKey]: 'G' }));
    old.close();
    const store = openSqliteStore({ file });
    expect((await store.query({ index: index.indexName, pk: 'G' })).map((item) => item.sk)).toEqual(['1']);
    store.close();
  });

  it('backs up under load a copy in which the counter equals the records and nothing acknowledged is missing', { timeout: 120_000 }, async () => {
    const dir = folder();
    const file = join(dir, 'live.sqlite');
    openSqliteStore({ file }).close();
    const writers = [appender(file, 'L', 1, 400), appender(file, 'L', 401, 800)];
    // Wait until the writers are well under way, then back up while they keep writing.
    while (writers.reduce((n, w) => n + w.acked.size, 0) < 100) await new Promise((r) => setTimeout(r, 20));
    const ackedBefore = writers.flatMap((w) => [...w.acked]);
    const backup = await backupDatabase(file, join(dir, 'backup.sqlite'));
    await Promise.all(writers.map((w) => w.done));

    const restoredFile = join(folder(), 'data', 'honor-board.sqlite');
    const restored = restoreDatabase(backup.file, restoredFile);
    expect(restored.items).toBe(backup.items);
    const store = openSqliteStore({ file: restoredFile });
    const records = await store.query({ pk: 'L', skPrefix: 'R#' });
    const ids = new Set(records.map((r) => r.n as number));
    // A consistent snapshot: the counter written in the same transaction as each record
    // counts exactly the records in the copy (+1 item: the counter itself).
    expect((await store.get({ pk: 'L', sk: 'AGG' }))?.records).toBe(records.length);
    expect(backup.items).toBe(records.length + 1);
    for (const n of ackedBefore) expect(ids.has(n), `record ${n}, acknowledged before the backup`).toBe(true);
    store.close();
    // The live file has everything.
    const live = openSqliteStore({ file });
    expect((await live.get({ pk: 'L', sk: 'AGG' }))?.records).toBe(800);
    live.close();
  });

  it('restores only into an empty folder and only a sound backup', async () => {
    const dir = folder();
    const file = join(dir, 'a.sqlite');
    const store = openSqliteStore({ file });
    await store.write([{ op: 'put', item: { pk: 'X', sk: '1' } }]);
    store.close();
    const backup = await backupDatabase(file, join(dir, 'b.sqlite'));
    expect(() => restoreDatabase(backup.file, file)).toThrow(/exists: restore only into an empty data folder.*只能恢复到空的数据目录/);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    expect(() => restoreDatabase(junk, join(folder(), 'x.sqlite'))).toThrow(/not a sound backup.*不是本系统的完好备份/);
    expect(() => checkDatabase(join(dir, 'none.sqlite'))).toThrow(/找不到备份文件/);
    await expect(backupDatabase(join(dir, 'none.sqlite'), join(dir, 'c.sqlite'))).rejects.toThrow(/找不到数据库/);
  });

  it('keeps the newest scheduled backups up to the retention count', async () => {
    const dir = folder();
    const file = join(dir, 'live.sqlite');
    openSqliteStore({ file }).close();
    const backups = join(dir, 'backups');
    const days = ['2026-11-23T20:00:00Z', '2026-11-24T20:00:00Z', '2026-11-25T20:00:00Z', '2026-11-26T20:00:00Z'];
    const deleted: string[][] = [];
    for (const day of days) deleted.push((await scheduledBackup({ from: file, dir: backups, keep: 2, at: new Date(day) })).deleted);
    // Keep 2: the third deletes the first, the fourth the second.
    expect(deleted).toEqual([[], [], ['honor-board-20261123T200000Z.sqlite'], ['honor-board-20261124T200000Z.sqlite']]);
    expect(readdirSync(backups).sort()).toEqual(['honor-board-20261125T200000Z.sqlite', 'honor-board-20261126T200000Z.sqlite']);
    expect(scheduledName(new Date('2026-11-26T04:05:06.789Z'))).toBe('honor-board-20261126T040506Z.sqlite');
    expect(existsSync(join(backups, 'honor-board-20261126T200000Z.sqlite.partial'))).toBe(false);
  });
});
