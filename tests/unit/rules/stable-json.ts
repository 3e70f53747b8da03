/** A result as bytes: bigints as text, so two results can be compared byte for byte. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
