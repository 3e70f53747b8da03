/** The concurrent ballot race on DynamoDB Local (tests/support/ballot-race.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { RACE_CLOCK, ballotRace } from '../support/ballot-race.ts';
import { startTestSystem } from '../support/system.ts';

let system: LocalSystem;
beforeAll(async () => {
  // The demo's roster only: the race needs heads and a candidate, no month of records.
  system = await startTestSystem([], { now: () => RACE_CLOCK });
}, 300_000);
afterAll(() => system?.stop());

describe('ballots raced through the gateway on DynamoDB Local', () => {
  it('keep one ballot per voter, and the stored ballots are exactly the acknowledged ones', () => ballotRace(system), 120_000);
});
