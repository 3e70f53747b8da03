/**
 * Pickers, not ids: on the intake forms, every text field that takes an officer, window,
 * candidate or finding code gets a list of choices by name from the roster and the
 * rulebook (a `<datalist>`: typing part of a name finds it), while the id stays the value
 * the API receives. Without a session, or where a read fails, the field stays as it was.
 */
import { el, getJson, session } from './api.ts';

type Choice = readonly [value: string, label: string];

const LISTS = {
  officers: 'picker-officers',
  windows: 'picker-windows',
  candidates: 'picker-candidates',
  codes: 'picker-codes',
} as const;

/** Which list a field takes, by the last segment of its body path. */
function listFor(path: string): keyof typeof LISTS | undefined {
  const name = path.split('.').at(-1) ?? '';
  if (/^(officerId|ratedBy|raterId)$/.test(name)) return 'officers';
  if (name === 'windowId') return 'windows';
  if (/^(candidateId|subjectId|entry)$/.test(name)) return 'candidates';
  if (name === 'code') return 'codes';
  return undefined;
}

export async function attachPickers(root: ParentNode = document): Promise<void> {
  const fields = [...root.querySelectorAll<HTMLInputElement>('input[data-path]')].filter((input) => input.type === 'text' && listFor(input.dataset.path ?? ''));
  if (!session || session.role === 'device' || fields.length === 0) return;
  const [officers, windows, codes] = await Promise.all([
    getJson<{ officers: { officerId: string; name: string; windowName: string }[] }>('/officers'),
    getJson<{ windows: { windowId: string; name: string }[] }>('/windows'),
    getJson<{ findingCodes: { code: string; zh: string; en: string }[] }>('/finding-codes'),
  ]);
  const en = document.documentElement.lang === 'en';
  const officerChoices: Choice[] = officers.ok ? officers.body.officers.map((o) => [o.officerId, `${o.name}（${o.windowName}）`]) : [];
  const windowChoices: Choice[] = windows.ok ? windows.body.windows.map((w) => [w.windowId, w.name]) : [];
  const choices: Record<keyof typeof LISTS, Choice[]> = {
    officers: officerChoices,
    windows: windowChoices,
    candidates: [...officerChoices, ...windowChoices],
    codes: codes.ok ? codes.body.findingCodes.map((c) => [c.code, en ? c.en : c.zh]) : [],
  };
  for (const [kind, id] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
    if (choices[kind].length === 0 || document.getElementById(id)) continue;
    document.body.append(el('datalist', { id }, ...choices[kind].map(([value, label]) => el('option', { value, label }))));
  }
  const attach = (input: HTMLInputElement) => {
    const kind = listFor(input.dataset.path ?? '');
    if (input.type === 'text' && kind && choices[kind].length > 0) input.setAttribute('list', LISTS[kind]);
  };
  fields.forEach(attach);
  // Rows added to a list later (another nominee, another score) get their picker too.
  new MutationObserver((changes) => {
    for (const node of changes.flatMap((c) => [...c.addedNodes])) {
      if (node instanceof HTMLElement) node.querySelectorAll<HTMLInputElement>('input[data-path]').forEach(attach);
    }
  }).observe(root instanceof Document ? root.body : (root as Node), { childList: true, subtree: true });
}
