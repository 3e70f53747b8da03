/**
 * The RSS 2.0 and JSON Feed 1.1 feeds of published lists, in either language: a final list
 * or a notice is an item, linked to its page, with its JSON download as the enclosure.
 * The `feed` package writes both formats from one description.
 */
import { Feed } from 'feed';
import type { CenterProfile, HonorList, PublicNotice } from '#core/published';
import { HTML_LANG, type Lang, UI, contextSuffix, localePath } from '../i18n.ts';
import { siteNameOf } from './center.ts';
import { downloadsOf } from './downloads.ts';
import { formatDate, formatPeriod } from './format.ts';
import { listPath, noticePath } from './paths.ts';

interface FeedInput {
  readonly center: CenterProfile | undefined;
  readonly lists: readonly HonorList[];
  readonly notices: readonly PublicNotice[];
  /** The site's origin, e.g. https://honor.example.gov.cn */
  readonly site: URL;
  readonly lang: Lang;
}

/** Feed readers show an item's description as HTML: published names are text, never markup. */
const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const names = (doc: HonorList | PublicNotice, lang: Lang): string =>
  doc.entries.map((e) => (e.windowName && e.windowName !== e.name ? `${e.name}（${e.windowName}）` : e.name)).join(lang === 'zh' ? '、' : ', ');

export function buildFeed({ center, lists, notices, site, lang }: FeedInput): Feed {
  const words = UI[lang];
  const url = (path: string): string => new URL(path, site).href;
  const items = [
    ...lists.map((list) => {
      const title = words.listHeading(formatPeriod(list.period, lang), list.title[lang]);
      const json = downloadsOf(list).json;
      return {
        title,
        id: url(listPath(list, lang)),
        link: url(listPath(list, lang)),
        date: new Date(list.publishedAt),
        description: escapeHtml(`${words.finalizedOn(formatDate(list.finalizedOn, lang))}${contextSuffix(lang, names(list, lang))}`),
        enclosure: { url: url(json.href), type: 'application/json', length: json.bytes },
      };
    }),
    ...notices.map((notice) => {
      const title = words.noticeHeading(formatPeriod(notice.period, lang), notice.title[lang]);
      const json = downloadsOf(notice).json;
      return {
        title,
        id: `${url(noticePath(notice.noticeId, lang))}@${notice.publishedAt}`,
        link: url(noticePath(notice.noticeId, lang)),
        date: new Date(notice.publishedAt),
        description: escapeHtml(`${words.noticeDates(formatDate(notice.start, lang), formatDate(notice.end, lang))}${contextSuffix(lang, names(notice, lang))}`),
        enclosure: { url: url(json.href), type: 'application/json', length: json.bytes },
      };
    }),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());

  const home = url(localePath(lang, '/'));
  const feed = new Feed({
    title: siteNameOf(center, lang),
    description: words.homeLead,
    id: home,
    link: home,
    language: HTML_LANG[lang],
    generator: false,
    ...(items[0] ? { updated: items[0].date } : {}),
    feedLinks: { rss: url(localePath(lang, '/feed.xml')), json: url(localePath(lang, '/feed.json')) },
  });
  for (const item of items) feed.addItem(item);
  return feed;
}
