/**
 * The rules a center works under: its rulebook versions (the default until an administrator
 * writes one) and the one in force today, the working-day calendar with its overrides, the center's
 * profile and its roster. Kept for a minute per container, so intake pays these reads once
 * a minute, not per request. An administrator's write in this container forgets them at
 * once; a roster that does not know an officer is read again before a record is refused.
 */
import { type WorkingCalendar, createCalendar } from '#core/calendar';
import type { Center, Officer } from '#core/center';
import { defaultRulebook } from '#core/rulebook/default';
import { rulebookInForce } from '#core/rulebook/in-force';
import { dateOf } from '#core/records/common';
import type { Rulebook } from '#core/rulebook/schema';
import { getCenter, listOfficers } from '#store/center';
import type { Store } from '#store/client';
import { getCalendarOverrides, listRulebooks } from '#store/settings';

export interface CenterSettings {
  /** In force today. */
  readonly rulebook: Rulebook;
  /** The version in force on a date: records are checked, and months scored, by it. */
  readonly rulebookAt: (date: string) => Rulebook;
  readonly calendar: WorkingCalendar;
  readonly profile: Center | undefined;
  readonly roster: ReadonlyMap<string, Officer>;
}

const KEEP_MS = 60_000;
const cache = new Map<string, { readonly until: number; readonly settings: Promise<CenterSettings> }>();

export function centerSettings(store: Store, centerId: string, now: Date): Promise<CenterSettings> {
  const cached = cache.get(centerId);
  if (cached && cached.until > now.getTime()) return cached.settings;
  const settings = Promise.all([listRulebooks(store, centerId), getCalendarOverrides(store, centerId), getCenter(store, centerId), listOfficers(store, centerId)]).then(
    ([rulebooks, overrides, profile, officers]) => ({
      rulebook: rulebookInForce(rulebooks, dateOf(now), defaultRulebook()),
      rulebookAt: (date: string) => rulebookInForce(rulebooks, date, defaultRulebook()),
      calendar: createCalendar(overrides),
      profile,
      roster: new Map(officers.map((o) => [o.officerId, o])),
    }),
  );
  cache.set(centerId, { until: now.getTime() + KEEP_MS, settings });
  settings.catch(() => cache.delete(centerId));
  return settings;
}

/** After a write to the center's settings: the next request reads them afresh. */
export function forgetCenterSettings(centerId: string): void {
  cache.delete(centerId);
}

/** The roster as it is now, bypassing the minute's cache (before refusing a record over it). */
export async function freshRoster(store: Store, centerId: string, now: Date): Promise<ReadonlyMap<string, Officer>> {
  forgetCenterSettings(centerId);
  return (await centerSettings(store, centerId, now)).roster;
}
