/** The center's name as a page shows it, before and after its profile is published. Pure. */
import type { CenterProfile } from '#core/published';
import { type Lang, UI } from '../i18n.ts';

export const centerNameOf = (center: CenterProfile | undefined, lang: Lang): string =>
  center ? (lang === 'zh' ? center.name : center.nameEn) : UI[lang].fallbackCenter;

/** "青浦区行政服务中心光荣榜" / "Qingpu District Administrative Service Center Honor Board". */
export const siteNameOf = (center: CenterProfile | undefined, lang: Lang): string =>
  lang === 'zh' ? `${centerNameOf(center, lang)}${UI.zh.siteTitle}` : `${centerNameOf(center, lang)} ${UI.en.siteTitle}`;
