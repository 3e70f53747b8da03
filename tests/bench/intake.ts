/**
 * Intake: ratings posted through the local gateway (JWT check, API Gateway event, the
 * submit-record handler, its one transaction) against a bare PutItem of an item the size
 * of the stored record, on the same DynamoDB Local, with 1, 8 and 64 concurrent clients.
 * Between the two, the intake transaction alone (appendRecord, no HTTP, token or parsing)
 * tells how much of the difference is the transaction's.
 * Clients behave as devices do: a failed post is retried with the same Idempotency-Key,
 * and every tenth post is sent twice on purpose. Afterwards the records and the aggregates
 * are counted against the posts that were answered 201.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthOf } from '#core/records/common';
import { FIVE_LEVEL_RATINGS } from '#core/records/evaluation';
import { type FunctionName, ROUTES } from '#functions/routes';
import { listAggregatesForMonth } from '#store/aggregates';
import { putCenter, putMembers } from '#store/center';
import type { Store } from '#store/client';
import { derivedRecordId } from '#store/keys';
import { type StoredRecord, appendRecord, getRecord, listWindowMonthRecords, recordItem } from '#store/records';
import { createDevIssuer } from '../../infra/local/dev-issuer.ts';
import { type ApiHandler, createGateway } from '../../infra/local/gateway.ts';
import { CONCURRENCY, type Size } from './sizes.ts';
import { type Figure, figure, percentile, ratioFigure } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';

// Center ids of the same length, so the bare item is exactly as large as the stored record.
const GATEWAY_CENTER = 'gateway';
const BARE_CENTER = 'bareput';
const TRANSACTION_CENTER = 'txnonly';
const MAX_ATTEMPTS = 6;
// A round stops issuing requests after this long, whatever its count.
const ROUND_LIMIT_MS = 120_000;

interface Round {
  readonly latencies: number[];
  readonly seconds: number;
}

interface PathFigures {
  readonly medianLatencyMs: Figure;
  readonly p99LatencyMs: Figure;
  readonly throughputPerSecond: Figure;
}

export interface IntakeReport {
  readonly windows: number;
  /** Size of the stored rating record and of the bare item (JSON bytes). */
  readonly itemBytes: number;
  readonly levels: readonly {
    readonly clients: number;
    readonly requests: number;
    readonly gateway: PathFigures;
    /** appendRecord called directly: the intake transaction without the gateway and handler. */
    readonly transaction: PathFigures;
    readonly bare: PathFigures;
    /** Gateway median latency over bare median latency, run by run. */
    readonly latencyRatio: Figure;
  }[];
  readonly integrity: {
    /** Posts answered 201 (each counted once, however often it was sent). */
    readonly acknowledged: number;
    /** Deliberate second sends of a post with its key and body; each must answer the first answer. */
    readonly duplicateSends: number;
    readonly duplicateMismatches: number;
    /** Sends repeated after a 5xx or a network error. */
    readonly retries: number;
    /** Posts still unanswered after every attempt. */
    readonly failed: number;
    readonly recordsStored: number;
    readonly windowAggregateEvaluations: number;
    readonly officerAggregateEvaluations: number;
    readonly lost: number;
    readonly doubled: number;
    readonly ok: boolean;
  };
}

interface Context {
  readonly store: Store;
  readonly size: Size;
  readonly seed: number;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export async function intakeSection(ctx: Context): Promise<IntakeReport> {
  const { store, size } = ctx;
  const { center, windows, officers } = syntheticCenter({
    centerId: GATEWAY_CENTER,
    windows: size.windows,
    officers: size.officers,
    months: [],
    ratingsPerWindowMonth: 0,
    factor: 1,
    seed: ctx.seed,
  });
  for (const centerId of [GATEWAY_CENTER, TRANSACTION_CENTER]) {
    await putCenter(store, { ...center, centerId });
    await putMembers(store, centerId, windows, officers);
  }

  const { handler: submitRecord } = await import('#functions/submit-record');
  const unused: ApiHandler = async () => ({ statusCode: 501 });
  const handlers = Object.fromEntries(ROUTES.map((r) => [r.fn, r.fn === 'submit-record' ? submitRecord : unused])) as Record<FunctionName, ApiHandler>;
  const issuer = await createDevIssuer();
  const siteDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const server = createGateway({ handlers, issuer, siteDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/centers/${GATEWAY_CENTER}/evaluations`;

  // One device per client, as at a counter: a device rates one service at a time (the
  // consecutive-rating check keeps each device's last rating, so two clients sharing one
  // device would only measure their contention for it).
  const devices = await Promise.all(
    Array.from({ length: Math.max(...CONCURRENCY) }, async (_, client) => {
      const { windowId } = windows[client % windows.length]!;
      return {
        windowId,
        staff: officers.filter((o) => o.windowId === windowId).map((o) => o.officerId),
        token: await issuer.sign({ role: 'device', subject: `device-${windowId}-${client}`, centerId: GATEWAY_CENTER, windowId, ttlSeconds: 3600 }),
      };
    }),
  );
  const acknowledgedIds = new Set<string>();
  const tally = { acknowledged: 0, duplicateSends: 0, duplicateMismatches: 0, retries: 0, failed: 0 };
  const months = new Set<string>();

  /** One rating, sent until it is answered 201; returns its record id, or undefined when every attempt failed. */
  const post = async (client: number, n: number): Promise<{ id: string; ms: number } | undefined> => {
    const device = devices[client % devices.length]!;
    const ratedAt = new Date(Date.now() - 1000).toISOString();
    months.add(monthOf(ratedAt));
    const body = JSON.stringify({
      windowId: device.windowId,
      officerId: device.staff[n % device.staff.length],
      ratedAt,
      scale: 'five-level',
      rating: FIVE_LEVEL_RATINGS[n % 7 === 0 ? 3 : n % 3]!,
    });
    const headers = { authorization: `Bearer ${device.token}`, 'idempotency-key': randomUUID(), 'content-type': 'application/json' };
    const send = async (): Promise<string | undefined> => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) {
          tally.retries++;
          await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
        }
        const response = await fetch(url, { method: 'POST', headers, body }).catch(() => undefined);
        if (response?.status === 201) return ((await response.json()) as { id: string }).id;
        const text = await response?.text();
        if (response && response.status < 500) throw new Error(`intake answered ${response.status}: ${text}`);
      }
      return undefined;
    };
    const started = performance.now();
    const id = await send();
    const ms = performance.now() - started;
    if (!id) return void tally.failed++;
    tally.acknowledged++;
    acknowledgedIds.add(id);
    if (n % 10 === 9) {
      tally.duplicateSends++;
      if ((await send()) !== id) tally.duplicateMismatches++;
    }
    return { id, ms };
  };

  // One rating before the rounds: it warms the path and gives the stored item the bare puts copy.
  const first = await post(0, 0);
  if (!first) throw new Error('the first rating was never accepted');
  const stored = await getRecord(store, GATEWAY_CENTER, first.id);
  if (!stored) throw new Error(`record ${first.id} was not stored`);
  const template: StoredRecord = { ...stored.record, centerId: BARE_CENTER };
  const itemBytes = Buffer.byteLength(JSON.stringify(recordItem(stored.record)));
  const putBare = async (): Promise<{ ms: number }> => {
    const started = performance.now();
    await store.write([{ op: 'put', item: recordItem({ ...template, id: randomUUID() }) }]);
    return { ms: performance.now() - started };
  };
  const appendOnly = async (client: number): Promise<{ ms: number }> => {
    const now = new Date();
    const device = `${template.submittedBy}-${client}`;
    const id = derivedRecordId(TRANSACTION_CENTER, device, randomUUID());
    const record: StoredRecord = { ...template, centerId: TRANSACTION_CENTER, id, submittedBy: device, submittedAt: now.toISOString() };
    const started = performance.now();
    const outcome = await appendRecord(store, {
      record,
      claim: { requestHash: 'bench', response: { status: 201, body: { id: record.id } } },
      audit: { role: 'device', routeKey: 'POST /api/v1/centers/{center}/evaluations' },
      consecutiveIntervalSeconds: 20,
    });
    if (outcome.kind !== 'created') throw new Error(`appendRecord answered ${outcome.kind}`);
    return { ms: performance.now() - started };
  };

  const samples = new Map(CONCURRENCY.map((c) => [c, { gateway: [] as Round[], transaction: [] as Round[], bare: [] as Round[] }]));
  try {
    for (let run = 1; run <= ctx.runs; run++) {
      for (const clients of CONCURRENCY) {
        const requests = size.intakeRequests[clients];
        const sample = samples.get(clients)!;
        const gateway = await round(clients, requests, post);
        const transaction = await round(clients, requests, appendOnly);
        const bare = await round(clients, requests, putBare);
        sample.gateway.push(gateway);
        sample.transaction.push(transaction);
        sample.bare.push(bare);
        const median = (r: Round) => percentile(r.latencies, 50).toFixed(1);
        ctx.log(
          `intake: run ${run}, ${clients} clients: median gateway ${median(gateway)} ms (${(gateway.latencies.length / gateway.seconds).toFixed(0)}/s), ` +
            `transaction ${median(transaction)} ms, bare PutItem ${median(bare)} ms`,
        );
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(siteDir, { recursive: true, force: true });
  }

  const counted = await countStored(store, [...new Set(devices.map((d) => d.windowId))], [...months]);
  // By id, not by totals (where a loss and a double would cancel out): every acknowledged id
  // stored, no stored rating that was never acknowledged, none stored twice.
  const lost = [...acknowledgedIds].filter((id) => !counted.ids.has(id)).length;
  const doubled = counted.records - counted.ids.size + [...counted.ids].filter((id) => !acknowledgedIds.has(id)).length;
  return {
    windows: windows.length,
    itemBytes,
    levels: CONCURRENCY.map((clients) => {
      const { gateway, transaction, bare } = samples.get(clients)!;
      const medians = (rounds: Round[]) => rounds.map((r) => percentile(r.latencies, 50));
      return {
        clients,
        requests: size.intakeRequests[clients],
        gateway: pathFigures(gateway),
        transaction: pathFigures(transaction),
        bare: pathFigures(bare),
        latencyRatio: ratioFigure(medians(gateway), medians(bare)),
      };
    }),
    integrity: {
      ...tally,
      recordsStored: counted.records,
      windowAggregateEvaluations: counted.windowEvaluations,
      officerAggregateEvaluations: counted.officerEvaluations,
      lost,
      doubled,
      ok:
        lost === 0 &&
        doubled === 0 &&
        tally.failed === 0 &&
        tally.duplicateMismatches === 0 &&
        counted.windowEvaluations === tally.acknowledged &&
        counted.officerEvaluations === tally.acknowledged,
    },
  };
}

/** `requests` calls spread over `clients` concurrent loops; latencies of the calls that succeeded. */
async function round(clients: number, requests: number, call: (client: number, n: number) => Promise<{ ms: number } | undefined>): Promise<Round> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async (k: number): Promise<void> => {
    while (next < requests && performance.now() - started < ROUND_LIMIT_MS) {
      const result = await call(k, next++);
      if (result) latencies.push(result.ms);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function pathFigures(rounds: readonly Round[]): PathFigures {
  return {
    medianLatencyMs: figure(rounds.map((r) => percentile(r.latencies, 50))),
    p99LatencyMs: figure(rounds.map((r) => percentile(r.latencies, 99))),
    throughputPerSecond: figure(rounds.map((r) => r.latencies.length / r.seconds), 1),
  };
}

/** Rating records in the windows' partitions, and the evaluations the aggregates hold, for the months posted in. */
async function countStored(store: Store, windowIds: readonly string[], months: readonly string[]) {
  let records = 0;
  const ids = new Set<string>();
  let windowEvaluations = 0;
  let officerEvaluations = 0;
  for (const month of months) {
    for (const windowId of windowIds) {
      const stored = await listWindowMonthRecords(store, GATEWAY_CENTER, windowId, month, 'evaluation');
      records += stored.length;
      for (const r of stored) ids.add(r.id);
    }
    for (const [subject, aggregate] of await listAggregatesForMonth(store, GATEWAY_CENTER, month)) {
      const evaluations = aggregate.counters.evaluations ?? 0;
      if (subject.startsWith('W#')) windowEvaluations += evaluations;
      if (subject.startsWith('O#')) officerEvaluations += evaluations;
    }
  }
  return { records, ids, windowEvaluations, officerEvaluations };
}
