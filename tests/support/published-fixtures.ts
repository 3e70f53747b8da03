/**
 * A small published center for site tests: a center profile with four windows and two
 * months of electronic evaluation, written the way the publisher writes them (one document
 * per file, validated by the published schemas).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CenterProfile,
  type MonthlyEvaluation,
  type PublishedDocument,
  documentKey,
  publishedDocument,
} from '#core/published';

const rulebook = { id: 'qingpu-2018', version: '1', hash: 'sha256-3f1c0a7e' };

export const fixtureCenter: CenterProfile = {
  kind: 'center',
  centerId: 'demo-center',
  name: '青浦区行政服务中心',
  nameEn: 'Qingpu District Administrative Service Center',
  address: '上海市青浦区公园路100号',
  phone: '021-5970 0000',
  windows: [
    { windowId: 'market', name: '市场监管窗口', department: '区市场监督管理局', departmentEn: 'Market Regulation' },
    { windowId: 'tax', name: '税务窗口', department: '区税务局', departmentEn: 'Taxation' },
    { windowId: 'social', name: '社保窗口', department: '区人力资源和社会保障局', departmentEn: 'Human Resources and Social Security' },
    { windowId: 'housing', name: '不动产登记窗口', department: '区规划和自然资源局', departmentEn: 'Planning and Natural Resources' },
  ],
};

/** Windows listed out of the profile's order, so a page that forgets to sort shows it. */
export const fixtureMonths: MonthlyEvaluation[] = [
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-09',
    publishedAt: '2026-10-08T10:00:00+08:00',
    rulebook,
    windows: [
      { windowId: 'tax', component: '4.90', satisfactionRate: '98.00', evaluations: 50, required: 50, volume: 160 },
      { windowId: 'market', component: '3.76', satisfactionRate: '95.24', evaluations: 42, required: 60, volume: 120 },
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0 },
      { windowId: 'social', component: '4.50', satisfactionRate: '90.00', evaluations: 70, required: 70, volume: 180 },
    ],
  },
  {
    kind: 'monthly-evaluation',
    centerId: 'demo-center',
    period: '2026-10',
    // Just after midnight in Beijing: still 31 October in UTC, 1 November on the page.
    publishedAt: '2026-11-01T00:30:00+08:00',
    rulebook,
    windows: [
      { windowId: 'social', component: '4.85', satisfactionRate: '97.10', evaluations: 69, required: 70, volume: 190 },
      { windowId: 'market', component: '4.76', satisfactionRate: '95.24', evaluations: 63, required: 60, volume: 118 },
      { windowId: 'tax', component: '4.00', satisfactionRate: '100.00', evaluations: 48, required: 52, volume: 104 },
      { windowId: 'housing', component: '5.00', satisfactionRate: null, evaluations: 0, required: 0, volume: 0 },
    ],
  },
];

/** Writes the fixture documents into `dir` (created if missing); returns the documents. */
export async function writePublishedFixtures(dir: string): Promise<PublishedDocument[]> {
  const documents = [fixtureCenter, ...fixtureMonths].map((doc) => publishedDocument.parse(doc));
  await mkdir(dir, { recursive: true });
  await Promise.all(
    documents.map((doc) =>
      writeFile(path.join(dir, `${documentKey(doc).replace('#', '_')}.json`), `${JSON.stringify(doc, null, 2)}\n`),
    ),
  );
  return documents;
}
