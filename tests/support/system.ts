/** The whole local system (gateway, handlers, demo center, site) on the run's DynamoDB Local. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { localPaths } from '../../infra/local/paths.ts';
import { type LocalSystem, type SystemOptions, startSystem } from '../../infra/local/system.ts';

/**
 * The system with October 2026 of the demo center (every window and officer, a month of
 * records), or the months named. Its published documents and built site go to a temporary
 * directory that `stop()` removes.
 */
export async function startTestSystem(
  demoMonths: readonly string[] = ['2026-10'],
  gateway?: SystemOptions['gateway'],
  /** Another way to the run's DynamoDB Local (a relay a test can cut). */
  endpoint: string = inject('dynamoEndpoint'),
): Promise<LocalSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'honor-board-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let system: LocalSystem;
  try {
    system = await startSystem({
      demoMonths,
      paths: localPaths(dir),
      dynamo: { endpoint, tableName: `t-${randomUUID()}` },
      port: 0,
      scheduleEverySeconds: 0,
      ...(gateway ? { gateway } : {}),
      // Errors only: a failing test shows what the handler threw.
      log: (line) => line.level === 'error' && console.error(JSON.stringify(line)),
    });
  } catch (error) {
    remove();
    throw error;
  }
  return {
    ...system,
    async stop() {
      try {
        await system.stop();
      } finally {
        remove();
      }
    },
  };
}
