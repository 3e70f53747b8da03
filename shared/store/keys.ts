/**
 * Key builders of the single table (see table.ts for the access patterns). Pure functions,
 * unit-tested without a database.
 */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const center = (centerId: string): string => `C#${centerId}`;

export const centerKey = (centerId: string): ItemKey => ({ pk: center(centerId), sk: 'META' });
export const windowKey = (centerId: string, windowId: string): ItemKey => ({ pk: center(centerId), sk: `W#${windowId}` });
export const officerKey = (centerId: string, officerId: string): ItemKey => ({ pk: center(centerId), sk: `O#${officerId}` });
export const centerMembersPk = center;

/** Idempotency keys are scoped by the credential's subject: two devices never collide. */
export const idempotencyKey = (centerId: string, subject: string, key: string): ItemKey => ({
  pk: `${center(centerId)}#IDEM#${subject}#${key}`,
  sk: 'IDEM',
});

export interface RecordKeyParts {
  readonly centerId: string;
  readonly windowId: string;
  readonly month: string;
  readonly type: string;
  /** The instant the record is about (rating time, sign-in time …), for ordering. */
  readonly at: string;
  readonly id: string;
}

export const recordSortKey = (r: RecordKeyParts): string => `R#${r.type}#${r.at}#${r.id}`;
export const windowMonthPk = (centerId: string, windowId: string, month: string): string =>
  `${center(centerId)}#W#${windowId}#M#${month}`;
export const centerMonthGsiPk = (centerId: string, month: string): string => `${center(centerId)}#M#${month}`;

export function recordKey(r: RecordKeyParts): ItemKey & { gsi1pk: string; gsi1sk: string } {
  const sk = recordSortKey(r);
  return { pk: windowMonthPk(r.centerId, r.windowId, r.month), sk, gsi1pk: centerMonthGsiPk(r.centerId, r.month), gsi1sk: sk };
}

export const aggregatePk = (centerId: string, month: string): string => `${center(centerId)}#AGG#${month}`;
export const aggregateKey = (centerId: string, month: string, subject: string): ItemKey => ({
  pk: aggregatePk(centerId, month),
  sk: subject,
});

export const resultPk = (centerId: string, period: string): string => `${center(centerId)}#RES#${period}`;
export const resultKey = (centerId: string, period: string, subject: string): ItemKey => ({
  pk: resultPk(centerId, period),
  sk: subject,
});

/** How a published document's partition key ends: the site's regeneration listens for it. */
export const PUBLISHED_PK_SUFFIX = '#PUB';
export const publishedPk = (centerId: string): string => `${center(centerId)}${PUBLISHED_PK_SUFFIX}`;
export const publishedKey = (centerId: string, documentKey: string): ItemKey => ({
  pk: publishedPk(centerId),
  sk: documentKey,
});

/** Where a record is, by id (corrections and drill-down arrive with an id only). */
export const recordIndexKey = (centerId: string, recordId: string): ItemKey => ({
  pk: `${center(centerId)}#RID#${recordId}`,
  sk: 'RID',
});

/**
 * The mark that a record is superseded, beside the record in its partition and in the
 * center-month index, so a drill-down and a recount see it; one per record.
 */
export function supersessionKey(old: RecordKeyParts): ItemKey & { gsi1pk: string; gsi1sk: string } {
  const sk = `S#${old.id}`;
  return { pk: windowMonthPk(old.centerId, old.windowId, old.month), sk, gsi1pk: centerMonthGsiPk(old.centerId, old.month), gsi1sk: sk };
}

export const auditPk = (centerId: string, date: string): string => `${center(centerId)}#AUDIT#${date}`;
export const auditKey = (centerId: string, date: string, at: string, recordId: string): ItemKey => ({
  pk: auditPk(centerId, date),
  sk: `${at}#${recordId}`,
});
