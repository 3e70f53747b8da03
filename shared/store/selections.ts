/**
 * Selections (评选) of a center: one item per honor and period holding the workflow's state
 * (core/selection/state-machine.ts) and the rulebook it runs under. Writes are conditional on
 * the version read, so two steps taken at once never overwrite each other: the later one is
 * told to read again.
 */
import type { SelectionFlow } from '#core/selection/state-machine';
import type { RulebookRef } from '#core/rulebook/ref';
import { selectionPk } from './keys.ts';
import { ConditionFailed, type Item, type ItemStore } from './port.ts';

export interface StoredSelection {
  readonly flow: SelectionFlow;
  /** The rulebook version the selection opened under; every later step uses it. */
  readonly rulebook: RulebookRef;
  /** Deeds (事迹) of the nominees, for the notice and the board. */
  readonly deeds: Readonly<Record<string, string>>;
  /** 0 before the first write; each write adds 1. */
  readonly version: number;
}

export const selectionSk = (honorId: string, period: string): string => `${honorId}#${period}`;

function selectionOf(item: Item): StoredSelection {
  return {
    flow: JSON.parse(String(item.flow)) as SelectionFlow,
    rulebook: item.rulebook as RulebookRef,
    deeds: (item.deeds ?? {}) as Record<string, string>,
    version: Number(item.version),
  };
}

export async function listSelections(store: ItemStore, centerId: string): Promise<StoredSelection[]> {
  return (await store.query({ pk: selectionPk(centerId) })).map(selectionOf);
}

export async function getSelection(store: ItemStore, centerId: string, honorId: string, period: string): Promise<StoredSelection | undefined> {
  const item = await store.get({ pk: selectionPk(centerId), sk: selectionSk(honorId, period) });
  return item ? selectionOf(item) : undefined;
}

/** Writes the next version; false when someone else wrote since `selection.version` was read. */
export async function saveSelection(store: ItemStore, selection: StoredSelection, updatedAt: string): Promise<boolean> {
  const { flow } = selection;
  try {
    await store.write([
      {
        op: 'put',
        item: {
          pk: selectionPk(flow.centerId),
          sk: selectionSk(flow.honorId, flow.period),
          flow: JSON.stringify(flow),
          state: flow.state,
          rulebook: selection.rulebook,
          deeds: selection.deeds,
          version: selection.version + 1,
          updatedAt,
        },
        condition: selection.version === 0 ? { kind: 'absent' } : { kind: 'equals', attribute: 'version', value: selection.version },
      },
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed) return false;
    throw error;
  }
}
