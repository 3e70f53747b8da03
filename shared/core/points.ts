/**
 * Exact arithmetic for points (分值精确计算).
 *
 * Scores are ratios such as 5 × 20 / 21, so integer hundredths alone would round in the
 * middle of a computation. A `Points` value is a reduced fraction of bigints; it is rounded
 * half up to two decimals only when a result is presented (DOMAIN.md §4).
 */
export interface Points {
  readonly n: bigint;
  readonly d: bigint; // always > 0, gcd(n, d) = 1
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

export function fraction(n: bigint | number, d: bigint | number = 1n): Points {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('division by zero in points arithmetic');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

/** A decimal literal such as "4.5", "-0.25" or 12 — parsed exactly, never through a float. */
export function pts(value: string | number | bigint): Points {
  if (typeof value === 'bigint') return fraction(value);
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign, whole, decimals = ''] = match;
  const scale = 10n ** BigInt(decimals.length);
  const magnitude = BigInt(whole!) * scale + BigInt(decimals || '0');
  return fraction(sign === '-' ? -magnitude : magnitude, scale);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Shortest round-trip form, so 0.1 is read as one tenth and not as its binary neighbour.
  const text = String(value);
  if (/e/i.test(text)) throw new RangeError(`use a decimal string for ${text}`);
  return text;
}

export const ZERO = fraction(0n);

export const add = (a: Points, b: Points): Points => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Points, b: Points): Points => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Points, b: Points): Points => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Points, b: Points): Points => fraction(a.n * b.d, a.d * b.n);
export const neg = (a: Points): Points => fraction(-a.n, a.d);
export const cmp = (a: Points, b: Points): -1 | 0 | 1 => {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};
export const max = (a: Points, b: Points): Points => (cmp(a, b) >= 0 ? a : b);
export const min = (a: Points, b: Points): Points => (cmp(a, b) <= 0 ? a : b);
export const isZero = (a: Points): boolean => a.n === 0n;
export const sum = (values: readonly Points[]): Points => values.reduce(add, ZERO);

/** Mean of a non-empty list. */
export function mean(values: readonly Points[]): Points {
  if (values.length === 0) throw new RangeError('mean of an empty list');
  return div(sum(values), fraction(values.length));
}

/** Integer hundredths, rounded half up (away from zero for negatives, as 四舍五入 does). */
export function toHundredths(a: Points): number {
  const scaled = a.n * 100n;
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const rounded = (abs * 2n + a.d) / (2n * a.d);
  return Number(negative ? -rounded : rounded);
}

/** "4.76" — two decimals, half up. */
export function format2(a: Points): string {
  const h = toHundredths(a);
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Lossless text form for storage and ledgers: "100/21" or "5". */
export function toExact(a: Points): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}

export function fromExact(text: string): Points {
  const [n, d] = text.split('/');
  if (!n || !/^-?\d+$/.test(n) || (d !== undefined && !/^\d+$/.test(d))) {
    throw new RangeError(`not an exact points value: ${text}`);
  }
  return fraction(BigInt(n), d === undefined ? 1n : BigInt(d));
}

/** The value as presented: rounded half up to hundredths, kept as points for comparisons. */
export const round2 = (a: Points): Points => fraction(toHundredths(a), 100n);

/** ⌊a⌋ — the largest integer not above the value, e.g. the places of a 20% share. */
export function floorInt(a: Points): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}
