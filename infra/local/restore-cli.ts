/**
 * `npm run restore -- FILE`: restores a backup into an empty data folder (`DATA_DIR`, by
 * default `.data`). It refuses to overwrite a database; stop the system and move the old
 * folder aside first. The backup is checked (integrity, items) before it is copied.
 */
import { parseArgs } from 'node:util';
import { restoreDatabase } from './backup.ts';
import { localPaths } from './paths.ts';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('用法 Usage: DATA_DIR=/srv/honor-board/data npm run restore -- /var/backups/honor-board-2026-11-26.sqlite');
  process.exit(2);
}
try {
  const { file, items } = restoreDatabase(positionals[0]!, localPaths().sqlite);
  console.log(`恢复完成 Restored: ${file} (${items} items). Start the system with npm run serve (or npm start).`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
