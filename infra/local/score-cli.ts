/**
 * `npm run score -- --center demo --period 2026-11`: runs the score job for a period and
 * regenerates the site. With `--recount`, audits the period instead: recomputes the
 * aggregates from the raw records and reports any difference (exit code 1). Uses the
 * DynamoDB Local of a running `npm start`, or starts one on the same data.
 */
import { parseArgs } from 'node:util';
import { DEMO_CENTER_ID } from '../../shared/demo/demo-center.ts';
import { resolvePeriod, runScoresEvent } from '#functions/jobs/periods';
import { recountPeriod } from '#functions/jobs/recount';
import { createStore } from '#store/client';
import { connectLocal } from './connect.ts';
import { localPaths } from './paths.ts';
import { publishSite } from './publish-site.ts';

const { values } = parseArgs({
  options: {
    center: { type: 'string', default: DEMO_CENTER_ID },
    period: { type: 'string', default: 'current-month' },
    recount: { type: 'boolean', default: false },
  },
});
const parsed = runScoresEvent.safeParse({ centerId: values.center, period: values.period });
if (!parsed.success) {
  console.error('用法 Usage: npm run score -- --center demo --period 2026-10 | 2026-Q3 | 2026 | current-month | previous-month');
  console.error(parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const event = parsed.data;

const paths = localPaths();
const connection = await connectLocal(paths);
// The handler builds its client from the environment at import, as in Lambda.
const { handler } = await import('#functions/run-scores');
try {
  if (values.recount) {
    const period = resolvePeriod(event.period, new Date());
    const audit = await recountPeriod(createStore(), event.centerId, period, (recount, done, total) =>
      console.log(`[${done}/${total}] ${recount.month}: ${recount.subjects} subjects, ${recount.mismatches.length} differ`),
    );
    for (const month of audit.months) {
      for (const mismatch of month.mismatches) console.log(JSON.stringify({ month: month.month, ...mismatch }));
    }
    console.log(audit.agrees ? `${period}: recount equals the aggregates / 复核一致` : `${period}: recount differs / 复核不一致`);
    process.exitCode = audit.agrees ? 0 : 1;
  } else {
    await score();
  }
} finally {
  await connection.stop();
}

async function score(): Promise<void> {
  const outcome = await handler(event, (month, done, total) => console.log(`[${done}/${total}] ${month} scored`));
  console.log(`${outcome.period}: ${outcome.changed ? 'results published / 已发布' : 'unchanged, nothing written / 无变化'}`);
  if (outcome.changed) {
    const { documents, ms } = await publishSite(createStore(), outcome.centerId, { publishedDir: paths.published, siteDir: paths.site });
    console.log(`site rebuilt from ${documents} documents in ${(ms / 1000).toFixed(1)} s / 网站已重新生成`);
  }
}
