/**
 * The audit trail (审计记录) of a Beijing day: every record appended or corrected that day
 * (the record item carries who, role, credential, route and request — no second item) and
 * an audit entry for every write that is no record (a setting changed, a selection act),
 * both found through the audit-day index, oldest first.
 */
import { randomBytes } from 'node:crypto';
import { dateOf } from '#core/records/common';
import { auditDayGsiPk, auditPk } from './keys.ts';
import type { Item, ItemStore, WriteOp } from './port.ts';
import { INDEX } from './table.ts';

export interface AuditEntry {
  at: string;
  who: string;
  role: string;
  credential: string;
  routeKey: string;
  requestId?: string;
  action: string;
  touched: string;
  detail?: Record<string, unknown>;
}

/** The write of an audit entry, for a store module that writes it with what it audits. */
export function auditOp(centerId: string, entry: AuditEntry): WriteOp {
  const date = dateOf(entry.at);
  const sk = `${entry.at}#${randomBytes(6).toString('hex')}`;
  return {
    op: 'put',
    item: { pk: auditPk(centerId, date), sk, gsi3pk: auditDayGsiPk(centerId, date), gsi3sk: sk, kind: 'audit', ...entry },
    condition: { kind: 'absent' },
  };
}

export async function appendAudit(store: ItemStore, centerId: string, entry: AuditEntry): Promise<void> {
  await store.write([auditOp(centerId, entry)]);
}

function entryOf(item: Item): AuditEntry {
  if (item.kind === 'audit') {
    const { at, who, role, credential, routeKey, requestId, action, touched, detail } = item as unknown as AuditEntry;
    return { at, who, role, credential, routeKey, ...(requestId ? { requestId } : {}), action, touched, ...(detail ? { detail } : {}) };
  }
  // A record item: its own audit fields.
  return {
    at: String(item.submittedAt),
    who: String(item.submittedBy),
    role: String(item.role ?? ''),
    credential: String(item.credential),
    routeKey: String(item.routeKey ?? ''),
    ...(item.requestId ? { requestId: String(item.requestId) } : {}),
    action: item.supersedes ? 'correct' : 'append',
    touched: `record:${String(item.id)}`,
    detail: {
      recordId: item.id,
      recordType: item.type,
      windowId: item.windowId,
      ...(item.supersedes ? { supersedes: item.supersedes, reason: item.reason } : {}),
    },
  };
}

/** Record appends and corrections and audit entries of that Beijing day, oldest first. */
export async function listAuditForDay(store: ItemStore, centerId: string, date: string): Promise<AuditEntry[]> {
  const items = await store.query({ index: INDEX.auditDay.indexName, pk: auditDayGsiPk(centerId, date) });
  return items.map(entryOf);
}
