/**
 * Key builders of the single table (see table.ts for the access patterns). Pure functions,
 * unit-tested without a database. Only store modules use them: `functions/` never builds a key.
 */
import { createHash } from 'node:crypto';

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const center = (centerId: string): string => `C#${centerId}`;

export const centerKey = (centerId: string): ItemKey => ({ pk: center(centerId), sk: 'META' });
export const windowKey = (centerId: string, windowId: string): ItemKey => ({ pk: center(centerId), sk: `W#${windowId}` });
export const officerKey = (centerId: string, officerId: string): ItemKey => ({ pk: center(centerId), sk: `O#${officerId}` });
export const centerMembersPk = center;

/**
 * A record's id from the caller's subject and its Idempotency-Key: the same request sent
 * again lands on the same key, so a conditional put makes it exactly once. 96 bits of
 * SHA-256 in base32 (20 characters): no collision in any center's lifetime.
 */
export function derivedRecordId(centerId: string, subject: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${centerId}\n${subject}\n${idempotencyKey}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 13)) bits = (bits << 8n) | BigInt(byte);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let id = '';
  for (let i = 0; i < 20; i++) id = alphabet[Number((bits >> BigInt(i * 5)) & 31n)]! + id;
  return id;
}

export interface RecordKeyParts {
  readonly centerId: string;
  readonly windowId: string;
  readonly month: string;
  readonly type: string;
  /** The instant the record is about (rating time, sign-in time …), for ordering. */
  readonly at: string;
  readonly id: string;
  /** When it was submitted: files the record under the audit trail of that Beijing day. */
  readonly submittedAt: string;
}

export const recordKey = (centerId: string, recordId: string): ItemKey => ({ pk: `${center(centerId)}#R#${recordId}`, sk: 'R' });
export const windowMonthGsiPk = (centerId: string, windowId: string, month: string): string => `${center(centerId)}#W#${windowId}#M#${month}`;
export const centerMonthGsiPk = (centerId: string, month: string): string => `${center(centerId)}#M#${month}`;
export const auditDayGsiPk = (centerId: string, date: string): string => `${center(centerId)}#D#${date}`;
export const recordSortKey = (r: Pick<RecordKeyParts, 'type' | 'at' | 'id'>): string => `${r.type}#${r.at}#${r.id}`;

/** A record's key and its three index keys: window-month, center-month and audit day. */
export function recordKeys(r: RecordKeyParts, date: string) {
  const sk = recordSortKey(r);
  return {
    ...recordKey(r.centerId, r.id),
    gsi1pk: centerMonthGsiPk(r.centerId, r.month),
    gsi1sk: sk,
    gsi2pk: windowMonthGsiPk(r.centerId, r.windowId, r.month),
    gsi2sk: sk,
    gsi3pk: auditDayGsiPk(r.centerId, date),
    gsi3sk: `${r.submittedAt}#${r.id}`,
  };
}

export const aggregatePk = (centerId: string, month: string): string => `${center(centerId)}#AGG#${month}`;
export const aggregateKey = (centerId: string, month: string, subject: string): ItemKey => ({
  pk: aggregatePk(centerId, month),
  sk: subject,
});

export const factPk = (centerId: string, month: string): string => `${center(centerId)}#F#${month}`;
/**
 * Every center-month's fact partition, as an IAM `StringLike` pattern: the only items a
 * function may delete (a correction swaps its record's facts; an earlier layout is rekeyed).
 */
export const FACT_PARTITIONS_LIKE = `${center('*')}#F#????-??`;
/** Type first: a reader takes the types it needs, each one key prefix (`factPrefix`). */
export const factKey = (centerId: string, month: string, subject: string, type: string, recordId: string): ItemKey => ({
  pk: factPk(centerId, month),
  sk: `${factPrefix(type, subject)}${recordId}`,
});
/** The sort-key prefix of a month's facts of a type, or of a type about one subject. */
export const factPrefix = (type: string, subject?: string): string => (subject === undefined ? `${type}#` : `${type}#${subject}#`);

export const caseKey = (centerId: string, caseNumber: string): ItemKey => ({ pk: `${center(centerId)}#CASE#${caseNumber}`, sk: 'CASE' });
export const flagPk = (centerId: string, month: string): string => `${center(centerId)}#FLAG#${month}`;
export const slotPk = (centerId: string, name: string): string => `${center(centerId)}#SLOT#${name}`;

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

export const auditPk = (centerId: string, date: string): string => `${center(centerId)}#AUDIT#${date}`;
export const noticeKey = (centerId: string, noticeId: string): ItemKey => ({ pk: `${center(centerId)}#NOTICE`, sk: noticeId });
export const selectionPk = (centerId: string): string => `${center(centerId)}#SEL`;
