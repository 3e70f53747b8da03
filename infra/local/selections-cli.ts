/**
 * `npm run selections -- --center demo [--at 2026-12-10]`: the daily selection tick, as the
 * scheduler runs it each morning — on today, or on the day named (to see where a selection
 * stands after a notice has run its course). Prints every selection's state and what it
 * waits for, and regenerates the site when something was published.
 */
import { parseArgs } from 'node:util';
import { instantOf } from '#core/records/common';
import { createStore } from '#store/client';
import { DEMO_CENTER_ID } from '../../shared/demo/demo-center.ts';
import { connectLocal } from './connect.ts';
import { localPaths } from './paths.ts';
import { publishSite } from './publish-site.ts';

const { values } = parseArgs({ options: { center: { type: 'string', default: DEMO_CENTER_ID }, at: { type: 'string' } } });
if (values.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.at)) {
  console.error('用法 Usage: npm run selections -- --center demo [--at YYYY-MM-DD]');
  process.exit(2);
}
const paths = localPaths();
const connection = await connectLocal(paths);
const { handler } = await import('#functions/run-selections');
try {
  // Just after 09:00 Beijing time on the day named, as a morning's tick.
  const run = await handler({ centerId: values.center, ...(values.at ? { at: instantOf(values.at, '09:00') } : {}) });
  for (const s of run.selections) {
    const waiting = s.waiting ? ` — ${s.waiting.zh} / ${s.waiting.en}` : '';
    console.log(`${s.honorId} ${s.period}: ${s.state}${s.changed ? ' (advanced / 已推进)' : ''}${waiting}`);
  }
  if (run.selections.length === 0) console.log('no selection is due / 暂无到期的评选');
  if (run.published > 0) {
    const { documents, ms } = await publishSite(createStore(), run.centerId, { publishedDir: paths.published, siteDir: paths.site });
    console.log(`site rebuilt from ${documents} documents in ${(ms / 1000).toFixed(1)} s / 网站已重新生成`);
  }
} finally {
  await connection.stop();
}
