/** The whole local system (gateway, handlers, demo center, site) on the run's DynamoDB Local. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { localPaths } from '../../infra/local/paths.ts';
import { type LocalSystem, type SystemOptions, startSystem } from '../../infra/local/system.ts';

/**
 * The system with October 2026 of the demo center (every window and officer, a month of
 * records), or the months named.
 */
export function startTestSystem(
  demoMonths: readonly string[] = ['2026-10'],
  gateway?: SystemOptions['gateway'],
  /** Another way to the run's DynamoDB Local (a relay a test can cut). */
  endpoint: string = inject('dynamoEndpoint'),
): Promise<LocalSystem> {
  return startSystem({
    demoMonths,
    paths: localPaths(mkdtempSync(join(tmpdir(), 'honor-board-'))),
    dynamo: { endpoint, tableName: `t-${randomUUID()}` },
    port: 0,
    scheduleEverySeconds: 0,
    ...(gateway ? { gateway } : {}),
    // Errors only: a failing test shows what the handler threw.
    log: (line) => line.level === 'error' && console.error(JSON.stringify(line)),
  });
}
