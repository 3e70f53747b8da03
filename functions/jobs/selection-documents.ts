/**
 * What a selection publishes (DOMAIN.md §6 "Honor boards"): the notice while it runs (and
 * the notice record intake checks objections against), the final list once final, and the
 * moving plaque's history. Only names, windows, departments, deeds, dates and the rulebook
 * version — never a score, a ledger or an objector.
 */
import type { Officer, ServiceWindow } from '#core/center';
import { type HonoredEntry, type PublishedDocument, documentKey, noticeIdOf } from '#core/published';
import { rulebookRef } from '#core/rulebook/ref';
import type { Rulebook } from '#core/rulebook/schema';
import type { SelectionFlow } from '#core/selection/state-machine';
import { listOfficers, listWindows } from '#store/center';
import type { Store } from '#store/client';
import { putNotice } from '#store/notices';
import { putPublished } from '#store/published';
import { type StoredSelection, listSelections } from '#store/selections';

interface Directory {
  readonly windows: ReadonlyMap<string, ServiceWindow>;
  readonly officers: ReadonlyMap<string, Officer>;
}

async function directory(store: Store, centerId: string): Promise<Directory> {
  const [windows, officers] = await Promise.all([listWindows(store, centerId), listOfficers(store, centerId)]);
  return { windows: new Map(windows.map((w) => [w.windowId, w])), officers: new Map(officers.map((o) => [o.officerId, o])) };
}

function honoredEntries(flow: SelectionFlow, subject: 'window' | 'officer' | 'enterprise', deeds: Readonly<Record<string, string>>, dir: Directory): HonoredEntry[] {
  return flow.proposed.map((p, i) => {
    const officer = subject === 'officer' ? dir.officers.get(p.subjectId) : undefined;
    const window = dir.windows.get(subject === 'window' ? p.subjectId : (officer?.windowId ?? ''));
    return {
      position: i + 1,
      subjectId: p.subjectId,
      name: (subject === 'window' ? window?.name : officer?.name) ?? p.subjectId,
      windowId: window?.windowId ?? null,
      windowName: window?.name ?? null,
      department: window?.department ?? null,
      departmentEn: window?.departmentEn ?? null,
      deeds: deeds[p.subjectId] ?? null,
    };
  });
}

/** Writes the documents of the selection's state; returns their keys. */
export async function publishSelection(store: Store, selection: StoredSelection, rulebook: Rulebook, now: Date): Promise<string[]> {
  const { flow } = selection;
  if ((flow.state !== 'notice' && flow.state !== 'final') || !flow.notice) return [];
  const honor = rulebook.honors.find((h) => h.id === flow.honorId)!;
  const dir = await directory(store, flow.centerId);
  const entries = honoredEntries(flow, honor.subject, selection.deeds, dir);
  const header = {
    centerId: flow.centerId,
    honorId: honor.id,
    title: honor.name,
    subject: honor.subject,
    period: flow.period,
    rulebook: rulebookRef(rulebook),
    publishedAt: now.toISOString(),
  };
  const noticeId = noticeIdOf(flow.honorId, flow.period);
  const documents: PublishedDocument[] = [
    { kind: 'notice', ...header, noticeId, ...flow.notice, inForce: flow.state === 'notice', entries },
  ];
  const publishedOn = flow.history.find((h) => h.event === 'publish-notice')!.at;
  await putNotice(store, flow.centerId, { noticeId, publishedOn, startDate: flow.notice.start, endDate: flow.notice.end, entries: flow.proposed.map((p) => p.subjectId) });
  if (flow.state === 'final') {
    const finalizedOn = flow.history.at(-1)!.at;
    documents.push({ kind: 'honor-list', ...header, finalizedOn, notice: { start: flow.notice.start, end: flow.notice.end }, places: flow.places, entries });
    if (honor.movingPlaque) documents.push(await plaqueHistory(store, flow.centerId, honor.id, honor.name, dir, now));
  }
  for (const doc of documents) await putPublished(store, doc);
  return documents.map(documentKey);
}

async function plaqueHistory(store: Store, centerId: string, honorId: string, title: { zh: string; en: string }, dir: Directory, now: Date): Promise<PublishedDocument> {
  const finals = (await listSelections(store, centerId))
    .filter((s) => s.flow.honorId === honorId && s.flow.state === 'final')
    .sort((a, b) => (a.flow.period < b.flow.period ? 1 : -1));
  return {
    kind: 'plaque-history',
    centerId,
    honorId,
    title,
    publishedAt: now.toISOString(),
    holders: finals.map((s) => ({ period: s.flow.period, windows: honoredEntries(s.flow, 'window', s.deeds, dir) })),
  };
}
