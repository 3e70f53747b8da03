/**
 * A correction of a published month republishes it with a visible 更正 note (issue #12,
 * item 1), through the local gateway and the score run: a late rating for October 2026 is
 * refused after the month closed, a supervisor's correction of one rating is accepted, and
 * the score run republishes October with the note — date, record, reason and each moved
 * figure before → after — on the public month page and in its CSV.
 *
 * Every clock in the process is pinned (only `Date` is faked, and it runs on from Monday
 * 2026-11-16 10:00 Beijing time): October closed at the end of Friday 2026-11-06 (its last
 * day, Sat 10-31, plus 5 working days 11-02 … 11-06), so the start-up score run publishes it
 * as closed, and the correction is filed after that publication — as on a real server, where
 * the gateway and the score run read one clock.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { windowSubject } from '#core/aggregates';
import { type Points, div, format2, fraction, fromExact, sub } from '#core/points';
import type { MonthlyEvaluation } from '#core/published';
import { getPublished } from '#store/published';
import { listWindowMonthRecords } from '#store/records';
import { listResults } from '#store/results';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../support/system.ts';

const MONTH = '2026-10';
const REASON = '复核评价器录像：该笔评价群众实际选择“不满意”，设备误记为“满意”';
let system: LocalSystem;
const tokens: Record<'device' | 'supervisor', string> = { device: '', supervisor: '' };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-16T10:00:00+08:00'), shouldAdvanceTime: true });
  system = await startTestSystem([MONTH]);
  tokens.device = await system.issuer.sign({ role: 'device', subject: 'device-w01', centerId: 'demo', windowId: 'w01' });
  tokens.supervisor = await system.issuer.sign({ role: 'supervisor', subject: 'supervisor-1', centerId: 'demo' });
}, 300_000);
afterAll(async () => {
  await system?.stop();
  vi.useRealTimers();
});

const post = async (segment: string, body: unknown, token: string) => {
  const response = await fetch(`${system.url}/api/v1/centers/demo/${segment}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

const october = async (): Promise<MonthlyEvaluation> => {
  const doc = await getPublished(system.store, 'demo', `monthly-evaluation#${MONTH}`);
  if (doc?.kind !== 'monthly-evaluation') throw new Error('October is not published');
  return doc;
};

/** w01's stored October score and component, exact, and its valid ratings E. */
const w01Result = async (): Promise<{ score: Points; component: Points; valid: number }> => {
  const [item] = await listResults(system.store, 'demo', MONTH, `MS#${windowSubject('w01')}`);
  const evaluation = item?.electronicEvaluation as { component: string; valid: number } | undefined;
  if (!item || !evaluation) throw new Error('w01 has no October score');
  return { score: fromExact(String(item.score)), component: fromExact(evaluation.component), valid: evaluation.valid };
};

describe('a correction of a closed, published month', () => {
  it('refuses the late rating, accepts the correction, and republishes October with the 更正 note', async () => {
    const published = await october();
    expect(published.state).toBe('closed');
    expect(published.corrections).toBeUndefined();

    const late = await post('evaluations', { windowId: 'w01', ratedAt: '2026-10-09T10:00:00+08:00', scale: 'two-level', rating: '不满意' }, tokens.device);
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'periodClosed', month: MONTH, closedOn: '2026-11-06', correctionRoute: 'POST /api/v1/centers/demo/corrections' });

    const ratings = await listWindowMonthRecords(system.store, 'demo', 'w01', MONTH, 'evaluation');
    const rating = ratings.find((r) => r.body.rating === '满意' && !r.supersededBy);
    if (!rating) throw new Error('w01 has a satisfied rating in October');
    const before = await w01Result();
    const corrected = await post('corrections', { supersedes: rating.id, reason: REASON, record: { ...rating.body, rating: '不满意' } }, tokens.supervisor);
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);

    expect((await system.scoreMonth('demo', MONTH)).changed).toBe(true);

    // Worked by hand: one satisfied rating of E valid ones becomes unsatisfied, E unchanged,
    // so the component's base 5·S/E falls to 5·(S−1)/E — by exactly 5/E — and the quota
    // shortfall and conduct deductions stay as they were. The component enters the 100-point
    // score as it is, so the window's score falls by the same 5/E.
    const drop = div(fraction(5), fraction(before.valid));
    const after = await w01Result();
    expect(after.valid).toBe(before.valid);
    expect(format2(after.component)).toBe(format2(sub(before.component, drop)));
    expect(format2(after.score)).toBe(format2(sub(before.score, drop)));

    const republished = await october();
    const w01 = (doc: MonthlyEvaluation) => doc.windows.find((w) => w.windowId === 'w01')!;
    expect(w01(published)).toMatchObject({ score: format2(before.score), component: format2(before.component) });
    expect(republished.corrections).toEqual([
      {
        date: '2026-11-16',
        recordId: corrected.body.id,
        supersedes: rating.id,
        reason: REASON,
        changes: [
          { windowId: 'w01', field: 'score', before: format2(before.score), after: format2(after.score) },
          { windowId: 'w01', field: 'component', before: format2(before.component), after: format2(after.component) },
        ],
      },
    ]);
    // Another run over the same inputs writes nothing, and the note stays once.
    expect((await system.scoreMonth('demo', MONTH)).changed).toBe(false);
    expect((await october()).corrections).toHaveLength(1);

    // The built site: the month page (both languages) and its CSV show the note.
    await system.siteBuilt();
    const page = await (await fetch(`${system.url}/months/${MONTH}/`)).text();
    expect(page).toContain('更正 / Correction');
    expect(page).toContain(`月度考核得分 ${format2(before.score)} → ${format2(after.score)}`);
    expect(page).toContain(`电子评价得分 ${format2(before.component)} → ${format2(after.component)}`);
    expect(page).toContain(`更正原因：${REASON}`);
    const english = await (await fetch(`${system.url}/en/months/${MONTH}/`)).text();
    expect(english).toContain(`electronic evaluation ${format2(before.component)} → ${format2(after.component)}`);
    const csv = await (await fetch(`${system.url}/downloads/monthly-evaluation_${MONTH}.csv`)).text();
    const header = csv.split('\r\n')[0]!;
    expect(header.endsWith(',correction')).toBe(true);
    const row = csv.split('\r\n').find((line) => line.startsWith(`${MONTH},w01,`))!;
    expect(row).toContain(`更正 2026-11-16：月度考核得分 ${format2(before.score)} → ${format2(after.score)}`);
    expect(row).toContain(REASON);

    // The staff's spreadsheet of the month carries the note under its period and rulebook.
    const xlsx = await fetch(`${system.url}/api/v1/centers/demo/exports/window-scores.xlsx?period=${MONTH}`, { headers: { authorization: `Bearer ${tokens.supervisor}` } });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.arrayBuffer()) as ExcelJS.Buffer);
    const about = book.worksheets[0]!.getRow(5).values as unknown[];
    expect(about[1]).toBe('更正');
    expect(String(about[2])).toContain(`电子评价得分 ${format2(before.component)} → ${format2(after.component)}`);
    expect(String(about[2])).toContain(REASON);
  }, 300_000);
});
