/**
 * The concurrent ballot race (issue 14, item 14): many voters at once and one voter many
 * times at once, through the local gateway. One ballot per voter and period (the intake's
 * unique slot, DOMAIN.md §3.13); the ballots stored are exactly the ones acknowledged.
 * Run by one test file per store engine: the handlers take their engine from the process.
 */
import { expect } from 'vitest';
import { CENTER_SUBJECT } from '#core/aggregates';
import { listFacts } from '#store/aggregates';
import type { LocalSystem } from '../../infra/local/system.ts';

// A Monday in November 2026: the fourth quarter has begun, its ballots sit in December.
export const RACE_CLOCK = new Date('2026-11-16T10:00:00+08:00');
const HONOR = 'quarterly-stars';
const PERIOD = '2026-Q4';
const BALLOT_MONTH = '2026-12';

/** Heads of w02…w13 vote for o001 (of w01, no voter's own window). */
const VOTERS = Array.from({ length: 12 }, (_, i) => `w${String(i + 2).padStart(2, '0')}`);

async function vote(system: LocalSystem, windowId: string, key: string, score: string): Promise<{ status: number; body: any }> {
  const token = await system.issuer.sign({ role: 'head', subject: `head-${windowId}`, centerId: 'demo', windowId });
  const res = await fetch(`${system.url}/api/v1/centers/demo/ballots`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ honorId: HONOR, period: PERIOD, scores: [{ candidateId: 'o001', score }] }),
  });
  return { status: res.status, body: await res.json() };
}

export async function ballotRace(system: LocalSystem): Promise<void> {
  // Twelve voters at once, each with a key of their own: twelve ballots.
  const many = await Promise.all(VOTERS.map((w, i) => vote(system, w, crypto.randomUUID(), String(80 + i))));
  expect(many.map((r) => r.status)).toEqual(VOTERS.map(() => 201));

  // One more voter (w14's head) sends eight different ballots at once: one is taken, seven
  // are refused as a second ballot of the same voter.
  const same = await Promise.all(Array.from({ length: 8 }, (_, k) => vote(system, 'w14', crypto.randomUUID(), String(90 + k))));
  const statuses = same.map((r) => r.status).sort();
  expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  for (const refused of same.filter((r) => r.status === 409)) expect(refused.body.error).toMatchObject({ message_en: expect.stringContaining('already voted') });

  // A retry storm of one ballot (the same key six times at once) counts once: one id.
  const key = crypto.randomUUID();
  const retries = await Promise.all(Array.from({ length: 6 }, () => vote(system, 'w15', key, '77')));
  const ids = new Set(retries.filter((r) => r.status === 201).map((r) => r.body.id));
  expect(retries.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  expect(ids.size).toBe(1);

  // Exactly 12 + 1 + 1 ballots are stored, one per voter, each acknowledged.
  const stored = await listFacts(system.store, 'demo', BALLOT_MONTH, CENTER_SUBJECT, 'ballot');
  const acknowledged = new Set([...many, ...same, ...retries].filter((r) => r.status === 201).map((r) => String(r.body.id)));
  expect(stored).toHaveLength(14);
  expect(new Set(stored.map((f) => f.recordId))).toEqual(acknowledged);
  // The scores are the ones each voter sent: 80 … 91 from the twelve, w14's taken one, and 77.
  const taken = same.findIndex((r) => r.status === 201);
  const expected = [...VOTERS.map((_, i) => 80 + i), 90 + taken, 77].sort((a, b) => a - b);
  const scores = stored.map((f) => Number((f.body.scores as { score: string }[])[0]!.score)).sort((a, b) => a - b);
  expect(scores).toEqual(expected);
}
