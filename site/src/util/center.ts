/** The center's name as a page shows it, before and after its profile is published. Pure. */
import type { CenterProfile } from '#core/published';
import { type Lang, UI } from '../i18n.ts';

export const centerNameOf = (center: CenterProfile | undefined, lang: Lang): string =>
  center ? (lang === 'zh' ? center.name : center.nameEn) : UI[lang].fallbackCenter;

/** "青浦区行政服务中心光荣榜" / "Qingpu District Administrative Service Center Honor Board". */
export const siteNameOf = (center: CenterProfile | undefined, lang: Lang): string =>
  lang === 'zh' ? `${centerNameOf(center, lang)}${UI.zh.siteTitle}` : `${centerNameOf(center, lang)} ${UI.en.siteTitle}`;

export interface Issuer {
  /** 落款: the body that signs notices and posters. */
  readonly authority: string;
  readonly address: string;
  /** 监督电话: where objections and complaints can be phoned in. */
  readonly supervisionPhone: string | undefined;
  /** On an English page, which of the texts are Chinese still (no English given). */
  readonly chinese: { readonly authority: boolean; readonly address: boolean };
}

/**
 * Who signs the center's notices and posters, with the address and supervision phone
 * (DOMAIN.md §6): the profile's authority, or the center itself where none is named; the
 * profile's phone where no separate supervision phone is. Undefined until a profile is
 * published.
 */
export function issuerOf(center: CenterProfile | undefined, lang: Lang): Issuer | undefined {
  if (!center) return undefined;
  const authority = lang === 'zh' ? (center.authority ?? center.name) : (center.authorityEn ?? center.nameEn);
  return {
    authority,
    address: lang === 'zh' ? center.address : (center.addressEn ?? center.address),
    supervisionPhone: center.supervisionPhone ?? (center.phone || undefined),
    chinese: { authority: lang === 'en' ? center.authorityEn === undefined && center.authority !== undefined : false, address: lang === 'en' && center.addressEn === undefined },
  };
}

/** Digits, "+" and extension separators only: a tel: link must dial what the page shows. */
export const dialable = (phone: string): string => phone.replace(/[^\d+,;]/g, '');
