/**
 * `npm run site:publish -- --from-table honor-board --center demo --out dist`: the public
 * site of a center, built from the published documents in the table — the site build's
 * step in AWS (CodeBuild, infra/cdk/publishing.ts), and runnable against DynamoDB Local
 * (`--endpoint`, or DYNAMODB_ENDPOINT). The same export and the same Astro build as
 * `npm start`'s rebuilds (infra/local/publish-site.ts). With `AUTH_ISSUER` and
 * `AUTH_CLIENT_ID` set, it writes `auth/config.json`, the staff sign-in's configuration.
 * Reads only the center's published partition.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { centerId as centerIdSchema } from '#core/records/common';
import { type Store, createStore } from '#store/client';
import { exportPublished } from '../local/publish-site.ts';
import { buildSite } from '../../site/build.ts';

export interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
}

/** Builds the center's site into `outDir` (emptied first); the number of documents it was built from. */
export async function publishFromTable(
  store: Store,
  options: { readonly centerId: string; readonly outDir: string; readonly signIn?: SignInConfig },
): Promise<{ documents: number; ms: number }> {
  const publishedDir = mkdtempSync(join(tmpdir(), 'honor-board-published-'));
  try {
    const documents = await exportPublished(store, options.centerId, publishedDir);
    if (documents === 0) throw new Error(`中心 ${options.centerId} 没有已发布的文档 / center ${options.centerId} has no published documents`);
    const { ms } = await buildSite({ publishedDir, outDir: options.outDir });
    if (options.signIn) {
      const file = join(options.outDir, 'auth', 'config.json');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(options.signIn)}\n`);
    }
    return { documents, ms };
  } finally {
    rmSync(publishedDir, { recursive: true, force: true });
  }
}

/** The sign-in configuration from the environment the stack gives the build, or undefined when it has none. */
export function signInFromEnv(env: NodeJS.ProcessEnv): SignInConfig | undefined {
  const { AUTH_ISSUER: issuer, AUTH_CLIENT_ID: clientId, AUTH_SCOPE: scope = 'openid profile' } = env;
  return issuer && clientId ? { issuer, clientId, scope } : undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'from-table': { type: 'string' },
      center: { type: 'string' },
      out: { type: 'string' },
      endpoint: { type: 'string' },
    },
  });
  const usage = '用法 Usage: npm run site:publish -- --from-table TABLE --center CENTER --out DIR [--endpoint http://127.0.0.1:8000]';
  const center = centerIdSchema.safeParse(values.center);
  if (!values['from-table'] || !values.out || !center.success) {
    console.error(usage);
    process.exit(2);
  }
  const store = createStore({ tableName: values['from-table'], ...(values.endpoint ? { endpoint: values.endpoint } : {}) });
  const signIn = signInFromEnv(process.env);
  const outDir = resolve(values.out);
  const { documents, ms } = await publishFromTable(store, { centerId: center.data, outDir, ...(signIn ? { signIn } : {}) });
  console.log(`网站已生成 Site built: ${documents} documents → ${outDir} (${ms} ms)${signIn ? `, sign-in at ${signIn.issuer}` : ''}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
