/** One site build in a fresh process, as CodeBuild runs it: `site-build-child.ts <publishedDir> <outDir>`. */
import { buildSite } from '../../site/build.ts';

const [publishedDir, outDir] = process.argv.slice(2);
if (!publishedDir || !outDir) throw new Error('usage: site-build-child.ts <publishedDir> <outDir>');
const { ms } = await buildSite({ publishedDir, outDir });
console.log(JSON.stringify({ ms }));
