/**
 * The handlers' store, routed and counted. Handlers take their store from the environment
 * at import (`defaultStore()`, one per Lambda container); the benchmark reroutes that very
 * object to the store it chooses — DynamoDB Local or SQLite, interleaved — and counts what
 * each call reads: items, bytes as DynamoDB sizes them, and reads by item kind, so a score
 * run that touched a record or case partition would show.
 */
import { defaultStore } from '#store/client';
import type { Item, ItemStore, QueryInput, WriteOp } from '#store/port';
import { kindOf, storedBytes } from './item-size.ts';

export interface Reads {
  readonly calls: number;
  readonly items: number;
  readonly bytes: number;
  /** Items read by kind (`C#AGG/W`, `C#F`, …), and each partition kind queried even when empty. */
  readonly byKind: Readonly<Record<string, number>>;
  /** Items written (put, updated or deleted) meanwhile. */
  readonly itemsWritten: number;
  /** Bytes of the items put meanwhile, as DynamoDB sizes them. */
  readonly bytesWritten: number;
  /** The work's wall time by what was in flight: a write (reads too or not), reads only, or no call at all (the handler computing). */
  readonly waits: Waits;
}

export interface Waits {
  readonly writingMs: number;
  readonly readingMs: number;
  readonly computingMs: number;
}

export interface RoutedStore {
  /** Sends the handlers' calls to `target` from now on. */
  use(target: ItemStore): void;
  /** Runs `work` and returns what the routed store read meanwhile. */
  counting<T>(work: () => Promise<T>): Promise<{ value: T; reads: Reads }>;
  /** Called with every write the handlers make (for copying the items a rating writes). */
  onWrite(listener: ((ops: readonly WriteOp[]) => void) | undefined): void;
}

export function routeHandlersStore(initial: ItemStore): RoutedStore {
  const routed = defaultStore() as unknown as Record<string, unknown>;
  let target = initial;
  let reads:
    | { calls: number; items: number; bytes: number; byKind: Record<string, number>; itemsWritten: number; bytesWritten: number; waits: { -readonly [K in keyof Waits]: number } }
    | undefined;
  let listener: ((ops: readonly WriteOp[]) => void) | undefined;
  // The items read and put, sized and sorted by kind once the work is done: not in the time it takes.
  let itemsRead: (readonly Item[])[] = [];
  let itemsPut: (readonly Item[])[] = [];
  // Calls in flight, and when the last one began or ended: each stretch of the work's time goes
  // to what was in flight during it.
  const inFlight = { read: 0, write: 0 };
  let since = 0;
  const mark = () => {
    const now = performance.now();
    if (reads) reads.waits[inFlight.write > 0 ? 'writingMs' : inFlight.read > 0 ? 'readingMs' : 'computingMs'] += now - since;
    since = now;
  };
  const during = async <T>(call: keyof typeof inFlight, work: () => Promise<T>): Promise<T> => {
    mark();
    inFlight[call]++;
    try {
      return await work();
    } finally {
      mark();
      inFlight[call]--;
    }
  };
  const count = (items: readonly Item[], queried?: string) => {
    if (!reads) return;
    reads.calls++;
    if (queried) reads.byKind[`query ${queried}`] = (reads.byKind[`query ${queried}`] ?? 0) + 1;
    itemsRead.push(items);
  };
  const tally = (counted: NonNullable<typeof reads>) => {
    for (const item of itemsRead.flat()) {
      counted.items++;
      counted.bytes += storedBytes(item);
      const kind = kindOf(String(item.pk), String(item.sk));
      counted.byKind[kind] = (counted.byKind[kind] ?? 0) + 1;
    }
    for (const item of itemsPut.flat()) counted.bytesWritten += storedBytes(item);
    itemsRead = [];
    itemsPut = [];
    return counted;
  };
  const methods: Pick<ItemStore, 'get' | 'query' | 'write' | 'putMany'> = {
    get: async (key) => {
      const item = await during('read', () => target.get(key));
      count(item ? [item] : [], kindOf(key.pk, key.sk));
      return item;
    },
    query: async (input: QueryInput) => {
      const items = await during('read', () => target.query(input));
      count(items, `${input.index ? `${input.index} ` : ''}${kindOf(input.pk, input.skPrefix ?? '')}`);
      return items;
    },
    write: async (ops) => {
      listener?.(ops);
      if (reads) {
        reads.itemsWritten += ops.filter((op) => op.op !== 'check').length;
        itemsPut.push(ops.flatMap((op) => (op.op === 'put' ? [op.item] : [])));
      }
      return during('write', () => target.write(ops));
    },
    putMany: (items, onProgress) => {
      if (reads) {
        reads.itemsWritten += items.length;
        itemsPut.push(items);
      }
      return during('write', () => target.putMany(items, onProgress));
    },
  };
  // Own properties shadow the adapter's methods on the one object every handler holds.
  for (const [name, fn] of Object.entries(methods)) Object.defineProperty(routed, name, { value: fn, configurable: true, writable: true });
  Object.defineProperty(routed, 'engine', { get: () => target.engine, configurable: true });
  return {
    use: (next) => void (target = next),
    counting: async (work) => {
      reads = { calls: 0, items: 0, bytes: 0, byKind: {}, itemsWritten: 0, bytesWritten: 0, waits: { writingMs: 0, readingMs: 0, computingMs: 0 } };
      itemsRead = [];
      itemsPut = [];
      since = performance.now();
      try {
        const value = await work();
        mark();
        return { value, reads: tally({ ...reads }) };
      } finally {
        reads = undefined;
        itemsRead = [];
        itemsPut = [];
      }
    },
    onWrite: (next) => void (listener = next),
  };
}
