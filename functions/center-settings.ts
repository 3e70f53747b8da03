/**
 * The rules a center works under: its latest rulebook version (the default until an
 * administrator writes one) and the working-day calendar with its overrides. Kept for a
 * minute per container, so intake pays the two reads once a minute, not per request.
 */
import { type WorkingCalendar, createCalendar } from '#core/calendar';
import { DEFAULT_RULEBOOK } from '#core/rulebook/default';
import type { Rulebook } from '#core/rulebook/schema';
import type { Store } from '#store/client';
import { getCalendarOverrides, listRulebooks } from '#store/settings';

export interface CenterSettings {
  readonly rulebook: Rulebook;
  readonly calendar: WorkingCalendar;
}

const KEEP_MS = 60_000;
const cache = new Map<string, { readonly until: number; readonly settings: Promise<CenterSettings> }>();

export function centerSettings(store: Store, centerId: string, now: Date): Promise<CenterSettings> {
  const cached = cache.get(centerId);
  if (cached && cached.until > now.getTime()) return cached.settings;
  const settings = Promise.all([listRulebooks(store, centerId), getCalendarOverrides(store, centerId)]).then(
    ([rulebooks, overrides]) => ({ rulebook: rulebooks.at(-1) ?? DEFAULT_RULEBOOK, calendar: createCalendar(overrides) }),
  );
  cache.set(centerId, { until: now.getTime() + KEEP_MS, settings });
  settings.catch(() => cache.delete(centerId));
  return settings;
}
