/** The concurrent ballot race on the embedded SQLite store (tests/support/ballot-race.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { localPaths } from '../../infra/local/paths.ts';
import { type LocalSystem, startSystem } from '../../infra/local/system.ts';
import { RACE_CLOCK, ballotRace } from '../support/ballot-race.ts';

const dir = mkdtempSync(join(tmpdir(), 'honor-board-race-'));
let system: LocalSystem | undefined;
beforeAll(async () => {
  system = await startSystem({
    engine: 'sqlite',
    paths: localPaths(dir),
    port: 0,
    scheduleEverySeconds: 0,
    demoMonths: [],
    gateway: { now: () => RACE_CLOCK },
    log: (line) => line.level === 'error' && console.error(JSON.stringify(line)),
  });
}, 300_000);
afterAll(async () => {
  await system?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ballots raced through the gateway on SQLite', () => {
  it('keep one ballot per voter, and the stored ballots are exactly the acknowledged ones', () => ballotRace(system!), 120_000);
});
