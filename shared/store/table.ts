/**
 * The one DynamoDB table (single-table design). This definition is the only one: the CDK
 * stack and the local runtime both build the table from it.
 *
 * Access patterns                                   | key
 * --------------------------------------------------|-------------------------------------------------
 * center profile, windows, officers                 | pk C#{center}            sk META | W#{w} | O#{o}
 * append a record idempotently                      | pk C#{center}#IDEM#{key} sk IDEM (conditional put, TTL)
 * records behind one window-month (ledger drill)    | pk C#{c}#W#{w}#M#{yyyy-mm}  sk R#{type}#{at}#{id}
 * every record of a center-month (recount)          | gsi1pk C#{c}#M#{yyyy-mm}    gsi1sk R#{type}#{at}#{id}
 * all aggregates of a center-month (score run)      | pk C#{c}#AGG#{yyyy-mm}   sk W#{w} | O#{o}
 * results of a period (score run output)            | pk C#{c}#RES#{period}    sk {subject}
 * published documents of a center (site build)      | pk C#{c}#PUB             sk {kind}#{period}
 */
export const TABLE = {
  /** Default name for local runs; in AWS the name comes from the stack (TABLE_NAME). */
  defaultName: 'honor-board',
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  globalIndexes: [{ indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
} as const;

export type TableDefinition = typeof TABLE;
