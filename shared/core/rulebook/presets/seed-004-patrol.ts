/**
 * Preset: the “服务质量月” daily patrol — seed 004; DOMAIN.md §4.4.
 *
 * The hall's duty head patrols every day; each breach of items 1–4 (attendance, etiquette,
 * courteous language, efficient service) costs 1 point, of item 5 (integrity) 2 points,
 * counted against the officer and the window [§五、保障措施 第3条]. Only the seed's patrol
 * codes; the categories are the default ones, all taken by deductions; no honors. A campaign:
 * it applies in July, the month the seed names (§三、活动安排 第二阶段 7月1日-7月31日), and a
 * center's other months stay under its regular rulebook (rulebook/in-force.ts).
 */
import { defaultFindingCodes } from '../findings/index.ts';
import { PATROL_WINDOW_CODES } from '../findings/officer.ts';
import { DEFAULT_RULEBOOK_CONTENT } from '../default.ts';
import { defineRulebook } from '../schema.ts';

export const SEED_004_PATROL = defineRulebook({
  ...DEFAULT_RULEBOOK_CONTENT,
  id: 'seed-004-patrol',
  version: '1.0.0',
  name: { zh: '服务质量月巡查扣分', en: 'Service quality month: patrol deductions' },
  summary: {
    zh: '大厅值班长每日巡查，违反考勤、服务礼仪、文明用语、高效服务要求的每次扣1分，违反廉洁自律要求的每次扣2分，扣分直接计入窗口单位考核。',
    en: 'Daily patrols: each breach of attendance, etiquette, courteous language or efficient service costs 1 point, each breach of integrity 2 points, counted in the window’s assessment.',
  },
  window: {
    ...DEFAULT_RULEBOOK_CONTENT.window,
    categories: DEFAULT_RULEBOOK_CONTENT.window.categories.map((c) => ({ ...c, components: [] })),
  },
  // One patrol event, one finding: the officer's code charges the window its item's code too.
  findingCodes: defaultFindingCodes().filter((c) => c.source.seed === '004').map((c) =>
    PATROL_WINDOW_CODES[c.code] ? { ...c, windowCode: PATROL_WINDOW_CODES[c.code] } : c,
  ),
  electronicEvaluation: undefined,
  hygiene: undefined,
  honors: [],
  campaignMonths: [7],
});
