/**
 * A window's month in the console: the records by type and the month's scores with every
 * ledger line in plain words — a fixed rule by its name, a finding by the rulebook's words
 * and the clause it cites — its points, and the records it came from, each linked to its
 * row in the records below, where a supervisor may correct it.
 */
import { RECORD_TYPES } from '#core/records/registry';
import { CONSOLE_WORDS } from '../../components/console/words.ts';
import { localePath } from '../../i18n.ts';
import { pageLang, renderSessionLines } from '../session.ts';
import { el, getJson, session, table } from './api.ts';

const lang = pageLang();
const w = CONSOLE_WORDS[lang];
const form = document.querySelector<HTMLFormElement>('form[data-window-month]')!;
const windowSelect = form.querySelector<HTMLSelectElement>('#wm-window')!;
const monthInput = form.querySelector<HTMLInputElement>('#wm-month')!;
const body = document.querySelector<HTMLElement>('[data-window-month-body]')!;

interface LedgerLine {
  readonly code: string;
  readonly points: string;
  readonly records: readonly string[];
  readonly detail?: Readonly<Record<string, string | number>>;
}

interface Result {
  readonly sk: string;
  readonly rule: string;
  readonly scoreShown?: string;
  /** The electronic-evaluation component, an exact fraction. */
  readonly component?: string;
  readonly grade?: string | null;
  readonly ledger?: readonly LedgerLine[];
}

interface StoredRecord {
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly supersedes?: string;
  readonly supersededBy?: string;
}

interface FindingCode {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly source: { readonly seed: string; readonly clause: string };
}

renderSessionLines(lang);
void setUp();

async function setUp(): Promise<void> {
  if (!session) return;
  const params = new URLSearchParams(location.search);
  const windows = await getJson<{ windows: { windowId: string; name: string }[] }>('/windows');
  const own = session.windowId;
  const choices = windows.ok ? windows.body.windows.filter((win) => !own || win.windowId === own) : [];
  windowSelect.replaceChildren(...choices.map((win) => el('option', { value: win.windowId }, `${win.name}（${win.windowId}）`)));
  const now = new Date();
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  windowSelect.value = params.get('window') ?? own ?? choices[0]?.windowId ?? '';
  monthInput.value = params.get('month') ?? last;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?window=${encodeURIComponent(windowSelect.value)}&month=${encodeURIComponent(monthInput.value)}`);
    void show(windowSelect.value, monthInput.value);
  });
  if (windowSelect.value && monthInput.value) await show(windowSelect.value, monthInput.value);
}

const showPoints = (exact: string): string => {
  const [n, d = '1'] = exact.split('/');
  const value = Number(n) / Number(d);
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
};

async function show(windowId: string, month: string): Promise<void> {
  body.replaceChildren(el('p', { className: 'panel' }, w.loading));
  const base = `/windows/${encodeURIComponent(windowId)}`;
  const [ledger, records, codes] = await Promise.all([
    getJson<{ results: Result[] }>(`${base}/ledger?month=${month}`),
    getJson<{ records: StoredRecord[] }>(`${base}/records?month=${month}`),
    getJson<{ findingCodes: FindingCode[]; ruleLines: Record<string, { zh: string; en: string }> }>('/finding-codes'),
  ]);
  if (!ledger.ok || !records.ok) {
    body.replaceChildren(el('p', { className: 'panel notice notice--warning' }, w.loadFailed(!ledger.ok ? ledger.status : (records as { status: number }).status)));
    return;
  }
  const findings = new Map((codes.ok ? codes.body.findingCodes : []).map((c) => [c.code, c]));
  const lineName = (code: string): { name: string; clause: string } => {
    const finding = findings.get(code);
    if (finding) return { name: lang === 'zh' ? finding.zh : finding.en, clause: `${lang === 'zh' ? '依据' : 'seed'} ${finding.source.seed} ${finding.source.clause}` };
    // The fixed rules' names come with the finding codes (core/ledger-names.ts).
    const names = codes.ok ? codes.body.ruleLines : {};
    const fixed = names[code] ?? names[code.split('.').slice(0, 2).join('.')];
    return { name: fixed?.[lang] ?? code, clause: code };
  };
  // The inputs behind a fixed rule's line (its category, the rates …), for redoing the sum.
  const detailOf = (line: LedgerLine): string =>
    Object.entries(line.detail ?? {})
      .map(([key, value]) => `${key} ${value}`)
      .join(' · ');
  const recordLinks = (ids: readonly string[]): Node => {
    const known = new Set(records.body.records.map((r) => r.id));
    const span = el('span', {});
    ids.slice(0, 5).forEach((id, i) => {
      if (i > 0) span.append(' ');
      // Aggregates are cited by their own ids (demo/2026-10/…); records by a short id linked to their row.
      span.append(known.has(id) ? el('a', { href: `#record-${id}` }, id.slice(0, 8)) : id);
    });
    if (ids.length > 5) span.append(` … (${ids.length})`);
    return span;
  };

  const resultPanels = (['monthly-score', 'electronic-evaluation'] as const).map((rule) => {
    const result = ledger.body.results.find((r) => r.rule === rule);
    const title = rule === 'monthly-score' ? w.monthlyScore : w.electronic;
    if (!result) return el('section', { className: 'panel console-section' }, el('h2', {}, title), el('p', {}, w.noResult));
    return el(
      'section',
      { className: 'panel console-section' },
      el('h2', {}, `${title}：${result.scoreShown ?? (result.component ? showPoints(result.component).replace(/^\+/, '') : '')}${result.grade ? ` · ${w.grade} ${result.grade}` : ''}`),
      el(
        'div',
        { className: 'table-scroll' },
        table(
          [w.line, w.clause, w.points, w.fromRecords],
          (result.ledger ?? []).map((line) => {
            const { name, clause } = lineName(line.code);
            const detail = findings.has(line.code) ? '' : detailOf(line);
            return [name, detail ? `${clause} · ${detail}` : clause, showPoints(line.points), recordLinks(line.records)];
          }),
          w.ledger,
        ),
      ),
    );
  });

  const byType = new Map<string, StoredRecord[]>();
  for (const record of records.body.records) byType.set(record.type, [...(byType.get(record.type) ?? []), record]);
  const mayCorrect = session?.role === 'supervisor';
  const typeLabel = (type: string) => (RECORD_TYPES as Record<string, { label: { zh: string; en: string } }>)[type]?.label[lang] ?? type;
  const recordsPanel = el(
    'section',
    { className: 'panel console-section' },
    el('h2', {}, w.recordsByType),
    table([w.type, w.count], [...byType].map(([type, list]) => [typeLabel(type), String(list.length)])),
    ...[...byType].map(([type, list]) =>
      el(
        'details',
        { className: 'record-group' },
        el('summary', {}, `${typeLabel(type)} (${list.length})`),
        el(
          'div',
          { className: 'table-scroll' },
          table(
            ['id', w.at, w.content, w.correct],
            list.map((r) => {
              const row: (Node | string)[] = [el('span', { id: `record-${r.id}` }, r.id.slice(0, 8)), r.at.slice(0, 16).replace('T', ' '), summarize(r.body)];
              row.push(
                r.supersededBy
                  ? w.superseded
                  : mayCorrect
                    ? el('a', { href: `${localePath(lang, `/forms/corrections/${r.type}/`)}?supersedes=${encodeURIComponent(r.id)}` }, w.correct)
                    : '',
              );
              return row;
            }),
          ),
        ),
      ),
    ),
  );
  body.replaceChildren(...resultPanels, recordsPanel);
  // A line's record link opens the group that holds it.
  body.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest('a[href^="#record-"]');
    if (!target) return;
    const row = document.getElementById(target.getAttribute('href')!.slice(1));
    const group = row?.closest('details');
    if (group) group.open = true;
  });
}

/** A record's body in one line, without the ids the page already shows. */
function summarize(recordBody: Readonly<Record<string, unknown>>): string {
  return Object.entries(recordBody)
    .filter(([key]) => key !== 'windowId')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}
