/** Where the local runtime keeps its state (all under `.data/`, never committed). */
import { join, resolve } from 'node:path';

export function localPaths(dataDir = process.env.DATA_DIR ?? '.data') {
  const root = resolve(dataDir);
  return {
    root,
    dynamodb: join(root, 'dynamodb'),
    issuerKeys: join(root, 'dev-issuer.json'),
    runtime: join(root, 'runtime.json'),
    published: join(root, 'published'),
    site: join(root, 'site'),
  };
}
export type LocalPaths = ReturnType<typeof localPaths>;
