/**
 * The whole system on one machine: DynamoDB Local, the table, the demo center, the score
 * jobs that are due, the site and the gateway — the same handlers Lambda runs.
 */
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_CENTER_ID, DEMO_MONTHS, generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { type Store, createStore } from '#store/client';
import { getCenter } from '#store/center';
import { ensureTable } from '#store/create-table';
import { loadCenter } from '#store/demo-loader';
import { TABLE } from '#store/table';
import { type DevIssuer, createDevIssuer } from './dev-issuer.ts';
import { type LocalDynamo, startDynamoLocal } from './dynamodb-local.ts';
import { type ApiHandler, createGateway } from './gateway.ts';
import type { LocalPaths } from './paths.ts';
import { publishSite } from './publish-site.ts';

export interface SystemOptions {
  readonly paths: LocalPaths;
  /** Use a running DynamoDB (tests); otherwise DynamoDB Local starts with data in paths.dynamodb. */
  readonly dynamo?: { readonly endpoint: string; readonly tableName: string };
  readonly port: number;
  /** Load only these months of the demo (tests: a smaller load); all of it by default. */
  readonly demoMonths?: readonly string[];
  /** Seconds between local scheduler ticks; 0 turns the scheduler off. */
  readonly scheduleEverySeconds: number;
  readonly log: (line: Record<string, unknown>) => void;
}

export interface LocalSystem {
  readonly url: string;
  readonly endpoint: string;
  readonly store: Store;
  readonly issuer: DevIssuer;
  /** Scores the month, and republishes the site if anything changed. */
  scoreMonth(centerId: string, period: string): Promise<{ changed: boolean }>;
  /** The daily selection tick at `at` (now by default); the site is rebuilt when it published. */
  tickSelections(centerId: string, at?: string): Promise<{ published: number }>;
  /** Resolves when every site rebuild asked for so far has finished. */
  siteBuilt(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSystem(options: SystemOptions): Promise<LocalSystem> {
  const { paths, log } = options;
  let dynamo: LocalDynamo | undefined;
  if (!options.dynamo) {
    log({ level: 'info', msg: 'starting DynamoDB Local / 启动本地 DynamoDB' });
    dynamo = await startDynamoLocal({ dataDir: paths.dynamodb });
  }
  const endpoint = options.dynamo?.endpoint ?? dynamo!.endpoint;
  const tableName = options.dynamo?.tableName ?? TABLE.defaultName;
  // Handlers build their client from the environment at import, as in Lambda.
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = tableName;
  const store = createStore({ endpoint, tableName });
  await ensureTable(store);

  if (!(await getCenter(store, DEMO_CENTER_ID))) {
    log({ level: 'info', msg: 'loading the demo center / 载入示范中心' });
    let shown = 0;
    const demo = generateDemoCenter();
    const months = options.demoMonths;
    const records = months ? demo.records.filter((r) => months.includes(r.month)) : demo.records;
    const loaded = await loadCenter(store, { ...demo, records }, (written, total) => {
      if (written - shown >= total / 10 || written === total) {
        shown = written;
        log({ level: 'info', msg: `demo items ${written}/${total}` });
      }
    });
    log({ level: 'info', msg: 'demo center loaded', ...loaded });
  }

  const [
    { handler: submitRecord },
    { handler: readRecords },
    { handler: manageCenter },
    { handler: manageSelections },
    { handler: runScores },
    { handler: runSelections },
    { handler: readRoster },
    { handler: manageImports },
    { handler: readExports },
  ] = await Promise.all([
    import('#functions/submit-record'),
    import('#functions/read-records'),
    import('#functions/manage-center'),
    import('#functions/manage-selections'),
    import('#functions/run-scores'),
    import('#functions/run-selections'),
    import('#functions/read-roster'),
    import('#functions/manage-imports'),
    import('#functions/read-exports'),
  ]);

  let building: Promise<unknown> = Promise.resolve();
  const rebuildSite = async (centerId: string): Promise<void> => {
    const rebuild = building.then(() => publishSite(store, centerId, { publishedDir: paths.published, siteDir: paths.site }));
    building = rebuild.catch(() => undefined);
    const { documents, ms } = await rebuild;
    log({ level: 'info', msg: 'site rebuilt / 网站已重新生成', documents, ms: Math.round(ms) });
  };
  const scoreMonth = async (centerId: string, period: string): Promise<{ changed: boolean }> => {
    const outcome = await runScores({ centerId, period });
    if (outcome.changed) await rebuildSite(centerId);
    return { changed: outcome.changed };
  };
  const tickSelections = async (centerId: string, at?: string): Promise<{ published: number }> => {
    const outcome = await runSelections({ centerId, ...(at ? { at } : {}) });
    if (outcome.published > 0) await rebuildSite(centerId);
    return { published: outcome.published };
  };
  // What AWS does with the publish event: an act that published rebuilds the site, after the answer.
  const manageSelectionsAndRebuild: ApiHandler = async (event) => {
    const response = await manageSelections(event);
    const published = response.statusCode === 200 ? (JSON.parse(String(response.body)) as { published?: unknown[] }).published : undefined;
    const centerId = event.pathParameters?.center;
    if (published?.length && centerId) {
      rebuildSite(centerId).catch((error: unknown) => log({ level: 'error', msg: 'site rebuild failed', error: String(error) }));
    }
    return response;
  };

  // The score jobs that are due — the demo months, the last closed quarter, last month and
  // this month so far — then, with the scheduler on, the selections' tick; then one build of
  // the site. (Tests turn the scheduler off and tick the selections themselves.)
  for (const period of new Set<string>([...(options.demoMonths ?? DEMO_MONTHS), 'previous-quarter', 'previous-month', 'current-month'])) {
    await runScores({ centerId: DEMO_CENTER_ID, period });
  }
  if (options.scheduleEverySeconds > 0) await runSelections({ centerId: DEMO_CENTER_ID });
  await rebuildSite(DEMO_CENTER_ID);

  const issuer = await createDevIssuer(options.dynamo ? undefined : paths.issuerKeys);
  const server: Server = createGateway({
    handlers: {
      'submit-record': submitRecord,
      'read-records': readRecords,
      'manage-center': manageCenter,
      'manage-selections': manageSelectionsAndRebuild,
      'read-roster': readRoster,
      'manage-imports': manageImports,
      'read-exports': readExports,
    },
    issuer,
    siteDir: paths.site,
    log,
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  if (!options.dynamo) writeFileSync(paths.runtime, JSON.stringify({ url, endpoint, tableName }, null, 2));

  let timer: NodeJS.Timeout | undefined;
  if (options.scheduleEverySeconds > 0) {
    let running = false;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      scoreMonth(DEMO_CENTER_ID, 'current-month')
        .then(() => tickSelections(DEMO_CENTER_ID))
        .catch((error: unknown) => log({ level: 'error', msg: 'scheduled score run failed', error: String(error) }))
        .finally(() => (running = false));
    }, options.scheduleEverySeconds * 1000);
  }

  return {
    url,
    endpoint,
    store,
    issuer,
    scoreMonth,
    tickSelections,
    siteBuilt: () => building.then(() => undefined),
    async stop() {
      if (timer) clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await building;
      await dynamo?.stop();
    },
  };
}
