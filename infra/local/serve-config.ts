/**
 * The configuration of production mode (`npm run serve`, or `NODE_ENV=production npm
 * start`), from the environment — a systemd unit's `EnvironmentFile`. Checked whole at
 * start: a misconfigured server refuses to start and names every setting that is wrong,
 * in both languages.
 */
import { existsSync } from 'node:fs';
import * as z from 'zod';

export const isProduction = (env: NodeJS.ProcessEnv = process.env): boolean => env.NODE_ENV === 'production';

export interface OidcConfig {
  /** The issuer URL (`iss` of its tokens; its discovery document is under it). */
  readonly issuer: string;
  readonly clientId: string;
  /** The audience tokens must carry; when absent, `aud` holds the client id or `azp`/`client_id` is it. */
  readonly audience?: string;
  /** What the site asks for at sign-in. */
  readonly scope: string;
  /** Claim names (a dotted path reaches into an object: Keycloak's `realm_access.roles`). */
  readonly claims: { readonly roles: string; readonly center: string; readonly window: string; readonly officer: string };
}

export interface ServeConfig {
  readonly host: string;
  readonly port: number;
  /** The center's certificate and key (PEM files); absent behind a reverse proxy that ends TLS. */
  readonly tls?: { readonly certFile: string; readonly keyFile: string };
  /** Addresses of the reverse proxies whose `X-Forwarded-For` is believed; no one else's is. */
  readonly trustedProxies: readonly string[];
  readonly oidc: OidcConfig;
  /** Seconds between scheduler ticks (scores of every center, selections); 0 turns it off. */
  readonly scoreEverySeconds: number;
  readonly backup: { readonly everyHours: number; readonly keep: number };
  /** The center whose public site is built and served. */
  readonly siteCenter?: string;
}

const optional = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));
/** A whole number from `min` to `max`, or `fallback` when unset. */
const wholeOrUnset = (min: number, max?: number) =>
  optional
    .refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= min && Number(s) <= (max ?? Number.MAX_SAFE_INTEGER)), {
      message:
        max === undefined ? `a whole number of at least ${min} / 须为不小于 ${min} 的整数` : `a whole number from ${min} to ${max} / 须为 ${min} 到 ${max} 的整数`,
    })
    .transform((s) => (s === undefined ? undefined : Number(s)));
const whole = (fallback: number, min: number) => wholeOrUnset(min).transform((n) => n ?? fallback);

const schema = z
  .object({
    HOST: optional.transform((s) => s ?? '0.0.0.0'),
    PORT: wholeOrUnset(0, 65535),
    TLS_CERT_FILE: optional,
    TLS_KEY_FILE: optional,
    TRUSTED_PROXIES: optional.transform((s) => (s ?? '').split(',').map((a) => a.trim()).filter(Boolean)),
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'OIDC_ISSUER must be the issuer URL / OIDC_ISSUER 须为身份提供方的 URL' }),
    OIDC_CLIENT_ID: z.string({ error: 'OIDC_CLIENT_ID is required / 须设置 OIDC_CLIENT_ID' }).trim().min(1, 'OIDC_CLIENT_ID is required / 须设置 OIDC_CLIENT_ID'),
    OIDC_AUDIENCE: optional,
    OIDC_SCOPE: optional.transform((s) => s ?? 'openid profile'),
    OIDC_ROLES_CLAIM: optional.transform((s) => s ?? 'roles'),
    OIDC_CENTER_CLAIM: optional.transform((s) => s ?? 'center_id'),
    OIDC_WINDOW_CLAIM: optional.transform((s) => s ?? 'window_id'),
    // An officer's own account: the officer it reads.
    OIDC_OFFICER_CLAIM: optional.transform((s) => s ?? 'officer_id'),
    SCORE_EVERY_SECONDS: whole(300, 0),
    BACKUP_EVERY_HOURS: whole(24, 0),
    BACKUP_KEEP: whole(14, 1),
    SITE_CENTER: optional,
  });

/** Every setting production mode reads (the engine's and the data folder's included). */
export const SERVE_SETTINGS: readonly string[] = [...Object.keys(schema.shape), 'NODE_ENV', 'STORE', 'DATA_DIR'];

/** The checks across settings, on the raw environment (so they are reported beside the others). */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const value = (name: string): string => env[name]?.trim() ?? '';
  const problems: string[] = [];
  const [cert, key] = [value('TLS_CERT_FILE'), value('TLS_KEY_FILE')];
  if (Boolean(cert) !== Boolean(key)) problems.push('TLS_CERT_FILE: TLS_CERT_FILE and TLS_KEY_FILE go together / TLS_CERT_FILE 与 TLS_KEY_FILE 须同时设置');
  for (const [name, file] of [['TLS_CERT_FILE', cert], ['TLS_KEY_FILE', key]] as const) {
    if (file && !existsSync(file)) problems.push(`${name}: ${file} does not exist / 文件不存在`);
  }
  // Plain HTTP is only for a reverse proxy in front (which ends TLS) or this machine alone.
  const host = value('HOST') || '0.0.0.0';
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  if (!cert && !value('TRUSTED_PROXIES') && !loopback) {
    problems.push(
      'TLS_CERT_FILE: serving on the network needs TLS (TLS_CERT_FILE, TLS_KEY_FILE) or a reverse proxy (TRUSTED_PROXIES, and HOST=127.0.0.1 if it runs here) / ' +
        '对外服务须配置 TLS 证书（TLS_CERT_FILE、TLS_KEY_FILE）或反向代理（TRUSTED_PROXIES）',
    );
  }
  return problems;
}

export class ServeConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(['production mode is not configured / 生产模式配置有误:', ...problems.map((p) => `  - ${p}`)].join('\n'));
    this.name = 'ServeConfigError';
    this.problems = problems;
  }
}

export function loadServeConfig(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const parsed = schema.safeParse(env);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)), ...crossChecks(env)];
  if (!parsed.success || problems.length > 0) throw new ServeConfigError(problems);
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT ?? (e.TLS_CERT_FILE ? 443 : 8080),
    ...(e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { tls: { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE } } : {}),
    trustedProxies: e.TRUSTED_PROXIES,
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      ...(e.OIDC_AUDIENCE ? { audience: e.OIDC_AUDIENCE } : {}),
      scope: e.OIDC_SCOPE,
      claims: { roles: e.OIDC_ROLES_CLAIM, center: e.OIDC_CENTER_CLAIM, window: e.OIDC_WINDOW_CLAIM, officer: e.OIDC_OFFICER_CLAIM },
    },
    scoreEverySeconds: e.SCORE_EVERY_SECONDS,
    backup: { everyHours: e.BACKUP_EVERY_HOURS, keep: e.BACKUP_KEEP },
    ...(e.SITE_CENTER ? { siteCenter: e.SITE_CENTER } : {}),
  };
}
