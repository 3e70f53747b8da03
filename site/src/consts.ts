/** Site-wide constants: names, language and the words every page shares. */

export const SITE_LANG = 'zh-CN';

/** Shown where a center profile has not been published yet. */
export const FALLBACK_CENTER_NAME = '政务服务中心';

export const SITE_TITLE = '光荣榜';

/** The center this site belongs to: the intake forms post under /api/v1/centers/{CENTER_ID}/. */
export const CENTER_ID = 'demo';

/** The public navigation, in the order it appears on every page. */
export const NAV_LINKS = [
  { href: '/', label: '光荣榜' },
  { href: '/months/', label: '月度电子评价' },
  { href: '/forms/', label: '在线填报' },
] as const;

export const EMPTY_HONORS = '暂无已公示的评选结果';
export const EMPTY_MONTHS = '暂无已发布的月度电子评价';

/** Placeholder for a value that does not exist (no valid evaluation, unknown department). */
export const NOT_APPLICABLE = '—';

/** How many months the home page lists before linking to the full list. */
export const HOME_MONTHS = 12;
