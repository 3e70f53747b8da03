/** Item sizes as DynamoDB bills them, and the kind of an item by its key. */

/** DynamoDB's item size: each attribute's name and value in UTF-8, numbers about 1 byte per 2 digits. */
export function itemBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') return Math.ceil(String(value).replace(/^-/, '').length / 2) + 1;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + itemBytes(v), 0);
  return 3 + Object.entries(value as object).reduce((n, [k, v]) => n + Buffer.byteLength(k, 'utf8') + 1 + itemBytes(v), 0);
}

/** A top-level item's size: the map's own 3 bytes are not billed. */
export const storedBytes = (item: Readonly<Record<string, unknown>>): number => itemBytes(item) - 3;

/**
 * Write units of one item in a transaction: 2 per started KB (a transactional write costs
 * twice a standard one); an update is billed on the larger of the item before and after.
 */
export const transactionalWriteUnits = (bytes: number): number => 2 * Math.ceil(bytes / 1024);

/** What kind of item a key is: its partition key with centers, ids and dates taken out. */
export function kindOf(pk: string, sk: string): string {
  const kind = pk
    .replace(/^C#[^#]+/, 'C')
    .replace(/#R#.*/, '#R (record)')
    .replace(/#(AGG|F|FLAG|CASE|RES|SLOT|AUDIT)#.*/, '#$1')
    .replace(/#(W|O|D|M)#.*/, '#$1');
  if (kind === 'C') return `C/${sk.split('#')[0]}`;
  if (kind === 'C#AGG') return `C#AGG/${sk.slice(0, 1)}`;
  if (kind === 'C#RES') return sk.startsWith('#RUN') ? 'C#RES/run marker' : 'C#RES';
  return kind;
}
