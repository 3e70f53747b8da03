/**
 * Subject-month aggregates and facts in the table: intake moves them, a score run reads a
 * center-month with a few Queries (its aggregates, its facts of the types it reads), never a
 * rating or a sign-in.
 *
 * An aggregate item holds counters (`n:{name}`) and entries (`e:{name}`) as top-level
 * attributes: ADD cannot create a path inside a missing map, and one attribute per entry
 * lets a correction SET one and REMOVE another in a single update. Officer rating counters
 * live in the window item (`n:O.{id}.E`, `n:O.{id}.S`: see `counterAttribute`); the month read
 * hands them to each officer.
 */
import {
  type AggregateDelta,
  CENTER_SUBJECT,
  COUNTER,
  type Counters,
  type Entries,
  type Fact,
  type Members,
  type MonthPart,
  RECORD_ONLY_TYPES,
  WHOLE_MONTH,
  memberLine,
  officerSubject,
} from '#core/aggregates';
import { aggregateKey, aggregatePk, factKey, factPk, factPrefix } from './keys.ts';
import type { Condition, Item, ItemStore, WriteOp } from './port.ts';

const COUNTER_PREFIX = 'n:';
const ENTRY_PREFIX = 'e:';
const OFFICER_COUNTER = /^officer\.([^.]+)\.(evaluations|satisfied)$/;

/**
 * Counter names as stored: each well-known word of a name shortened to one capital letter
 * (`officer.o062.evaluations` → `O.o062.E`). A rating's transaction is billed by the
 * started KB of the window-month item it updates, and these names are most of that item.
 * Ids, scales' levels, case and leave kinds and numbers are never a single capital letter
 * (ids are lower-case slugs), so a stored name reads back unambiguously; a name stored in
 * full reads back as itself.
 */
const COUNTER_WORDS: Readonly<Record<string, string>> = {
  officer: 'O',
  evaluations: 'E',
  satisfied: 'S',
  rating: 'R',
  'five-level': 'F',
  'two-level': 'T',
  volume: 'U',
  cases: 'K',
  completed: 'C',
  onTime: 'N',
  late: 'L',
  overdueWorkingDays: 'D',
  saved: 'V',
  attendance: 'A',
  signIns: 'I',
  absences: 'B',
  leave: 'Q',
};
const COUNTER_WORD_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(COUNTER_WORDS).map(([word, code]) => [code, word]));
const mapSegments = (name: string, table: Readonly<Record<string, string>>): string =>
  name
    .split('.')
    .map((segment) => table[segment] ?? segment)
    .join('.');

export const counterAttribute = (name: string): string => `${COUNTER_PREFIX}${mapSegments(name, COUNTER_WORDS)}`;
const counterName = (attribute: string): string => mapSegments(attribute.slice(COUNTER_PREFIX.length), COUNTER_WORD_OF);
export const entryAttribute = (name: string): string => `${ENTRY_PREFIX}${name}`;

export interface Aggregate {
  readonly counters: Counters;
  /** Facts of the subject-month by record type. */
  readonly members: Members;
  readonly entries: Entries;
}

const byName = <T>(record: Readonly<Record<string, T>>): [string, T][] => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

/** The update of one aggregate item by one folded delta (with its `once` guards as the condition, if any). */
export function aggregateOp(centerId: string, delta: AggregateDelta, condition?: Condition): WriteOp {
  const once = Object.keys(delta.once ?? {});
  if (once.length > 1) throw new Error('one guarded entry per aggregate update');
  const guard: Condition | undefined = once[0] ? { kind: 'missing', attribute: entryAttribute(once[0]) } : undefined;
  if (guard && condition) throw new Error('an aggregate update takes one condition');
  const set: Record<string, unknown> = { month: delta.month, subject: delta.subject };
  for (const [name, value] of byName(delta.set ?? {})) set[entryAttribute(name)] = value;
  return {
    op: 'update',
    key: aggregateKey(centerId, delta.month, delta.subject),
    set,
    add: Object.fromEntries(byName(delta.counters).map(([name, amount]) => [counterAttribute(name), amount])),
    ...(delta.unset?.length ? { remove: delta.unset.map(entryAttribute) } : {}),
    ...((condition ?? guard) ? { condition: (condition ?? guard)! } : {}),
  };
}

/** A whole aggregate item, for bulk loads that fold their records first. */
export function aggregateItem(centerId: string, delta: AggregateDelta): Record<string, unknown> {
  const item: Record<string, unknown> = { ...aggregateKey(centerId, delta.month, delta.subject), month: delta.month, subject: delta.subject };
  for (const [name, value] of Object.entries(delta.counters)) item[counterAttribute(name)] = value;
  for (const [name, value] of Object.entries(delta.set ?? {})) item[entryAttribute(name)] = value;
  return item;
}

export const factItem = (centerId: string, fact: Fact): Record<string, unknown> => ({
  ...factKey(centerId, fact.month, fact.subject, fact.type, fact.recordId),
  body: fact.body,
});
export const factPut = (centerId: string, fact: Fact): WriteOp => ({ op: 'put', item: factItem(centerId, fact) });
export const factDelete = (centerId: string, fact: Fact): WriteOp => ({
  op: 'delete',
  key: factKey(centerId, fact.month, fact.subject, fact.type, fact.recordId),
});

/** Counters and entries of an aggregate item as stored. */
export function aggregateOf(item: Item): { counters: Record<string, number>; entries: Record<string, string> } {
  const counters: Record<string, number> = {};
  const entries: Record<string, string> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(COUNTER_PREFIX)) {
      const counter = counterName(name);
      counters[counter] = (counters[counter] ?? 0) + Number(value);
    }
    if (name.startsWith(ENTRY_PREFIX)) entries[name.slice(ENTRY_PREFIX.length)] = String(value);
  }
  return { counters, entries };
}

const EMPTY: Aggregate = { counters: {}, members: {}, entries: {} };

/**
 * The aggregates and facts of a center-month, by subject (`W#w01`, `O#o001`, `C`): one Query
 * for the aggregate items, one for every fact, or one a type for the types `part` names —
 * whatever the month's volume. Officers' rating counters come out of their window's item.
 */
export async function listAggregatesForMonth(store: ItemStore, centerId: string, month: string, part: MonthPart = WHOLE_MONTH): Promise<Map<string, Aggregate>> {
  return readMonthPart((input) => store.query(input), centerId, month, part);
}

async function readMonthPart(query: ItemStore['query'], centerId: string, month: string, part: MonthPart): Promise<Map<string, Aggregate>> {
  const pk = factPk(centerId, month);
  const [aggregates, facts] = await Promise.all([
    part.aggregates ? query({ pk: aggregatePk(centerId, month) }) : [],
    part.types ? Promise.all(part.types.map((type) => query({ pk, skPrefix: factPrefix(type) }))).then((lists) => lists.flat()) : query({ pk }),
  ]);
  return assembleMonth(aggregates, facts);
}

/** A month by subject from its aggregate and fact items. */
function assembleMonth(aggregates: readonly Item[], facts: readonly Item[]): Map<string, Aggregate> {
  const result = new Map<string, { counters: Record<string, number>; members: Record<string, string[]>; entries: Record<string, string> }>();
  const subject = (name: string) => {
    let found = result.get(name);
    if (!found) result.set(name, (found = { counters: {}, members: {}, entries: {} }));
    return found;
  };
  for (const item of aggregates) {
    const { counters, entries } = aggregateOf(item);
    const own = subject(String(item.sk));
    Object.assign(own.entries, entries);
    for (const [name, value] of Object.entries(counters)) {
      const officer = OFFICER_COUNTER.exec(name);
      if (officer) {
        const counters = subject(officerSubject(officer[1]!)).counters;
        const counter = officer[2] === 'evaluations' ? COUNTER.evaluations : COUNTER.satisfied;
        counters[counter] = (counters[counter] ?? 0) + value;
      } else {
        own.counters[name] = value;
      }
    }
  }
  for (const item of facts) {
    const { type, subject: about, recordId } = splitFactSk(String(item.sk));
    // A table written before these types stopped filing facts still holds theirs: no rule reads them.
    if (RECORD_ONLY_TYPES.has(type)) continue;
    (subject(about).members[type] ??= []).push(memberLine(recordId, String(item.body)));
  }
  for (const { members } of result.values()) for (const lines of Object.values(members)) lines.sort();
  return result as Map<string, Aggregate>;
}

/** `finding#W#w01#r1` → finding, `W#w01`, `r1`; the center's `objection#C#r1` → objection, `C`, `r1`. */
function splitFactSk(sk: string): { type: string; subject: string; recordId: string } {
  const parts = sk.split('#');
  const idFrom = parts[1] === CENTER_SUBJECT ? 2 : 3;
  return { type: parts[0]!, subject: parts.slice(1, idFrom).join('#'), recordId: parts.slice(idFrom).join('#') };
}

/**
 * The facts of one type about one subject in a month (the center's objections, read while a
 * notice runs), read consistently from the table: a record written a moment ago is there.
 */
export async function listFacts(
  store: ItemStore,
  centerId: string,
  month: string,
  subject: string,
  type: string,
): Promise<{ recordId: string; body: Record<string, unknown> }[]> {
  const prefix = factPrefix(type, subject);
  const items = await store.query({ pk: factPk(centerId, month), skPrefix: prefix });
  return items.map((item) => ({ recordId: String(item.sk).slice(prefix.length), body: JSON.parse(String(item.body)) }));
}

/** One subject's aggregate item of a month (counters and entries; no facts), read consistently. */
export async function getAggregate(store: ItemStore, centerId: string, month: string, subject: string): Promise<Aggregate> {
  const item = await store.get(aggregateKey(centerId, month, subject));
  return item ? { ...aggregateOf(item), members: {} } : EMPTY;
}

/** Reads what it is asked of a center's months (the whole month by default). */
export type MonthReader = (month: string, part?: MonthPart) => Promise<Map<string, Aggregate>>;

/**
 * A month reader for one run: each Query it makes (a month's aggregate items, its facts, its
 * facts of one type) at most once, so a quarter's or a year's run reads each month once
 * though a month's scores read parts of its neighbours too.
 */
export function monthReader(store: ItemStore, centerId: string): MonthReader {
  const remember = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    let found = cache.get(key);
    if (!found) {
      cache.set(key, (found = read()));
      found.catch(() => cache.delete(key));
    }
    return found;
  };
  const queries = new Map<string, Promise<Item[]>>();
  const query: ItemStore['query'] = (input) => remember(queries, `${input.pk}|${input.skPrefix ?? ''}`, () => store.query(input));
  const months = new Map<string, Promise<Map<string, Aggregate>>>();
  return (month, part = WHOLE_MONTH) =>
    remember(months, `${month}|${part.aggregates}|${part.types?.join(',') ?? '*'}`, () => readMonthPart(query, centerId, month, part));
}
