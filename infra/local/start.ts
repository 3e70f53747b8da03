/**
 * `npm start`: the whole system on this machine, on one origin, in development mode — the
 * demo center, a demo token per role. Ctrl-C stops everything. `npm start -- --no-demo` (or
 * `DEMO=0 npm start`) starts without the demo: an empty store, for a real center.
 *
 * The first start into an empty store loads the demo and replays its past through the API
 * (demo-history.ts), printing each step and how long it took; later starts find it there.
 *
 * `npm run serve` (or `NODE_ENV=production npm start`): production mode, configured from the
 * environment (serve-config.ts) — no demo, no development tokens, sign-in through the
 * center's OIDC issuer, TLS or a trusted reverse proxy, daily backups.
 */
import { DEMO_CENTER_ID } from '../../shared/demo/demo-center.ts';
import { demoClock, replayDemoHistory } from './demo-history.ts';
import { replaySecondCenter, serveSecondSite, serverUrl } from './demo-second-center.ts';
import { ROLE_NAMES, type Role } from '#core/roles';
import { localPaths } from './paths.ts';
import { type ServeConfig, isProduction, loadServeConfig } from './serve-config.ts';
import { startSystem } from './system.ts';

const started = performance.now();
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line: Record<string, unknown>): void => {
  if (line.level === 'error' || !('method' in line) || process.env.LOG_REQUESTS) console.log(JSON.stringify({ ...line, t: seconds() }));
};
const off = (name: string): boolean => ['0', 'false', 'no', 'off'].includes(String(process.env[name] ?? '').toLowerCase());
const withDemo = !process.argv.includes('--no-demo') && !off('DEMO');
// DEMO_HISTORY=0: the demo's records only, without its replayed past (a quicker start for tests of other things).
const withHistory = withDemo && !off('DEMO_HISTORY');
// The gateway's clock: the demo's past is replayed at its own instants, the rest is now.
const clock = demoClock();
// While a first start replays the demo's past, the scheduler's selection tick waits and the site is built once, after it.
let replaying = withHistory;
const fail = (error: unknown): never => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
};

let production: ServeConfig | undefined;
try {
  production = isProduction() ? loadServeConfig() : undefined;
} catch (error) {
  fail(error);
}

const paths = localPaths();
const port = production?.port ?? Number(process.env.PORT ?? 4321);
const system = await startSystem({
  paths,
  port,
  scheduleEverySeconds: production?.scoreEverySeconds ?? Number(process.env.SCORE_EVERY_SECONDS ?? 60),
  ...(production ? { production } : {}),
  demo: withDemo,
  holdSelections: () => replaying,
  gateway: { now: clock.now },
  log,
}).catch(fail);

if (system.demoLoaded && withHistory) {
  try {
    const replayed = await replayDemoHistory(system, clock, (message) => log({ level: 'info', msg: `demo history / 示范中心历史: ${message}` }));
    log({ level: 'info', msg: 'demo history replayed / 示范中心历史已生成', ...replayed });
  } catch (error) {
    // The records are loaded and served; a past that could not be replayed is said, not fatal.
    log({ level: 'error', msg: 'demo history not replayed / 示范中心历史未能生成', error: String(error) });
  }
  try {
    const second = await replaySecondCenter(system, clock, paths, (message) => log({ level: 'info', msg: `demo history / 示范中心历史: ${message}` }));
    log({ level: 'info', msg: 'second demo center loaded / 第二示范中心已生成', ...second });
  } catch (error) {
    log({ level: 'error', msg: 'second demo center not replayed / 第二示范中心未能生成', error: String(error) });
  }
}
replaying = false;
await system.publishHeld();

// The second demo center's own site (seed 002), on the next port (any free port with PORT=0).
const secondSite = production || !withHistory ? undefined : await serveSecondSite(paths, system.url, port === 0 ? 0 : port + 1).catch(fail);

const lines = ['', `  站点 Site:  ${system.url}/`];
if (secondSite) lines.push(`  第二示范中心 Second demo center (seed 002): ${serverUrl(secondSite)}/`);
if (production) {
  lines.push(
    `  接口 API:   ${system.url}/api/v1/centers/{center}/…`,
    `  健康 Health: ${system.url}/api/health`,
    `  ${system.engine.banner}`,
    `  登录 Sign-in: ${production.oidc.issuer} (client ${production.oidc.clientId})`,
  );
} else {
  const center = withDemo ? DEMO_CENTER_ID : '{center}';
  lines.push(`  接口 API:   ${system.url}/api/v1/centers/${center}/…`, `  ${system.engine.banner}`);
  if (!withDemo) lines.push('  无示范中心 No demo: an empty store (README: “Create a real center”).');
  lines.push('', '  演示令牌 Demo tokens (Authorization: Bearer …):');
  const demoPrincipals: { role: Role; subject: string; windowId?: string; officerId?: string }[] = [
    { role: 'device', subject: 'device-w01', windowId: 'w01' },
    { role: 'clerk', subject: 'clerk-w01', windowId: 'w01' },
    { role: 'head', subject: 'head-w01', windowId: 'w01' },
    { role: 'supervisor', subject: 'supervisor-1' },
    { role: 'panel', subject: 'panel-1' },
    { role: 'admin', subject: 'admin-1' },
    // An officer's own account: o001 (of w01) sees their own months at /console/me/.
    { role: 'officer', subject: 'officer-o001', officerId: 'o001' },
  ];
  for (const principal of demoPrincipals) {
    const token = await system.issuer.sign({ ...principal, centerId: withDemo ? DEMO_CENTER_ID : (process.env.CENTER ?? DEMO_CENTER_ID) });
    const scope = principal.windowId ? ` ${principal.windowId}` : principal.officerId ? ` ${principal.officerId}` : '';
    lines.push(`  ${principal.role}${scope} (${ROLE_NAMES[principal.role].zh}):`, `    ${token}`);
  }
}
lines.push('', `  就绪 Ready after ${seconds()}.`, '  Ctrl-C 停止 / stops everything.', '');
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\n  stopping… / 正在停止…');
    secondSite?.close();
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
