/** A center's own rulebook version and calendar overrides reach intake and score runs. */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRulebook, DEFAULT_RULEBOOK_CONTENT } from '#core/rulebook/default';
import { defineRulebook } from '#core/rulebook/schema';
import { centerSettings } from '#functions/center-settings';
import type { Store } from '#store/client';
import { calendarSetting, putSetting, rulebookSetting } from '#store/settings';
import { freshStore } from '../support/store.ts';

let store: Store;
beforeAll(async () => {
  store = await freshStore();
});

const audit = (recordId: string) => ({
  at: '2026-11-20T02:00:00.000Z',
  who: 'admin-1',
  role: 'admin',
  credential: 'jti',
  routeKey: 'PUT /api/v1/centers/{center}/calendar',
  action: 'configure',
  touched: recordId,
  detail: { operation: 'putCalendar' },
});

describe('centerSettings', () => {
  it('gives the default rulebook and the official calendar to a center that set neither', async () => {
    const settings = await centerSettings(store, 'plain', new Date());
    expect(settings.rulebook.hash).toBe(defaultRulebook().hash);
    expect(settings.calendar.isWorkingDay('2026-12-24')).toBe(true); // a Thursday
  });

  it('gives the latest rulebook version and the overrides a center wrote', async () => {
    const v2 = defineRulebook({ ...DEFAULT_RULEBOOK_CONTENT, version: '1.1.0' });
    await putSetting(store, 'own', rulebookSetting(v2, '2026-11-20T02:00:00.000Z'), audit('rulebook:1.1.0'), { once: true });
    await putSetting(store, 'own', calendarSetting({ '2026-12-24': 'rest' }), audit('calendar'));
    const settings = await centerSettings(store, 'own', new Date());
    expect(settings.rulebook.version).toBe('1.1.0');
    expect(settings.calendar.isWorkingDay('2026-12-24')).toBe(false);
    // A version is never written twice.
    expect(await putSetting(store, 'own', rulebookSetting(v2, '2026-11-21T00:00:00.000Z'), audit('rulebook:1.1.0'), { once: true })).toBe('exists');
  });
});
