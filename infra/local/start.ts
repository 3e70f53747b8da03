/**
 * `npm start`: the whole system on this machine, on one origin, in development mode — the
 * demo center, a demo token per role. Ctrl-C stops everything.
 *
 * `npm run serve` (or `NODE_ENV=production npm start`): production mode, configured from the
 * environment (serve-config.ts) — no demo, no development tokens, sign-in through the
 * center's OIDC issuer, TLS or a trusted reverse proxy, daily backups.
 */
import { DEMO_CENTER_ID } from '../../shared/demo/demo-center.ts';
import { ROLE_NAMES, type Role } from '#core/roles';
import { localPaths } from './paths.ts';
import { type ServeConfig, isProduction, loadServeConfig } from './serve-config.ts';
import { startSystem } from './system.ts';

const log = (line: Record<string, unknown>): void => {
  if (line.level === 'error' || !('method' in line) || process.env.LOG_REQUESTS) console.log(JSON.stringify(line));
};
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

const system = await startSystem({
  paths: localPaths(),
  port: production?.port ?? Number(process.env.PORT ?? 4321),
  scheduleEverySeconds: production?.scoreEverySeconds ?? Number(process.env.SCORE_EVERY_SECONDS ?? 60),
  ...(production ? { production } : {}),
  log,
}).catch(fail);

const lines = ['', `  站点 Site:  ${system.url}/`];
if (production) {
  lines.push(
    `  接口 API:   ${system.url}/api/v1/centers/{center}/…`,
    `  健康 Health: ${system.url}/api/health`,
    `  ${system.engine.banner}`,
    `  登录 Sign-in: ${production.oidc.issuer} (client ${production.oidc.clientId})`,
  );
} else {
  lines.push(`  接口 API:   ${system.url}/api/v1/centers/${DEMO_CENTER_ID}/…`, `  ${system.engine.banner}`, '', '  演示令牌 Demo tokens (Authorization: Bearer …):');
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
    const token = await system.issuer.sign({ ...principal, centerId: DEMO_CENTER_ID });
    const scope = principal.windowId ? ` ${principal.windowId}` : principal.officerId ? ` ${principal.officerId}` : '';
    lines.push(`  ${principal.role}${scope} (${ROLE_NAMES[principal.role].zh}):`, `    ${token}`);
  }
}
lines.push('', '  Ctrl-C 停止 / stops everything.', '');
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\n  stopping… / 正在停止…');
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
