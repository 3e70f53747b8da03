/**
 * `npm run backup -- --to FILE`: an online, consistent copy of the embedded store, taken
 * while the system runs (no need to stop it). `DATA_DIR` names the data folder (`.data`).
 */
import { parseArgs } from 'node:util';
import { backupDatabase } from './backup.ts';
import { localPaths } from './paths.ts';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
if (!values.to) {
  console.error('用法 Usage: npm run backup -- --to /var/backups/honor-board-2026-11-26.sqlite');
  process.exit(2);
}
try {
  const { file, bytes, items } = await backupDatabase(localPaths().sqlite, values.to);
  console.log(`备份完成 Backup written: ${file} (${items} items, ${bytes} bytes)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
