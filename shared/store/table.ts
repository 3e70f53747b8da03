/**
 * The one DynamoDB table (single-table design). This definition is the only one: the CDK
 * stack and the local runtime both build the table from it, and the SQLite adapter keeps
 * the same keys.
 *
 * Every access pattern, its key and the bound on its items (no item grows with the number
 * of records; `tests/unit/store/item-size.test.ts` feeds thousands of records to the
 * builders and checks every kind stays under 8 KB):
 *
 * | access pattern                                   | key                                                        | bound |
 * |--------------------------------------------------|------------------------------------------------------------|-------|
 * | center profile, windows, officers, rulebook versions, calendar | pk `C#{c}`  sk `META` \| `W#{w}` \| `O#{o}` \| `RULEBOOK#{v}` \| `CALENDAR` | one each; a rulebook < 8 KB |
 * | append a record exactly once (the idempotency key *is* the record's key) | pk `C#{c}#R#{id}` sk `R`, id = hash(center, caller, Idempotency-Key), put if absent | one record: body ≤ 2 000 chars of text + audit fields |
 * | a record by id (corrections, appeals, complaint steps) | GetItem pk `C#{c}#R#{id}` sk `R`                      | — |
 * | records of one window-month (ledger drill-down, GET records) | gsi2pk `C#{c}#W#{w}#M#{yyyy-mm}` gsi2sk `{type}#{at}#{id}` | — |
 * | records of one center-month (recount)            | gsi1pk `C#{c}#M#{yyyy-mm}`  gsi1sk `{type}#{at}#{id}`       | — |
 * | audit trail of one Beijing day (records and other writes) | gsi3pk `C#{c}#D#{yyyy-mm-dd}` gsi3sk `{at}#{id}`  | — |
 * | audit entry of a write that is no record         | pk `C#{c}#AUDIT#{yyyy-mm-dd}` sk `{at}#{random}` (+ gsi3)   | one entry |
 * | aggregates of a center-month (score run: one Query a month) | pk `C#{c}#AGG#{yyyy-mm}` sk `W#{w}` \| `O#{o}` \| `C` | window: ~30 counters + 2 per officer + 1 entry per device; officer: ~12 counters + ≤ 3 entries × 31 days |
 * | facts of a center-month (one Query a month, or one a type by prefix: the score run reads only the types its rules take, of a neighbouring month only its inspections or device faults) | pk `C#{c}#F#{yyyy-mm}` sk `{type}#{subject}#{recordId}` | one record's public body |
 * | a case by number (a completion judged on time at intake) | pk `C#{c}#CASE#{caseNumber}` sk `CASE`              | deadline and window |
 * | consecutive-rating flags of a month              | pk `C#{c}#FLAG#{yyyy-mm}` sk `{flagId}`                     | counts and ≤ 20 rating ids |
 * | guards (one ballot per voter, nomination quota, complaint steps …) | pk `C#{c}#SLOT#{name}` sk `{holder}` \| `QUOTA` | one holder or one count |
 * | results of a period and its run markers          | pk `C#{c}#RES#{period}` sk `{rule}#{subject}` \| `#RUN#{rule}` | one subject's ledger |
 * | published documents (site build)                 | pk `C#{c}#PUB` sk `{kind}#{period}`                         | one document |
 * | public notices in force (objection intake)       | pk `C#{c}#NOTICE` sk `{noticeId}`                           | one notice |
 * | selections (workflow state, versioned)           | pk `C#{c}#SEL` sk `{honor}#{period}`                        | one selection's flow |
 */
export const TABLE = {
  /** Default name for local runs; in AWS the name comes from the stack (TABLE_NAME). */
  defaultName: 'honor-board',
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  globalIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

export type TableDefinition = typeof TABLE;

/** The global indexes by use. */
export const INDEX = {
  centerMonth: TABLE.globalIndexes[0],
  windowMonth: TABLE.globalIndexes[1],
  auditDay: TABLE.globalIndexes[2],
} as const;
