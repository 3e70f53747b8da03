/**
 * The whole system on one machine: the store (the embedded SQLite file by default, or
 * DynamoDB Local), the demo center, the score jobs that are due, the site and the gateway —
 * the same handlers Lambda runs.
 *
 * Two modes. Development (`npm start`): the demo center, a development issuer that signs a
 * token for any role (`/_dev/token`), this machine only. Production (`npm run serve`,
 * `ServeConfig`): no demo, sign-in through the center's OIDC issuer, TLS or a trusted
 * reverse proxy, every center in the store scheduled, daily backups.
 */
import { writeFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { DEMO_CENTER_ID, DEMO_MONTHS, generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { type Store, createStore } from '#store/client';
import { getCenter } from '#store/center';
import { listCenterIds } from '#store/center-list';
import { ensureTable } from '#store/create-table';
import { rekeyFactsTypeFirst } from '#store/fact-layout';
import { loadCenter } from '#store/demo-loader';
import type { ItemStore } from '#store/port';
import { scheduleBackups } from './backup.ts';
import { type DevIssuer, createDevIssuer } from './dev-issuer.ts';
import { type Engine, type OpenEngine, engineFrom, openEngine } from './engine.ts';
import { type ApiHandler, type GatewayOptions, createGateway } from './gateway.ts';
import { createOidcVerifier } from './oidc.ts';
import type { LocalPaths } from './paths.ts';
import { clientAddress, createSystemServer, withSystemRoutes } from './production.ts';
import { publishSite } from './publish-site.ts';
import type { ServeConfig } from './serve-config.ts';

export interface SystemOptions {
  readonly paths: LocalPaths;
  /** The engine; `STORE` (or the default) when absent. */
  readonly engine?: Engine;
  /** Attach to a running DynamoDB Local (tests: the run's instance, a table of their own). */
  readonly dynamo?: { readonly endpoint: string; readonly tableName: string };
  readonly port: number;
  /** Load only these months of the demo (tests: a smaller load); all of it by default. */
  readonly demoMonths?: readonly string[];
  /** False: development mode without the demo center (`npm start -- --no-demo`, `DEMO=0`). */
  readonly demo?: boolean;
  /** Seconds between local scheduler ticks; 0 turns the scheduler off. */
  readonly scheduleEverySeconds: number;
  /**
   * True while the caller replays the demo's past (start.ts). On the start that loaded the
   * demo, meanwhile, the scheduler does not tick selections at the real time — it would take
   * steps of the replayed selections at today's date, before the replay's earlier instants —
   * and the site is not rebuilt after every publication but once, by `publishHeld`.
   */
  readonly holdSelections?: () => boolean;
  /** Production mode, configured; development mode when absent. */
  readonly production?: ServeConfig;
  readonly log: (line: Record<string, unknown>) => void;
  /** Gateway settings tests pin: the request clock, the public rate limit, the caller's address. */
  readonly gateway?: Pick<GatewayOptions, 'now' | 'publicRateLimit' | 'clientAddress'>;
}

export interface LocalSystem {
  readonly url: string;
  readonly engine: OpenEngine;
  /** DynamoDB Local's address (engine dynamodb-local). */
  readonly endpoint: string | undefined;
  readonly store: Store;
  /** The demo center was loaded by this start (an empty store): its past is still to replay. */
  readonly demoLoaded: boolean;
  /** The development issuer; in production mode it signs nothing (the center's OIDC issuer does). */
  readonly issuer: Pick<DevIssuer, 'sign' | 'verify'>;
  /** Scores the month, and republishes the site if anything changed. */
  scoreMonth(centerId: string, period: string): Promise<{ changed: boolean }>;
  /** The daily selection tick at `at` (now by default); the site is rebuilt when it published. */
  tickSelections(centerId: string, at?: string): Promise<{ published: number }>;
  /** Resolves when every site rebuild asked for so far has finished. */
  siteBuilt(): Promise<void>;
  /** Builds the site once if rebuilds waited while `holdSelections` held (a first start's replay). */
  publishHeld(): Promise<void>;
  stop(): Promise<void>;
}

const noDevTokens: DevIssuer['sign'] = () =>
  Promise.reject(new Error('production mode signs no tokens: sign in through the OIDC issuer / 生产模式不签发令牌，请通过统一身份认证登录'));

export async function startSystem(options: SystemOptions): Promise<LocalSystem> {
  const { paths, log, production } = options;
  const engine = await openEngine(options.dynamo ? 'dynamodb-local' : (options.engine ?? engineFrom()), paths, options.dynamo ?? {});
  log({ level: 'info', msg: `store / 存储: ${engine.banner}` });
  // Handlers build their store from the environment openEngine set, at import, as in Lambda.
  const store = createStore(options.dynamo ?? {});
  if (engine.engine === 'dynamodb-local') await ensureTable(store);
  // A table an earlier version wrote keeps its facts keyed subject first: rekeyed once, here.
  const rekeyed = await rekeyFactsTypeFirst(store, new Date(), (line) => log({ level: 'info', msg: line }));
  if (rekeyed && rekeyed.items > 0) log({ level: 'info', msg: 'facts rekeyed type first / 事实条目已改为按类型排序', ...rekeyed });

  const withDemo = !production && options.demo !== false;
  let demoLoaded = false;
  const held = (): boolean => demoLoaded && (options.holdSelections?.() ?? false);
  if (withDemo && !(await getCenter(store, DEMO_CENTER_ID))) {
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
    demoLoaded = true;
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

  /** The centers the scheduler runs for: the demo in development, every center in production. */
  const centers = async (): Promise<string[]> => {
    return production ? listCenterIds(store) : withDemo ? [DEMO_CENTER_ID] : listCenterIds(store);
  };
  /** The center whose public site is built: the configured one, or the only one. */
  const siteCenter = async (): Promise<string | undefined> => {
    if (!production && withDemo) return DEMO_CENTER_ID;
    if (production?.siteCenter) return production.siteCenter;
    const all = await centers();
    return all.length === 1 ? all[0] : undefined;
  };

  let building: Promise<unknown> = Promise.resolve();
  let heldSite: string | undefined;
  const rebuildSite = async (centerId: string): Promise<void> => {
    if (centerId !== (await siteCenter())) return;
    if (held()) return void (heldSite = centerId);
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

  // The score jobs that are due — in development the demo months too, for every center the
  // last closed quarter, last month and this month so far — then, with the scheduler on,
  // the selections' tick; then one build of the site. (Tests turn the scheduler off and
  // tick the selections themselves.)
  const duePeriods = ['previous-quarter', 'previous-month', 'current-month'];
  for (const centerId of await centers()) {
    const periods = production || !withDemo ? duePeriods : [...(options.demoMonths ?? DEMO_MONTHS), ...duePeriods];
    for (const period of new Set(periods)) await runScores({ centerId, period });
    if (options.scheduleEverySeconds > 0 && !held()) await runSelections({ centerId });
  }
  const shown = await siteCenter();
  if (shown && (await getCenter(store, shown))) await rebuildSite(shown);

  const oidc = production ? createOidcVerifier(production.oidc) : undefined;
  const devIssuer = production ? undefined : await createDevIssuer(options.dynamo ? undefined : paths.issuerKeys);
  const issuer: Pick<DevIssuer, 'sign' | 'verify'> = devIssuer ?? { sign: noDevTokens, verify: (token) => oidc!.verify(token) };
  const gateway = createGateway({
    handlers: {
      'submit-record': submitRecord,
      'read-records': readRecords,
      'manage-center': manageCenter,
      'manage-selections': manageSelectionsAndRebuild,
      'read-roster': readRoster,
      'manage-imports': manageImports,
      'read-exports': readExports,
    },
    // Production: the OIDC verifier alone, which cannot sign, so the gateway has no /_dev/token.
    issuer: oidc ?? devIssuer!,
    ...(production ? { clientAddress: (req) => clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], production.trustedProxies) } : {}),
    siteDir: paths.site,
    log,
    ...options.gateway,
  });
  // The gateway's request handling, served with the system routes in front (over TLS when configured).
  const listener = gateway.listeners('request')[0] as RequestListener;
  const server: Server = createSystemServer(
    withSystemRoutes(listener, {
      production: production !== undefined,
      // One read through the same store the handlers use: the database answers, or it does not.
      health: { engine: engine.engine, probe: () => getCenter(store, '~health') },
      ...(oidc ? { authConfig: oidc.siteConfig } : {}),
    }),
    production?.tls,
  );
  const host = production?.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = production
    ? `${production.tls ? 'https' : 'http'}://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`
    : `http://localhost:${port}`;
  // The development issuer is named by the origin the browser reaches it at, as the site's sign-in discovers it.
  devIssuer?.useOrigin(url);
  if (!options.dynamo) writeFileSync(paths.runtime, JSON.stringify({ url, engine: engine.engine, endpoint: engine.endpoint, file: engine.file, tableName: process.env.TABLE_NAME }, null, 2));

  let timer: NodeJS.Timeout | undefined;
  if (options.scheduleEverySeconds > 0) {
    let running = false;
    timer = setInterval(() => {
      if (running || held()) return;
      running = true;
      (async () => {
        for (const centerId of await centers()) {
          await scoreMonth(centerId, 'current-month');
          await tickSelections(centerId);
        }
      })()
        .catch((error: unknown) => log({ level: 'error', msg: 'scheduled score run failed', error: String(error) }))
        .finally(() => (running = false));
    }, options.scheduleEverySeconds * 1000);
  }
  const stopBackups =
    production && engine.file
      ? scheduleBackups({ from: engine.file, dir: paths.backups, keep: production.backup.keep, everyHours: production.backup.everyHours, log })
      : () => undefined;

  return {
    url,
    engine,
    endpoint: engine.endpoint,
    store,
    demoLoaded,
    issuer,
    scoreMonth,
    tickSelections,
    siteBuilt: () => building.then(() => undefined),
    async publishHeld() {
      const centerId = heldSite;
      heldSite = undefined;
      if (centerId) await rebuildSite(centerId);
    },
    async stop() {
      if (timer) clearInterval(timer);
      stopBackups();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await building;
      await engine.stop();
    },
  };
}
