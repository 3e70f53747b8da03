/**
 * Intake: ratings posted through the local gateway (JWT check, API Gateway event, the
 * submit-record handler and its writes) against two bare baselines on the same DynamoDB
 * Local — a PutItem of an item the size of the stored record, and a TransactWriteItems of
 * the very items the rating's transaction wrote (copied from it, under another center) —
 * with, for diagnosis, the intake write alone (appendRecord: no HTTP, token or parsing).
 * The paths are measured interleaved request by request: each client sends one request of
 * each path in turn, in an order shuffled afresh each time (seeded), so a busy moment slows
 * them all alike and no path always follows the same one — the local gateway's HTTP
 * exchange leaves work on the event loop after its answer (socket and stream callbacks),
 * which a fixed order would always charge to the path after it. The loop is let run
 * between two requests for the same reason.
 *
 * Then intake on both adapters of the store port, the handler on DynamoDB Local and on
 * SQLite with SQLite's bare INSERT of the same row as its floor (intake-adapters.ts).
 *
 * Then the integrity run: 64 clients, every tenth rating sent twice at once with the same
 * Idempotency-Key, and a DynamoDB Local (on disk) killed (SIGKILL) and restarted mid-run.
 * Clients behave as devices do: a 5xx or a network error is retried with the same key
 * after Retry-After. Afterwards records and aggregates are counted against the
 * acknowledged posts, by record id.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { monthOf } from '#core/records/common';
import { FIVE_LEVEL_RATINGS } from '#core/records/evaluation';
import { type FunctionName, ROUTES } from '#functions/routes';
import { routeKey } from '#core/api/routes';
import { listAggregatesForMonth } from '#store/aggregates';
import { putCenter, putMembers } from '#store/center';
import type { Store } from '#store/client';
import { derivedRecordId } from '#store/keys';
import type { Key, WriteOp } from '#store/port';
import { type StoredRecord, appendRecord, getRecord, listWindowMonthRecords } from '#store/records';
import { ensureTable } from '#store/create-table';
import { type Native, createDynamoStore, nativeOp } from '#store/dynamodb';
import { startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { claimsAsApiGateway, toApiGatewayEvent } from '../../infra/local/api-event.ts';
import { DEV_CLIENTS, createDevIssuer } from '../../infra/local/dev-issuer.ts';
import { type ApiHandler, createGateway } from '../../infra/local/gateway.ts';
import { type AdapterIntakeReport, adapterIntake } from './intake-adapters.ts';
import type { RoutedStore } from './routed-store.ts';
import { CONCURRENCY, type Size } from './sizes.ts';
import { type Figure, figure, percentile, ratioFigure } from './stats.ts';
import { syntheticCenter } from './synthetic-center.ts';
import { type Random, forkRandom } from '../../shared/demo/random.ts';

// Center ids of one length, so the bare items are exactly as large as the stored ones.
const GATEWAY_CENTER = 'gateway';
const TRANSACTION_CENTER = 'txnonly';
const BARE_TRANSACT_CENTER = 'baretxn';
const BARE_PUT_CENTER = 'bareput';
// A post is given up after this long (a restart of DynamoDB Local takes seconds).
const POST_DEADLINE_MS = 120_000;
/** Ratings of the integrity run: as many as a timed round at 64 clients, twice. */
const clients64 = (size: Size): number => 2 * size.intakeRequests[64];
// A round stops issuing requests after this long, whatever its count.
const ROUND_LIMIT_MS = 120_000;

export const PATHS = ['gateway', 'handler', 'transaction', 'bareTransact', 'barePut'] as const;
type PathName = (typeof PATHS)[number];

interface PathFigures {
  readonly medianLatencyMs: Figure;
  readonly p99LatencyMs: Figure;
}

export interface IntakeReport {
  readonly windows: number;
  /** Size of the stored rating record (DynamoDB's measure). */
  readonly itemBytes: number;
  /** Items in each rating's transaction, most and fewest seen. */
  readonly transactionItems: { readonly max: number; readonly min: number };
  /** Reads a rating makes before its transaction, on average (none when it starts its device's state afresh). */
  readonly readsPerRating: number;
  readonly levels: readonly {
    readonly clients: number;
    /** Requests of each path. */
    readonly requests: number;
    readonly paths: Readonly<Record<PathName, PathFigures>>;
    /** Handler median (invoked in process, as Lambda does) over the bare TransactWriteItems median, run by run. */
    readonly handlerToBareTransact: Figure;
    /** Gateway median over the bare TransactWriteItems median, run by run. */
    readonly ratioToBareTransact: Figure;
    /** Gateway median over the bare PutItem median, run by run. */
    readonly ratioToBarePut: Figure;
  }[];
  /** The handler on both adapters of the store port and SQLite's bare INSERT, at one client. */
  readonly adapters: AdapterIntakeReport;
  readonly integrity: {
    readonly clients: number;
    /** Whether DynamoDB Local was killed and restarted during the run (not when the suite's shared one is used). */
    readonly restarted: boolean;
    readonly downSeconds?: number;
    /** Posts answered 201 (each counted once, however often it was sent). */
    readonly acknowledged: number;
    /** Ratings sent twice at once with one key; both sends must be answered with the same record id. */
    readonly concurrentDuplicates: number;
    readonly duplicateMismatches: number;
    /** Sends repeated after a 5xx or a network error. */
    readonly retries: number;
    readonly answered503: number;
    /** Posts still unanswered after every attempt. */
    readonly failed: number;
    readonly recordsStored: number;
    /** When each lost record was acknowledged, in ms from the kill (negative: before it; a response can arrive just after the kill of the database that committed it). */
    readonly lostAcknowledgedMsFromKill?: readonly number[];
    readonly windowAggregateEvaluations: number;
    readonly officerAggregateEvaluations: number;
    readonly lost: number;
    readonly doubled: number;
    readonly ok: boolean;
  };
}

interface Context {
  readonly store: Store;
  readonly routed: RoutedStore;
  readonly endpoint: string;
  readonly tableName: string;
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
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: ctx.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    { marshallOptions: { removeUndefinedValues: true } },
  );

  const { handler: submitRecord } = await import('#functions/submit-record');
  // The handlers' logger was made at import: told here too that only warnings are logged.
  const { logger } = await import('#functions/http');
  logger.setLogLevel('WARN');
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
        token: await issuer.sign({ role: 'device', subject: `device-${windowId}-${client}`, centerId: GATEWAY_CENTER, windowId, ttlSeconds: 7200 }),
      };
    }),
  );

  // The items each rating's transaction wrote, by record id: the bare transaction copies them.
  const written = new Map<string, readonly WriteOp[]>();
  const itemsPerTransaction = { max: 0, min: Number.POSITIVE_INFINITY };
  ctx.routed.use(store);
  ctx.routed.onWrite((ops) => {
    const first = ops[0];
    if (first?.op !== 'put' || first.item.type !== 'evaluation') return;
    itemsPerTransaction.max = Math.max(itemsPerTransaction.max, ops.length);
    itemsPerTransaction.min = Math.min(itemsPerTransaction.min, ops.length);
    written.set(String(first.item.id), ops);
  });

  // Each device rates every 30 s of the month so far (the consecutive-rating interval is 20 s),
  // so no rating is flagged and each transaction writes what an ordinary rating writes.
  const monthStart = Date.parse(`${new Date().toISOString().slice(0, 7)}-01T00:00:00Z`);
  const clocks = new Map<string, number>();
  const ratedAtFor = (device: string): string => {
    const at = Math.min((clocks.get(device) ?? monthStart) + 30_000, Date.now() - 1000);
    clocks.set(device, at);
    return new Date(at).toISOString();
  };

  const tally = { retries: 0, answered503: 0 };

  /** One send of a rating, repeated with its key until answered 201; the record id, or undefined after the deadline. */
  const send = async (headers: Record<string, string>, body: string): Promise<string | undefined> => {
    const deadline = Date.now() + POST_DEADLINE_MS;
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, { method: 'POST', headers, body }).catch(() => undefined);
      if (response?.status === 201) return ((await response.json()) as { id: string }).id;
      const text = await response?.text();
      if (response && response.status < 500) throw new Error(`intake answered ${response.status}: ${text}`);
      if (response?.status === 503) tally.answered503++;
      if (Date.now() > deadline) return undefined;
      tally.retries++;
      const after = Number(response?.headers.get('retry-after'));
      await new Promise((r) => setTimeout(r, after > 0 ? Math.min(after, 5) * 1000 : Math.min(50 * 2 ** attempt, 2000)));
    }
  };
  const rating = (client: number, n: number) => {
    const device = devices[client % devices.length]!;
    const ratedAt = ratedAtFor(`${device.windowId}-${client % devices.length}`);
    const body = JSON.stringify({
      windowId: device.windowId,
      officerId: device.staff[n % device.staff.length],
      ratedAt,
      scale: 'five-level',
      rating: FIVE_LEVEL_RATINGS[n % 7 === 0 ? 3 : n % 3]!,
    });
    const headers = { authorization: `Bearer ${device.token}`, 'idempotency-key': randomUUID(), 'content-type': 'application/json' };
    return { headers, body, month: monthOf(ratedAt) };
  };
  /** A timed post: one send (the clients' retries included in its time). */
  const post = async (client: number, n: number): Promise<{ ms: number; id: string } | undefined> => {
    const { headers, body } = rating(client, n);
    const started = performance.now();
    const id = await send(headers, body);
    const ms = performance.now() - started;
    return id ? { ms, id } : undefined;
  };

  // One rating before the rounds: it warms the path and gives the items the baselines copy.
  const first = await post(0, 0);
  if (!first) throw new Error('the first rating was never accepted');
  const stored = await getRecord(store, GATEWAY_CENTER, first.id);
  if (!stored) throw new Error(`record ${first.id} was not stored`);
  const template: StoredRecord = stored.record;
  const firstOps = written.get(first.id)!;
  // Reads a rating makes, over ten ratings of a device after its first of the month (the
  // first finds no state and no aggregate of its window yet, so it reads both).
  await post(1, 1);
  const READ_SAMPLE = 10;
  const sampled = await ctx.routed.counting(async () => {
    for (let n = 2; n < 2 + READ_SAMPLE; n++) await post(1, n);
  });
  const readsPerRating = sampled.reads.calls / READ_SAMPLE;
  const recordPut = firstOps[0] as Extract<WriteOp, { op: 'put' }>;
  const { itemBytes } = await import('./item-size.ts');
  const recordBytes = itemBytes(recordPut.item) - 3;

  // The handler as Lambda invokes it: the event API Gateway would hand over after its JWT
  // authorizer checked the token (claims as strings), without the local HTTP hop and check.
  const claimsOf = new Map(
    await Promise.all(devices.map(async (d) => [d.token, claimsAsApiGateway(await issuer.verify(d.token, { audience: DEV_CLIENTS.device }))] as const)),
  );
  const evaluationsRoute = ROUTES.find((r) => r.fn === 'submit-record' && r.path.endsWith('/evaluations'))!;
  const invoke = async (client: number, n: number): Promise<{ ms: number; id: string }> => {
    const { headers, body } = rating(client, n);
    const event = toApiGatewayEvent(
      { method: 'POST', rawPath: new URL(url).pathname, rawQueryString: '', headers, body: Buffer.from(body), sourceIp: '127.0.0.1', requestId: randomUUID(), now: new Date() },
      routeKey(evaluationsRoute),
      { center: GATEWAY_CENTER },
      claimsOf.get(headers.authorization.slice('Bearer '.length)),
    );
    const started = performance.now();
    const answer = await submitRecord(event);
    const ms = performance.now() - started;
    if (typeof answer !== 'object' || answer.statusCode !== 201) throw new Error(`the handler answered ${JSON.stringify(answer)}`);
    return { ms, id: (JSON.parse(String(answer.body)) as { id: string }).id };
  };

  const lastOps = new Map<number, readonly WriteOp[]>();
  // The bare center's aggregate items, put once before the first bare update of each.
  const bareItems = new Set<string>();
  const ensureItem = async (key: Key): Promise<void> => {
    const id = `${key.pk}\n${key.sk}`;
    if (bareItems.has(id)) return;
    await doc.send(new PutCommand({ TableName: ctx.tableName, Item: { ...key }, ConditionExpression: 'attribute_not_exists(pk)' })).catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
    bareItems.add(id);
  };
  const keepOps = (client: number, id: string): void => {
    const ops = written.get(id);
    if (ops) lastOps.set(client, ops);
    written.delete(id);
  };
  const paths: Record<PathName, (client: number, n: number) => Promise<{ ms: number } | undefined>> = {
    gateway: async (client, n) => {
      const result = await post(client, n);
      if (result) keepOps(client, result.id);
      return result;
    },
    handler: async (client, n) => {
      const result = await invoke(client, n);
      keepOps(client, result.id);
      return result;
    },
    transaction: async (client) => {
      const now = new Date();
      const device = `${template.submittedBy}-${client}`;
      const id = derivedRecordId(TRANSACTION_CENTER, device, randomUUID());
      const ratedAt = ratedAtFor(`${TRANSACTION_CENTER}|${device}`);
      // The client's own window and officers, as its gateway posts have.
      const { windowId, staff } = devices[client % devices.length]!;
      const body = { ...template.body, windowId, officerId: staff[client % staff.length], ratedAt };
      const record: StoredRecord = { ...template, centerId: TRANSACTION_CENTER, id, windowId, submittedBy: device, submittedAt: now.toISOString(), body };
      const started = performance.now();
      const outcome = await appendRecord(store, {
        record,
        claim: { requestHash: 'bench', response: { status: 201, body: { id: record.id } } },
        audit: { role: 'device', routeKey: 'POST /api/v1/centers/{center}/evaluations' },
        consecutiveIntervalSeconds: 20,
      });
      if (outcome.kind !== 'created') throw new Error(`appendRecord answered ${outcome.kind}`);
      return { ms: performance.now() - started };
    },
    bareTransact: async (client) => {
      const ops = lastOps.get(client) ?? firstOps;
      const items = ops.map((op) => bareOp(op, BARE_TRANSACT_CENTER, ctx.tableName));
      for (const item of items) if (item.Update) await ensureItem(item.Update.Key as Key);
      const started = performance.now();
      await doc.send(new TransactWriteCommand({ TransactItems: items as NonNullable<TransactWriteCommandInput['TransactItems']> }));
      return { ms: performance.now() - started };
    },
    barePut: async () => {
      const item = relabel(recordPut.item, BARE_PUT_CENTER, randomUUID());
      const started = performance.now();
      await doc.send(new PutCommand({ TableName: ctx.tableName, Item: item }));
      return { ms: performance.now() - started };
    },
  };

  const samples = new Map(CONCURRENCY.map((c) => [c, [] as Record<PathName, number[]>[]]));
  const setUp = async (storeOfRun: Store) => {
    await putCenter(storeOfRun, center);
    await putMembers(storeOfRun, GATEWAY_CENTER, windows, officers);
  };
  let adapters: AdapterIntakeReport;
  let integrity: IntegrityReport;
  try {
    for (let run = 1; run <= ctx.runs; run++) {
      for (const clients of CONCURRENCY) {
        const requests = size.intakeRequests[clients];
        const latencies = await interleaved(clients, requests, paths, forkRandom(ctx.seed, `intake|${run}|${clients}`));
        samples.get(clients)!.push(latencies);
        const median = (p: PathName) => percentile(latencies[p], 50).toFixed(1);
        ctx.log(
          `intake: run ${run}, ${clients} clients: median gateway ${median('gateway')} ms, handler ${median('handler')} ms, intake write alone ${median('transaction')} ms, ` +
            `bare TransactWriteItems ${median('bareTransact')} ms, bare PutItem ${median('barePut')} ms`,
        );
      }
    }
    ctx.routed.onWrite(undefined);
    const adapterOrder = forkRandom(ctx.seed, 'intake|adapters');
    adapters = await adapterIntake({
      store,
      routed: ctx.routed,
      runs: ctx.runs,
      requests: size.intakeRequests[1],
      log: ctx.log,
      invoke,
      setUp,
      relabel: (item) => relabel(item, GATEWAY_CENTER, randomUUID()),
      order: (list) => shuffled(list, adapterOrder),
    });
    Object.assign(tally, { retries: 0, answered503: 0 });
    const windowIds = [...new Set(devices.map((d) => d.windowId))];
    ctx.log(`intake: integrity run, ${clients64(size)} posts from 64 clients`);
    // Every request during the outage would log its 503 as a warning with a stack: errors only, for this run.
    logger.setLogLevel('ERROR');
    integrity = await integrityRun(ctx, clients64(size), windowIds, rating, send, setUp).finally(() => logger.setLogLevel('WARN'));
    integrity = { ...integrity, ...tally };
  } finally {
    ctx.routed.onWrite(undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(siteDir, { recursive: true, force: true });
    doc.destroy();
  }

  return {
    windows: windows.length,
    itemBytes: recordBytes,
    transactionItems: itemsPerTransaction,
    readsPerRating,
    levels: CONCURRENCY.map((clients) => {
      const runs = samples.get(clients)!;
      const medians = (p: PathName) => runs.map((r) => percentile(r[p], 50));
      const pathFigures = (p: PathName): PathFigures => ({
        medianLatencyMs: figure(medians(p)),
        p99LatencyMs: figure(runs.map((r) => percentile(r[p], 99))),
      });
      return {
        clients,
        requests: size.intakeRequests[clients],
        paths: Object.fromEntries(PATHS.map((p) => [p, pathFigures(p)])) as Record<PathName, PathFigures>,
        handlerToBareTransact: ratioFigure(medians('handler'), medians('bareTransact')),
        ratioToBareTransact: ratioFigure(medians('gateway'), medians('bareTransact')),
        ratioToBarePut: ratioFigure(medians('gateway'), medians('barePut')),
      };
    }),
    adapters,
    integrity,
  };
}

type Send = (headers: Record<string, string>, body: string) => Promise<string | undefined>;
type Rating = (client: number, n: number) => { headers: Record<string, string>; body: string; month: string };
export type IntegrityReport = IntakeReport['integrity'];

/**
 * The integrity run: 64 clients, every tenth rating sent twice at once, and a DynamoDB Local
 * of its own — keeping its data on disk, so it can be killed and started again with it —
 * killed with SIGKILL a third of the way through and restarted a second later. The
 * handler's store is routed to it for the run. Then records and aggregates are counted
 * against the acknowledged posts, by record id.
 */
async function integrityRun(
  ctx: Context,
  requests: number,
  windowIds: readonly string[],
  rating: Rating,
  send: Send,
  setUp: (store: Store) => Promise<void>,
): Promise<IntegrityReport> {
  const clients = 64;
  const tally = { acknowledged: 0, concurrentDuplicates: 0, duplicateMismatches: 0, failed: 0 };
  const acknowledged = new Map<string, number>();
  const months = new Set<string>();
  let next = 0;
  let downSeconds = 0;
  let killedAt = Number.POSITIVE_INFINITY;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-intake-dynamodb-'));
  const dynamo = await startDynamoLocal({ dataDir });
  const store = createDynamoStore({ endpoint: dynamo.endpoint, tableName: ctx.tableName });
  try {
    await ensureTable(store);
    await setUp(store);
    ctx.routed.use(store);
    const outage = async (): Promise<void> => {
      while (next < requests / 3) await new Promise((r) => setTimeout(r, 20));
      const down = performance.now();
      ctx.log(`intake: killing DynamoDB Local (pid ${dynamo.pid}) after ${next} of ${requests} posts`);
      killedAt = performance.now();
      await dynamo.kill();
      await new Promise((r) => setTimeout(r, 1000));
      await dynamo.restart();
      downSeconds = Number(((performance.now() - down) / 1000).toFixed(1));
      ctx.log(`intake: DynamoDB Local back after ${downSeconds} s`);
    };
    const acknowledge = (id: string | undefined) => {
      if (!id) return void tally.failed++;
      tally.acknowledged++;
      if (!acknowledged.has(id)) acknowledged.set(id, performance.now());
    };
    const client = async (k: number): Promise<void> => {
      while (next < requests) {
        const n = next++;
        const { headers, body, month } = rating(k, n);
        months.add(month);
        if (n % 10 === 9) {
          // The same rating twice at once, as a device that resends before its first answer.
          tally.concurrentDuplicates++;
          const [a, b] = await Promise.all([send(headers, body), send(headers, body)]);
          if (a !== b) tally.duplicateMismatches++;
          acknowledge(a ?? b);
        } else {
          acknowledge(await send(headers, body));
        }
      }
    };
    await Promise.all([outage(), ...Array.from({ length: clients }, (_, k) => client(k))]);
    const counted = await countStored(store, windowIds, [...months]);
    // By id, not by totals (where a loss and a double would cancel out): every acknowledged id
    // stored, no stored rating that was never acknowledged, none stored twice.
    const lostIds = [...acknowledged.keys()].filter((id) => !counted.ids.has(id));
    const lost = lostIds.length;
    const doubled = counted.records - counted.ids.size + [...counted.ids].filter((id) => !acknowledged.has(id)).length;
    return {
      clients,
      restarted: true,
      downSeconds,
      ...tally,
      retries: 0,
      answered503: 0,
      recordsStored: counted.records,
      ...(lost > 0 ? { lostAcknowledgedMsFromKill: lostIds.map((id) => Math.round(acknowledged.get(id)! - killedAt)) } : {}),
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
    };
  } finally {
    ctx.routed.use(ctx.store);
    await dynamo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `requests` requests of every path spread over `clients` concurrent loops, each loop sending one of each path in turn, in a shuffled order. */
async function interleaved(
  clients: number,
  requests: number,
  paths: Record<PathName, (client: number, n: number) => Promise<{ ms: number } | undefined>>,
  random: Random,
): Promise<Record<PathName, number[]>> {
  const latencies = Object.fromEntries(PATHS.map((p) => [p, [] as number[]])) as Record<PathName, number[]>;
  let next = 0;
  const started = performance.now();
  const client = async (k: number): Promise<void> => {
    while (next < requests && performance.now() - started < ROUND_LIMIT_MS) {
      const n = next++;
      for (const path of shuffled(PATHS, random)) {
        await new Promise((resolve) => setImmediate(resolve));
        const result = await paths[path](k, n);
        if (result) latencies[path].push(result.ms);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return latencies;
}

/** The items in an order drawn from `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A record item under another center and a new id (keys and all), as large as the original. */
function relabel(item: Readonly<Record<string, unknown>>, centerId: string, newId: string): Record<string, unknown> {
  const oldId = String(item.id);
  const id = newId.replaceAll('-', '').slice(0, oldId.length).padEnd(oldId.length, '0');
  const swap = (value: unknown): unknown =>
    typeof value === 'string' ? value.replaceAll(`C#${GATEWAY_CENTER}#`, `C#${centerId}#`).replaceAll(oldId, id) : value;
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, k === 'centerId' ? centerId : swap(v)]));
}

/**
 * One of the rating's writes under the bare center, as the DynamoDB adapter sends it
 * (`nativeOp`): the record's put with its absent condition; the aggregate's update with its
 * SET, ADD and condition. The device-state condition keeps its shape and attribute, but with a
 * bound every state sorts below: a copy sent again (the client's latest rating, when the bare
 * path comes first in a round) would fail the real bound, and a rating holds it anyway.
 * `present-and-below` needs the item to exist: `ensureItem` puts it first, outside the timing.
 */
function bareOp(op: WriteOp, centerId: string, tableName: string): Native {
  const relabelKey = (key: Key): Key => ({ pk: key.pk.replace(`C#${GATEWAY_CENTER}#`, `C#${centerId}#`), sk: key.sk });
  if (op.op === 'put') {
    const item = relabel(op.item, centerId, randomUUID());
    // A put other than the record (a flag) has a key of its own: made unique, as the real one is.
    if (op.item.type !== 'evaluation') item.sk = `${String(item.sk)}#${randomUUID()}`;
    return nativeOp(tableName, { op: 'put', item, ...(op.condition ? { condition: op.condition } : {}) });
  }
  if (op.op !== 'update') throw new Error(`a rating wrote a ${op.op}`);
  const condition = op.condition && 'attribute' in op.condition ? ({ kind: 'present-and-below', attribute: op.condition.attribute, value: '\uffff' } as const) : op.condition;
  return nativeOp(tableName, { ...op, key: relabelKey(op.key), ...(condition ? { condition } : {}) });
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
