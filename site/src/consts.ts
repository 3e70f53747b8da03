/** Site-wide constants. Words of the pages are in i18n.ts. */

/** The center this site belongs to: the intake forms post under /api/v1/centers/{CENTER_ID}/. */
export const CENTER_ID = 'demo';

/** Placeholder for a value that does not exist (no valid evaluation, unknown department). */
export const NOT_APPLICABLE = '—';

/** How many months the home page lists before linking to the full list. */
export const HOME_MONTHS = 12;
