/**
 * The scheduled jobs' loop over the centers: every center listed in the table
 * (shared/store/center-list.ts), one after another, so a new center is run from its first
 * night without a redeploy.
 */
import { listCenterIds } from '#store/center-list';
import type { Store } from '#store/client';

/**
 * Runs `job` for every listed center. A center that fails does not stop the others; the run
 * then fails as a whole (Lambda retries it, and an unchanged center writes nothing again),
 * and the error log and alarm name the centers.
 */
export async function forEveryCenter<T>(store: Store, job: (centerId: string) => Promise<T>): Promise<T[]> {
  const centerIds = await listCenterIds(store);
  const done: T[] = [];
  const failed: string[] = [];
  for (const centerId of centerIds) {
    try {
      done.push(await job(centerId));
    } catch (error) {
      failed.push(centerId);
      console.error(JSON.stringify({ level: 'error', msg: 'center run failed', centerId, error: String((error as Error)?.stack ?? error) }));
    }
  }
  if (failed.length) throw new Error(`中心运行失败 / runs failed for: ${failed.join(', ')}`);
  return done;
}
