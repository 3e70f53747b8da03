/** Where the local runtime keeps its state (all under `.data/`, never committed). */
import { join, resolve } from 'node:path';

export function localPaths(dataDir = process.env.DATA_DIR ?? '.data') {
  const root = resolve(dataDir);
  return {
    root,
    /** The embedded store (SQLite, WAL mode: the `-wal` and `-shm` files beside it belong to it). */
    sqlite: join(root, 'honor-board.sqlite'),
    /** The scheduled daily backups (`npm run backup` writes where it is told). */
    backups: join(root, 'backups'),
    dynamodb: join(root, 'dynamodb'),
    issuerKeys: join(root, 'dev-issuer.json'),
    runtime: join(root, 'runtime.json'),
    published: join(root, 'published'),
    site: join(root, 'site'),
  };
}
export type LocalPaths = ReturnType<typeof localPaths>;
