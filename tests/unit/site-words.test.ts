/** How the site names things: English headings in title case, rulebooks by their title, the notice's issuer. */
import { describe, expect, it } from 'vitest';
import { titleCase } from '../../site/src/i18n.ts';
import { issuerOf } from '../../site/src/util/center.ts';
import { rulebookTitle } from '../../site/src/util/rulebooks.ts';
import { fixtureCenter } from '../support/published-fixtures.ts';

describe('English headings', () => {
  it('capitalise each word but the small ones after the first, and keep capitals already there', () => {
    expect(titleCase('best windows of the month')).toBe('Best Windows of the Month');
    expect(titleCase('stars of the year')).toBe('Stars of the Year');
    expect(titleCase('the full list')).toBe('The Full List');
    expect(titleCase('SHA-256 and Q3')).toBe('SHA-256 and Q3');
  });
});

describe('a rulebook as readers know it', () => {
  it('is named by its title, never its id', () => {
    expect(rulebookTitle({ id: 'default' }, 'zh')).toBe('《默认评选规则（青浦模式）》');
    expect(rulebookTitle({ id: 'default' }, 'en')).toBe('“Default rulebook (Qingpu model)”');
    expect(rulebookTitle({ id: 'qingpu-2018' }, 'zh')).toBe('中心评选规则');
  });
});

describe('who signs a notice', () => {
  it('is the profile\'s authority with its supervision phone, or the center and its phone', () => {
    expect(issuerOf(fixtureCenter, 'zh')).toMatchObject({ authority: '青浦区行政服务中心管理委员会办公室', supervisionPhone: '021-5970 1234' });
    const { authority, authorityEn, supervisionPhone, ...bare } = fixtureCenter;
    expect([authority, authorityEn, supervisionPhone].every(Boolean)).toBe(true);
    expect(issuerOf(bare, 'zh')).toMatchObject({ authority: '青浦区行政服务中心', supervisionPhone: '021-5970 0000' });
    // No English address given: the page marks the Chinese one as Chinese.
    expect(issuerOf(bare, 'en')).toMatchObject({ authority: fixtureCenter.nameEn, address: fixtureCenter.address, chinese: { authority: false, address: true } });
    expect(issuerOf(undefined, 'zh')).toBeUndefined();
  });
});
