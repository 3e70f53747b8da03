/**
 * The second demo center (第二示范中心), on the seed 002 preset (最佳服务窗口, monthly): a
 * roster and July–October 2026 of records generated from a seed of its own, loaded as the
 * first is, its rulebook set by its admin through the API, its months scored by the score
 * job, and its monthly best windows selected through the API and the tick — July to
 * September to their final lists at the instants the demo's calendar gives them, October's
 * notice published at the time of the start, so a notice is running, with its objection
 * form, whenever the demo is first started.
 *
 * One public site per center (as one CloudFront site per stack in AWS): the second center's
 * is built beside the first and served on a port of its own, which passes `/api/…`,
 * `/auth/…` and `/_dev/…` to the system's gateway.
 */
import { existsSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { SEED_002_MONTHLY_ASSESSMENT } from '#core/rulebook/presets/seed-002-monthly-assessment';
import type { Role } from '#core/roles';
import { SECURITY_HEADERS } from '#core/security-headers';
import { getCenter } from '#store/center';
import { loadCenter } from '#store/demo-loader';
import { generateDemoCenter } from '../../shared/demo/demo-center.ts';
import { demoCaller } from './demo-api.ts';
import type { DemoClock } from './demo-history.ts';
import type { LocalPaths } from './paths.ts';
import { publishSite } from './publish-site.ts';
import type { LocalSystem } from './system.ts';

export const SECOND_CENTER_ID = 'demo-seed002';
const SECOND_SEED = 20260802;
const HONOR = 'best-windows';
/** The months loaded; the first three end their notices, the last is on notice now. */
export const SECOND_MONTHS = ['2026-07', '2026-08', '2026-09', '2026-10'] as const;

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const monthAfter = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export const secondSitePaths = (paths: LocalPaths) => ({ publishedDir: `${paths.published}-${SECOND_CENTER_ID}`, siteDir: `${paths.site}-${SECOND_CENTER_ID}` });

export async function replaySecondCenter(
  system: Pick<LocalSystem, 'url' | 'issuer' | 'store' | 'tickSelections' | 'scoreMonth'>,
  clock: DemoClock,
  paths: LocalPaths,
  progress: (message: string) => void = () => undefined,
): Promise<{ finals: string[]; onNotice: string | undefined }> {
  if (await getCenter(system.store, SECOND_CENTER_ID)) return { finals: [], onNotice: undefined };
  progress(`${SECOND_CENTER_ID}: 载入第二示范中心 / loading the second demo center (seed 002)`);
  const demo = generateDemoCenter(SECOND_SEED);
  const center = {
    ...demo.center,
    centerId: SECOND_CENTER_ID,
    name: '示范县便民服务中心',
    nameEn: 'Demo County Citizen Service Center',
    address: '示范县人民路 8 号便民服务中心大厅',
    phone: '0000-96000',
  };
  const months: readonly string[] = SECOND_MONTHS;
  await loadCenter(system.store, { ...demo, center, records: demo.records.filter((r) => months.includes(r.month)) });

  const tokens = new Map<Role, string>();
  for (const role of ['supervisor', 'panel', 'admin'] as const) tokens.set(role, await system.issuer.sign({ role, subject: `${role}-1`, centerId: SECOND_CENTER_ID }));
  const call = demoCaller(system.url, SECOND_CENTER_ID, 'second demo center');
  const api = async (method: string, path: string, role: Role, body?: unknown): Promise<any> => (await call(tokens.get(role)!, method, path, body)).answer;

  const { hash: _hash, ...rulebook } = SEED_002_MONTHLY_ASSESSMENT;
  await api('PUT', '/rulebook', 'admin', rulebook);
  for (const month of months) await system.scoreMonth(SECOND_CENTER_ID, month);

  /** Assessed and proposed by the same steps as the daily tick; the notice published. */
  const toNotice = async (month: string): Promise<{ end: string }> => {
    const path = `/selections/${HONOR}/${month}`;
    await api('POST', `${path}/acts`, 'supervisor', { action: 'advance' });
    for (let step = 0; step < 8; step++) {
      const flow = await api('GET', path, 'supervisor');
      if (flow.state !== 'assessed') break;
      if (flow.tie) await api('POST', `${path}/acts`, 'panel', { action: 'decide-tie', chosen: flow.tie.subjectIds.slice(0, flow.tie.places), reason: '考核小组集体研究，按当月服务实绩决定' });
      else await api('POST', `${path}/acts`, 'supervisor', { action: 'advance' });
    }
    await api('POST', `${path}/acts`, 'supervisor', { action: 'publish-notice' });
    return (await api('GET', path, 'supervisor')).notice;
  };

  const finals: string[] = [];
  try {
    for (const month of months.slice(0, -1)) {
      progress(`${SECOND_CENTER_ID}: ${month} 最佳服务窗口 / best windows to the final list`);
      clock.pin(`${monthAfter(month)}-15T09:30:00+08:00`);
      const { end } = await toNotice(month);
      clock.pin(undefined);
      if ((await system.tickSelections(SECOND_CENTER_ID, `${nextDay(end)}T00:30:00+08:00`)).published > 0) finals.push(month);
    }
  } finally {
    clock.pin(undefined);
  }
  const last = months.at(-1)!;
  progress(`${SECOND_CENTER_ID}: ${last} 最佳服务窗口公示 / best windows on notice from today`);
  await toNotice(last);
  await publishSite(system.store, SECOND_CENTER_ID, secondSitePaths(paths));
  return { finals, onNotice: last };
}

/**
 * The second center's site on a port of its own: its pages from its folder, everything
 * else (the API its forms post to, sign-in, development tokens) passed to the gateway.
 */
export async function serveSecondSite(paths: LocalPaths, gatewayUrl: string, port: number): Promise<Server | undefined> {
  const { siteDir } = secondSitePaths(paths);
  if (!existsSync(siteDir)) return undefined;
  const site = sirv(siteDir, { dev: true, extensions: ['html'] });
  const target = new URL(gatewayUrl);
  const pass = (req: IncomingMessage, res: ServerResponse): void => {
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (/^\/(api|auth|_dev)\//.test(path)) return pass(req, res);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    site(req, res, () => {
      res.statusCode = 404;
      res.end('404');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

export const serverUrl = (server: Server): string => `http://localhost:${(server.address() as AddressInfo).port}`;
