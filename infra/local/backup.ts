/**
 * Backups of the embedded store: an online, consistent copy taken while the system keeps
 * writing (SQLite's backup API on a connection of its own, one snapshot), a restore into an
 * empty data folder, and the scheduled daily backup that keeps the newest `keep` copies.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openSqliteStore } from '#store/sqlite';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly items: number;
}

/** Copies the live database `from` into `to` (written beside it first, then renamed into place). */
export async function backupDatabase(from: string, to: string): Promise<BackupResult> {
  if (!existsSync(from)) throw new Error(`no database at ${from} / 找不到数据库 ${from}`);
  const target = resolve(to);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const store = openSqliteStore({ file: from });
  try {
    await store.backup(partial);
  } finally {
    store.close();
  }
  // The copy inherits WAL mode; a backup is one self-contained file, so it leaves WAL (the
  // restored store goes back to WAL when it opens).
  const copy = new DatabaseSync(partial);
  copy.exec('PRAGMA journal_mode = DELETE');
  copy.close();
  const items = checkDatabase(partial);
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, items };
}

/**
 * Checks that a file is a sound database of this system (SQLite's integrity check, the
 * items table) and counts its items; throws, in both languages, when it is not.
 */
export function checkDatabase(file: string): number {
  if (!existsSync(file)) throw new Error(`no backup at ${file} / 找不到备份文件 ${file}`);
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const integrity = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (integrity.integrity_check !== 'ok') throw new Error(integrity.integrity_check);
    return Number((db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n);
  } catch (error) {
    throw new Error(`${file} is not a sound backup of this system / 不是本系统的完好备份: ${(error as Error).message}`, { cause: error });
  } finally {
    db?.close();
  }
}

/**
 * Restores a backup as the database `to`, which must not exist yet (a restore never
 * overwrites data: stop the system and move the old folder aside first).
 */
export function restoreDatabase(backupFile: string, to: string): BackupResult {
  const target = resolve(to);
  for (const file of [target, `${target}-wal`, `${target}-shm`]) {
    if (existsSync(file)) {
      throw new Error(
        `${file} exists: restore only into an empty data folder (stop the system, move the folder aside) / ` +
          `${file} 已存在：只能恢复到空的数据目录（先停止系统，并移走原目录）`,
      );
    }
  }
  const items = checkDatabase(backupFile);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  copyFileSync(backupFile, partial);
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, items };
}

const SCHEDULED = /^honor-board-(\d{8}T\d{6}Z)\.sqlite$/;

/** The scheduled backup's file name for an instant: sorts in time order. */
export const scheduledName = (at: Date): string => `honor-board-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.sqlite`;

/** Takes one scheduled backup into `dir` and deletes the oldest until `keep` remain. */
export async function scheduledBackup(options: { from: string; dir: string; keep: number; at?: Date }): Promise<{ backup: BackupResult; deleted: string[] }> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new RangeError('keep must be a whole number of at least 1 / 保留份数至少为 1');
  mkdirSync(options.dir, { recursive: true });
  const backup = await backupDatabase(options.from, join(options.dir, scheduledName(options.at ?? new Date())));
  const scheduled = readdirSync(options.dir).filter((name) => SCHEDULED.test(name)).sort();
  const deleted = scheduled.slice(0, Math.max(0, scheduled.length - options.keep));
  for (const name of deleted) rmSync(join(options.dir, name));
  return { backup, deleted };
}

/**
 * Runs `scheduledBackup` every `everyHours` (the first one an interval after start), logging
 * each; returns the function that stops it.
 */
export function scheduleBackups(options: {
  from: string;
  dir: string;
  keep: number;
  everyHours: number;
  log: (line: Record<string, unknown>) => void;
}): () => void {
  if (!(options.everyHours > 0)) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    scheduledBackup(options)
      .then(({ backup, deleted }) =>
        options.log({ level: 'info', msg: 'backup written / 备份完成', file: basename(backup.file), bytes: backup.bytes, items: backup.items, deleted }),
      )
      .catch((error: unknown) => options.log({ level: 'error', msg: 'scheduled backup failed / 定时备份失败', error: String(error) }))
      .finally(() => (running = false));
  }, options.everyHours * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
