/**
 * The initials avatar of an honored officer or window: no photograph is published, so a
 * card shows a round badge with the surname (a Chinese name) or the initials (a Latin one).
 * Pure.
 */

const HAN = /\p{Script=Han}/u;

/** 李明 → 李; 欧阳娜娜 → 欧 (a badge holds one character); Wang Fang → WF. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '?';
  if (HAN.test(trimmed.charAt(0))) return trimmed.charAt(0);
  const words = trimmed.split(/\s+/);
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words.at(-1)!.charAt(0) : '';
  return (first + last).toUpperCase();
}

/**
 * Dark tones, each with white text at 7:1 or better, so a badge reads for everyone. A
 * subject keeps its tone on every page: the tone follows its id, not its place on a list.
 */
export const AVATAR_TONES = ['#8c1d18', '#1d4f91', '#2d5f34', '#6b4300', '#55337f', '#00545d'] as const;

export function avatarTone(subjectId: string): string {
  let hash = 0;
  for (const char of subjectId) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return AVATAR_TONES[hash % AVATAR_TONES.length]!;
}
