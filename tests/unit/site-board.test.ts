/** The honor board's pure helpers: board, archive, window views, chart, downloads, badges, feeds. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AVATAR_TONES, avatarTone, initialsOf } from '../../site/src/util/avatar.ts';
import { archiveByYear, currentBoard, publicWindows, sortLists, windowHonors, windowTrend } from '../../site/src/util/board.ts';
import { downloadName, downloadsOf, toCsv } from '../../site/src/util/downloads.ts';
import { buildFeed } from '../../site/src/util/feeds.ts';
import { listPath, objectionPath, periodPath } from '../../site/src/util/paths.ts';
import { rulebookFor } from '../../site/src/util/rulebooks.ts';
import { trendChart, trendSummary } from '../../site/src/util/trend-chart.ts';
import { defaultRulebook } from '../../shared/core/rulebook/default.ts';
import { fixtureCenter, fixtureLists, fixtureMonths, fixtureNotices } from '../support/published-fixtures.ts';

describe('the board', () => {
  it('shows the latest list of each honor: quarterly, then yearly, then monthly', () => {
    const board = currentBoard(fixtureLists);
    expect(board.map((s) => [s.kind, s.lists.map((l) => `${l.honorId} ${l.period}`)])).toEqual([
      ['quarter', ['quarterly-stars 2026-Q3']],
      ['year', ['yearly-stars 2025', 'excellent-windows 2025']],
      ['month', ['best-windows 2026-09']],
    ]);
    expect(currentBoard([])).toEqual([]);
  });

  it('orders the lists of one period as the rulebook orders its honors, not by name', () => {
    const year = sortLists(fixtureLists.toReversed()).filter((l) => l.period === '2025');
    // excellent-windows sorts before yearly-stars by name; the default rulebook lists the stars first.
    expect(year.map((l) => l.honorId)).toEqual(['yearly-stars', 'excellent-windows']);
  });

  it('puts every list, notice and month under its year, newest year first', () => {
    const archive = archiveByYear({ lists: sortLists(fixtureLists), notices: fixtureNotices, months: fixtureMonths });
    expect(archive.map((y) => [y.year, y.lists.length, y.notices.length, y.months.length])).toEqual([
      ['2026', 3, 2, 4],
      ['2025', 2, 0, 0],
    ]);
  });

  it("gathers a window's honors (its own and its officers') and its monthly scores", () => {
    const honors = windowHonors('tax', fixtureLists);
    expect(honors.map(({ list, entries }) => [list.honorId, list.period, entries.map((e) => e.name)])).toEqual([
      ['quarterly-stars', '2026-Q3', ['王芳菲', '赵晓磊', '欧阳娜娜']],
      ['best-windows', '2026-09', ['税务窗口']],
      ['quarterly-stars', '2026-Q2', ['王芳菲']],
      ['yearly-stars', '2025', ['王芳菲']],
      ['excellent-windows', '2025', ['税务窗口']],
    ]);
    expect(windowTrend('housing', fixtureMonths)).toEqual([
      { period: '2026-07', score: '88.00' },
      { period: '2026-08', score: null },
      { period: '2026-09', score: '90.00' },
      { period: '2026-10', score: '89.35' },
    ]);
  });

  it('lists the profile windows in hall order, then windows only a document names', () => {
    const withStranger = [{ ...fixtureLists[0]!, entries: [{ ...fixtureLists[0]!.entries[0]!, windowId: 'closed', windowName: '旧窗口' }] }];
    const windows = publicWindows({ center: fixtureCenter, months: fixtureMonths, lists: withStranger });
    expect(windows.map((w) => w.windowId)).toEqual(['market', 'tax', 'social', 'housing', 'closed']);
    expect(windows.at(-1)).toMatchObject({ name: '旧窗口' });
    expect(publicWindows({ center: undefined, months: [], lists: [] })).toEqual([]);
  });
});

describe('addresses', () => {
  it('gives each period kind its page, in either language', () => {
    expect(periodPath('2026-Q3', 'zh')).toBe('/stars/2026-q3/');
    expect(periodPath('2026', 'en')).toBe('/en/years/2026/');
    expect(periodPath('2026-10', 'zh')).toBe('/months/2026-10/');
    expect(listPath({ period: '2026-Q3', honorId: 'quarterly-stars' }, 'zh')).toBe('/stars/2026-q3/#quarterly-stars');
    expect(objectionPath('best-windows-2026-10', 'social', 'en')).toBe('/en/notices/?noticeId=best-windows-2026-10&entry=social#objection');
  });
});

describe('the trend chart', () => {
  const points = windowTrend('housing', fixtureMonths);

  it('spans from a multiple of 5 below the lowest score to 100 and breaks the line at a month without a score', () => {
    const chart = trendChart(points);
    // Lowest 88.00 → the axis starts at 85; ticks every 5 points.
    expect(chart.lowest).toBe(85);
    expect(chart.highest).toBe(100);
    expect(chart.ticks.map((t) => t.label)).toEqual(['85', '90', '95', '100']);
    expect(chart.dots.map((d) => d.period)).toEqual(['2026-07', '2026-09', '2026-10']);
    // July stands alone (a dot, no line); September to October is one line.
    expect(chart.paths).toHaveLength(1);
    expect(chart.paths[0]).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    // 100 sits at the top of the plot, 85 at its bottom.
    expect(chart.ticks.at(-1)!.y).toBe(chart.plot.top);
    expect(chart.ticks[0]!.y).toBe(chart.plot.bottom);
  });

  it('summarises the best, worst and latest month for the text alternative', () => {
    expect(trendSummary(points)).toEqual({
      best: { period: '2026-09', score: '90.00' },
      worst: { period: '2026-07', score: '88.00' },
      latest: { period: '2026-10', score: '89.35' },
    });
    expect(trendSummary([{ period: '2026-10', score: null }])).toBeUndefined();
  });

  it('draws a single month as a dot in the middle', () => {
    const chart = trendChart([{ period: '2026-10', score: '92.00' }]);
    expect(chart.paths).toEqual([]);
    expect(chart.dots[0]!.x).toBe((chart.plot.left + chart.plot.right) / 2);
  });
});

describe('downloads', () => {
  const list = fixtureLists[0]!;

  it('serves the published document as JSON and its entries as CSV, each with the SHA-256 of its bytes', () => {
    const { json, csv } = downloadsOf(list);
    expect(downloadName(list)).toBe('honor-list_quarterly-stars_2026-Q3');
    expect(json.href).toBe('/downloads/honor-list_quarterly-stars_2026-Q3.json');
    expect(JSON.parse(json.body)).toEqual(list);
    expect(json.sha256).toBe(createHash('sha256').update(json.body, 'utf8').digest('hex'));
    expect(csv.bytes).toBe(Buffer.byteLength(csv.body, 'utf8'));
    expect(csv.sha256).toBe(createHash('sha256').update(csv.body, 'utf8').digest('hex'));
  });

  it('writes RFC 4180 CSV with a byte-order mark: fields with commas or quotes are quoted', () => {
    const quoted = { ...list, entries: [{ ...list.entries[0]!, deeds: '推行“一次性告知”, 获"好评"' }] };
    const lines = toCsv(quoted).split('\r\n');
    expect(lines[0]).toBe('\uFEFFhonor_id,period,position,subject_id,name,window_id,window_name,department,department_en,deeds');
    expect(lines[1]).toBe('quarterly-stars,2026-Q3,1,o101,李明远,market,市场监管窗口,区市场监督管理局,Market Regulation,"推行“一次性告知”, 获""好评"""');
    expect(lines.at(-1)).toBe('');
  });

  it('writes a month as one row per window with its score, an empty cell where there is none', () => {
    const august = fixtureMonths.find((m) => m.period === '2026-08')!;
    const lines = toCsv(august).split('\r\n');
    expect(lines[0]).toBe('\uFEFFperiod,window_id,score,component,satisfaction_rate,evaluations,required,volume');
    expect(lines).toContain('2026-08,housing,,5.00,,0,0,0');
  });
});

describe('initials badges', () => {
  it('shows the surname of a Chinese name and the initials of a Latin one', () => {
    expect(initialsOf('李明远')).toBe('李');
    expect(initialsOf('欧阳娜娜')).toBe('欧');
    expect(initialsOf('Wang Fang')).toBe('WF');
    expect(initialsOf('w12')).toBe('W');
  });

  it('keeps one tone per subject, from the palette', () => {
    expect(avatarTone('o101')).toBe(avatarTone('o101'));
    expect(AVATAR_TONES).toContain(avatarTone('o101'));
    expect(new Set(['o101', 'o102', 'o103', 'o104', 'o105', 'o106'].map(avatarTone)).size).toBeGreaterThan(1);
  });
});

describe('rulebook choice for how scores work', () => {
  it('explains the rulebook named, the default when the name is unknown, and says when it is not the very one', () => {
    expect(rulebookFor({ id: defaultRulebook().id, version: defaultRulebook().version, hash: defaultRulebook().hash })).toMatchObject({ exact: true });
    expect(rulebookFor({ id: 'seed-002-monthly-assessment', version: 'x', hash: 'y' }).rulebook.id).toBe('seed-002-monthly-assessment');
    expect(rulebookFor({ id: 'qingpu-2018', version: '1', hash: 'z' })).toMatchObject({ exact: false, rulebook: { id: 'default' } });
    expect(rulebookFor(undefined).rulebook).toBe(defaultRulebook());
  });
});

describe('feeds', () => {
  it('lists final lists and notices newest first, with absolute links and the JSON download enclosed', () => {
    const feed = buildFeed({ center: fixtureCenter, lists: fixtureLists, notices: fixtureNotices, site: new URL('https://honor.example.gov.cn'), lang: 'zh' });
    const json = JSON.parse(feed.json1()) as { title: string; items: { title: string; url: string }[] };
    expect(json.title).toBe('青浦区行政服务中心光荣榜');
    expect(json.items[0]).toMatchObject({ title: '2026年10月“月度最佳窗口”拟表彰名单', url: 'https://honor.example.gov.cn/notices/#best-windows-2026-10' });
    expect(feed.rss2()).toContain('<enclosure length="');
    expect(feed.rss2()).toContain('url="https://honor.example.gov.cn/downloads/honor-list_quarterly-stars_2026-Q3.json"');
  });

  it('escapes names as text in the item descriptions', () => {
    const sneaky = [{ ...fixtureLists[0]!, entries: [{ ...fixtureLists[0]!.entries[0]!, name: '<b>李</b>', windowName: null }] }];
    const feed = buildFeed({ center: undefined, lists: sneaky, notices: [], site: new URL('https://x.example'), lang: 'en' });
    expect(feed.json1()).toContain('&lt;b&gt;李&lt;/b&gt;');
  });
});
