/** What the console's pages share: the session's API calls and a few DOM builders. */
import { currentSession } from '../session.ts';

export const session = currentSession();
const centerId = session?.centerId ?? 'demo';
export const api = (path: string): string => `/api/v1/centers/${encodeURIComponent(centerId)}${path}`;
export const auth = (): Record<string, string> => (session ? { authorization: `Bearer ${session.token}` } : {});

export async function getJson<T>(path: string): Promise<{ ok: true; body: T } | { ok: false; status: number }> {
  const response = await fetch(api(path), { headers: auth() });
  if (!response.ok) return { ok: false, status: response.status };
  return { ok: true, body: (await response.json()) as T };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function table(headers: readonly string[], rows: readonly (readonly (Node | string)[])[], caption?: string): HTMLTableElement {
  return el(
    'table',
    { className: 'data-table' },
    ...(caption ? [el('caption', {}, caption)] : []),
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))),
  );
}

/** Names for ids: officers with their window, windows by name. */
export async function rosterNames(): Promise<Map<string, { name: string; window?: string }>> {
  const [windows, officers] = await Promise.all([
    getJson<{ windows: { windowId: string; name: string }[] }>('/windows'),
    getJson<{ officers: { officerId: string; name: string; windowName: string }[] }>('/officers'),
  ]);
  const names = new Map<string, { name: string; window?: string }>();
  if (windows.ok) for (const w of windows.body.windows) names.set(w.windowId, { name: w.name });
  if (officers.ok) for (const o of officers.body.officers) names.set(o.officerId, { name: o.name, window: o.windowName });
  return names;
}
