/**
 * Every record of a center-month, with the supersession marks among them, for the recount
 * (审计复核): one Query of the center-month index, paged, never a Scan.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.ts';
import { centerMonthGsiPk } from './keys.ts';
import { queryAll } from './query.ts';
import { type StoredRecord, toRecord } from './records.ts';
import { TABLE } from './table.ts';

const [CENTER_MONTH_INDEX] = TABLE.globalIndexes;

export interface CenterMonthRecords {
  readonly records: readonly StoredRecord[];
  /** Ids of the records a correction has superseded. */
  readonly superseded: ReadonlySet<string>;
}

/** The Query of a center-month's partition of the index: records (`R#…`) and marks (`S#…`). */
export const centerMonthQuery = (centerId: string, month: string): Omit<QueryCommandInput, 'TableName'> => ({
  IndexName: CENTER_MONTH_INDEX.indexName,
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': CENTER_MONTH_INDEX.partitionKey },
  ExpressionAttributeValues: { ':pk': centerMonthGsiPk(centerId, month) },
});

/**
 * Index reads are eventually consistent: a record written a moment ago may not be there
 * yet, so an audit is meant for periods that intake has moved past.
 */
export async function listCenterMonthRecords(store: Store, centerId: string, month: string): Promise<CenterMonthRecords> {
  const items = await queryAll(store, centerMonthQuery(centerId, month));
  const sortKey = (item: Record<string, unknown>) => String(item[CENTER_MONTH_INDEX.sortKey]);
  return {
    records: items.filter((item) => sortKey(item).startsWith('R#')).map(toRecord),
    superseded: new Set(items.filter((item) => sortKey(item).startsWith('S#')).map((item) => sortKey(item).slice(2))),
  };
}
