/**
 * The intake forms' pure parts: the API's body schemas as form fields, form values back to
 * the JSON body, an error's path to the control that shows it — and a label in both
 * languages for every field, option and list of every record type.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '#core/records/registry';
import { ROUTES } from '#functions/routes';
import { LANGS, fieldLabel, formText, optionLabel, rowLabel } from '../../site/src/i18n.ts';
import {
  type FieldNode,
  type FormNode,
  type Shape,
  type Validity,
  beijingInstant,
  describeBody,
  fieldIds,
  formBody,
  htmlPattern,
  localizeMessage,
  nearestPath,
  validationMessage,
} from '../../site/src/util/forms.ts';
import { correctionForms, formsByRole, intakeForms } from '../../site/src/util/forms-catalog.ts';
import { safeReturnPath, sessionOf } from '../../site/src/util/forms-session.ts';

const forms = intakeForms();
const corrections = correctionForms();
const formOf = (slug: string) => forms.find((f) => f.slug === slug)!;
const field = (shape: Shape, name: string): FormNode => shape.fields.find((f) => f.name === name)!;

/** Every node of a shape, variants and rows included. */
function* nodesOf(shape: Shape): Generator<FormNode> {
  if (shape.union) yield shape.union.discriminator;
  const fields = [...shape.fields, ...(shape.union?.variants.flatMap((v) => v.fields) ?? [])];
  for (const node of fields) {
    yield node;
    if (node.kind === 'group') yield* nodesOf(node.shape);
    if (node.kind === 'repeat') yield* nodesOf(node.item);
  }
}

describe('forms from the route table', () => {
  it('has a page per intake route people post to, and none for the devices', () => {
    const intake = ROUTES.filter((r) => r.record);
    expect(forms).toHaveLength(intake.length - 1);
    expect(forms.map((f) => f.slug)).not.toContain('evaluations');
    expect(formOf('public-complaints')).toMatchObject({ endpoint: '/api/v1/centers/demo/public/complaints', roles: ['public'] });
    expect(formOf('volumes')).toMatchObject({ operationId: 'submitVolumes', endpoint: '/api/v1/centers/demo/volumes', type: 'volume' });
  });

  it('lists each form under the first role its route names', () => {
    const groups = Object.fromEntries(formsByRole(forms).map((g) => [g.role, g.forms.map((f) => f.slug)]));
    expect(Object.keys(groups)).toEqual(['public', 'clerk', 'head', 'supervisor', 'panel']);
    expect(groups.public).toEqual(['public-complaints', 'public-objections']);
    expect(groups.clerk).toEqual(['attendance', 'volumes', 'cases', 'case-completions']);
    expect(groups.head).toEqual(['nominations', 'ballots', 'yearly-ratings', 'veto-appeals']);
    expect(groups.panel).toEqual(['panel-scores']);
    expect(groups.supervisor).toContain('complaints');
  });

  it('has a correction form for every record type, the record under `record`', () => {
    expect(corrections.map((c) => c.slug)).toEqual(Object.keys(RECORD_TYPES));
    const veto = corrections.find((c) => c.slug === 'veto')!;
    expect(veto.endpoint).toBe('/api/v1/centers/demo/corrections');
    expect(veto.shape.fields.map((f) => [f.name, f.scope, f.kind])).toEqual([
      ['supersedes', 'correction', 'field'],
      ['reason', 'correction', 'field'],
      ['record', 'correction', 'group'],
    ]);
    // The veto's own reason is labelled as the veto's, the envelope's as the correction's.
    const record = field(veto.shape, 'record');
    expect(record.kind === 'group' && field(record.shape, 'reason').scope).toBe('veto');
    expect(fieldLabel('correction', 'reason', 'zh')).toBe('更正原因');
    expect(fieldLabel('veto', 'reason', 'zh')).toBe('否决事由');
  });
});

describe('schema → field descriptors', () => {
  it('volume: a window, a month picker and a whole number within the API’s range', () => {
    expect(formOf('volumes').shape.fields).toEqual([
      { kind: 'field', name: 'windowId', scope: 'volume', required: true, control: { kind: 'text', multiline: false, decimal: false, format: 'slug', maxLength: 40 } },
      { kind: 'field', name: 'month', scope: 'volume', required: true, control: { kind: 'month' } },
      { kind: 'field', name: 'accepted', scope: 'volume', required: true, control: { kind: 'number', integer: true, min: 0, max: 100_000 } },
    ]);
  });

  it('attendance: the entry selects a variant; fields alike in every variant are shown once', () => {
    const { union, fields } = formOf('attendance').shape;
    expect(union?.discriminator).toMatchObject({ name: 'entry', control: { kind: 'select', options: ['sign-in', 'leave', 'absent'], placeholder: false } });
    expect(fields.map((f) => f.name)).toEqual(['windowId', 'officerId', 'date']);
    expect(union?.variants.map((v) => [v.value, v.fields.map((f) => f.name)])).toEqual([
      ['sign-in', ['signIn', 'signOut']],
      ['leave', ['kind', 'approval', 'note']],
      ['absent', ['note']],
    ]);
    const signIn = union!.variants[0]!.fields;
    expect(signIn.map((f) => [f.required, (f as FieldNode).control.kind])).toEqual([
      [true, 'time'],
      [false, 'time'],
    ]);
    expect((fields[2] as FieldNode).control).toEqual({ kind: 'date' });
  });

  it('lists: rows of objects with their bounds, and officer ids one per line', () => {
    const deductions = field(formOf('inspections').shape, 'deductions');
    // The items are the center's rulebook's (checked at intake), so the form takes an item id as text.
    expect(deductions).toMatchObject({ kind: 'repeat', required: true, minItems: 0, maxItems: 30 });
    expect(deductions.kind === 'repeat' && deductions.item.fields.map((f) => [f.name, (f as FieldNode).control.kind])).toEqual([
      ['item', 'text'],
      ['points', 'text'],
      ['note', 'text'],
      ['officerIds', 'lines'],
    ]);
    expect(field(formOf('nominations').shape.union!.variants[0]! as Shape, 'officers')).toMatchObject({ kind: 'repeat', minItems: 1, maxItems: 10 });
    expect(field(formOf('trainings').shape, 'present')).toMatchObject({ kind: 'field', required: true, control: { kind: 'lines', format: 'slug', maxItems: 500 } });
  });

  it('scores, points, ticks, instants and long text', () => {
    const scores = field(formOf('ballots').shape, 'scores');
    const score = scores.kind === 'repeat' ? field(scores.item, 'score') : undefined;
    // The API takes a score as text or a number: a decimal keyboard, sent as typed.
    expect(score).toMatchObject({ control: { kind: 'text', decimal: true } });
    expect(field(formOf('yearly-ratings').shape, 'points')).toMatchObject({ control: { kind: 'text', decimal: true, format: 'decimal' } });
    expect(field(formOf('complaints').shape, 'simple')).toMatchObject({ required: false, control: { kind: 'checkbox' } });
    expect(field(formOf('evaluator-conduct').shape, 'observedAt')).toMatchObject({ control: { kind: 'datetime' } });
    expect(field(formOf('complaints').shape, 'summary')).toMatchObject({ control: { kind: 'text', multiline: true, maxLength: 2000 } });
    expect(field(formOf('nominations').shape, 'quarter')).toMatchObject({ control: { kind: 'text', format: 'quarter', pattern: '^\\d{4}-Q[1-4]$' } });
    expect(field(formOf('complaint-steps').shape, 'extensionReason')).toMatchObject({ control: { minLength: 5, maxLength: 500, multiline: true } });
    expect(field(formOf('patrols').shape, 'findings')).toMatchObject({ kind: 'repeat' });
  });

  it('refuses a shape no control can take, naming where it is', () => {
    const options = { formats: new Map(), scope: 'test' };
    expect(() => describeBody({ type: 'object', properties: { tags: { type: 'object' } } }, options)).toThrow(/"tags"/);
    expect(() =>
      describeBody({ oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] }, options),
    ).toThrow(/no form control/);
    expect(() => describeBody({ type: 'object', properties: { grid: { type: 'array', items: { type: 'array' } } } }, options)).toThrow(/"grid\.0"/);
  });

  it('keeps a pattern for the browser only where the browser can compile it', () => {
    expect(htmlPattern('^\\d{4}-Q[1-4]$')).toBe('^\\d{4}-Q[1-4]$');
    // Browsers compile `pattern` with the v flag, where a bare '-' in a class is an error.
    expect(htmlPattern('^[a-z0-9][a-z0-9-]*$')).toBeUndefined();
  });
});

describe('form values → JSON body', () => {
  it('sends numbers as numbers, ticks as booleans, and leaves empty optional fields out', () => {
    expect(
      formBody([
        { path: 'windowId', kind: 'text', value: 'w01', required: true },
        { path: 'month', kind: 'text', value: '2026-11', required: true },
        { path: 'accepted', kind: 'number', value: '120', required: true },
        { path: 'officerId', kind: 'text', value: '  ', required: false },
        { path: 'simple', kind: 'checkbox', checked: true, required: false },
        { path: 'direct', kind: 'checkbox', checked: false, required: false },
      ]),
    ).toEqual({ windowId: 'w01', month: '2026-11', accepted: 120, simple: true });
  });

  it('sends what is not a number as typed, for the API to name the field', () => {
    expect(formBody([{ path: 'accepted', kind: 'number', value: '12x', required: true }])).toEqual({ accepted: '12x' });
  });

  it('builds rows of lists by their paths, and an empty required list as []', () => {
    expect(
      formBody([
        { path: 'honorId', kind: 'text', value: 'quarterly-stars', required: true },
        { path: 'scores', kind: 'array' },
        { path: 'scores.0', kind: 'object' },
        { path: 'scores.0.candidateId', kind: 'text', value: 'o001', required: true },
        { path: 'scores.0.score', kind: 'text', value: '92.5', required: true },
        { path: 'scores.1', kind: 'object' },
        { path: 'scores.1.candidateId', kind: 'text', value: 'o002', required: true },
        { path: 'deductions', kind: 'array' },
        { path: 'present', kind: 'lines', value: 'o001\no002, o003\n\n', required: true },
        { path: 'excused', kind: 'lines', value: '', required: true },
        { path: 'absent', kind: 'lines', value: '', required: false },
      ]),
    ).toEqual({
      honorId: 'quarterly-stars',
      scores: [{ candidateId: 'o001', score: '92.5' }, { candidateId: 'o002' }],
      deductions: [],
      present: ['o001', 'o002', 'o003'],
      excused: [],
    });
  });

  it('nests a correction’s record and turns Beijing wall-clock times into instants', () => {
    expect(
      formBody([
        { path: 'supersedes', kind: 'text', value: 'r-1', required: true },
        { path: 'record', kind: 'object' },
        { path: 'record.entry', kind: 'text', value: 'sign-in', required: true },
        { path: 'record.observedAt', kind: 'datetime', value: '2026-10-09T09:15', required: true },
      ]),
    ).toEqual({ supersedes: 'r-1', record: { entry: 'sign-in', observedAt: '2026-10-09T09:15:00+08:00' } });
    expect(beijingInstant('2026-10-09T09:15:30')).toBe('2026-10-09T09:15:30+08:00');
    // The instant is 01:15 UTC: the API files it under 9 October, Beijing.
    expect(new Date(beijingInstant('2026-10-09T09:15')).toISOString()).toBe('2026-10-09T01:15:00.000Z');
  });
});

describe('error path → field', () => {
  it('gives every control, its hint and its error an id from its path (and variant)', () => {
    expect(fieldIds('intake', 'scores.0.candidateId')).toEqual({
      control: 'intake--scores-0-candidateId',
      hint: 'intake--scores-0-candidateId-hint',
      error: 'intake--scores-0-candidateId-error',
    });
    // The note of a leave and of an absence are two controls with one path.
    expect(fieldIds('intake', 'note', 'entry-leave').control).toBe('intake--entry-leave--note');
    expect(fieldIds('intake', 'note', 'entry-absent').control).toBe('intake--entry-absent--note');
  });

  it('places an error on its field, else on the nearest list or group the form shows', () => {
    const shown = new Set(['honorId', 'scores', 'scores.0', 'scores.0.candidateId', 'scores.0.score', 'record', 'record.windowId']);
    expect(nearestPath('scores.0.candidateId', shown)).toBe('scores.0.candidateId');
    expect(nearestPath('scores.3.score', shown)).toBe('scores');
    expect(nearestPath('record.unknownField', shown)).toBe('record');
    expect(nearestPath('', shown)).toBeUndefined();
    expect(nearestPath('period', shown)).toBeUndefined();
  });

  it('shows an API message in the page’s language where the API words it in both', () => {
    const both = 'month is after the current month / 月份晚于本月';
    expect(localizeMessage(both, 'zh')).toBe('月份晚于本月');
    expect(localizeMessage(both, 'en')).toBe('month is after the current month');
    expect(localizeMessage('points as a decimal such as "0.5" / 分值格式如"0.5"', 'zh')).toBe('分值格式如"0.5"');
    expect(localizeMessage('Too small: expected number to be >=0', 'zh')).toBe('Too small: expected number to be >=0');
  });

  it('words the browser’s own checks in the page’s language', () => {
    const valid: Validity = {
      valueMissing: false,
      badInput: false,
      typeMismatch: false,
      patternMismatch: false,
      tooLong: false,
      tooShort: false,
      rangeUnderflow: false,
      rangeOverflow: false,
      stepMismatch: false,
    };
    const words = {
      required: 'required',
      choose: 'choose',
      number: 'number',
      whole: 'whole',
      format: (hint: string | undefined) => `format ${hint}`,
      atLeast: (n: string) => `>= ${n}`,
      atMost: (n: string) => `<= ${n}`,
      longest: (n: string) => `<= ${n} chars`,
      shortest: (n: string) => `>= ${n} chars`,
    };
    expect(validationMessage({ ...valid, valueMissing: true }, { select: true }, words)).toBe('choose');
    expect(validationMessage({ ...valid, valueMissing: true }, { select: false }, words)).toBe('required');
    expect(validationMessage({ ...valid, rangeUnderflow: true }, { select: false, min: '0' }, words)).toBe('>= 0');
    expect(validationMessage({ ...valid, patternMismatch: true }, { select: false, hint: 'e.g. 2026-Q4' }, words)).toBe('format e.g. 2026-Q4');
    expect(validationMessage(valid, { select: false }, words)).toBeUndefined();
  });
});

describe('labels', () => {
  const everyForm = [...forms, ...corrections];

  it('every field of every record type, and of the correction, has a label in both languages', () => {
    const missing: string[] = [];
    for (const form of everyForm) {
      for (const node of nodesOf(form.shape)) {
        for (const lang of LANGS) {
          try {
            expect(fieldLabel(node.scope, node.name, lang)).not.toBe('');
            if (node.kind === 'repeat') expect(rowLabel(node.name, lang)).not.toBe('');
            if (node.kind === 'field' && node.control.kind === 'select') {
              for (const value of node.control.options) expect(optionLabel(node.name, value, lang)).not.toBe('');
            }
          } catch (error) {
            missing.push(`${form.slug}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels each field in Chinese and English, not the same words twice', () => {
    for (const form of everyForm) {
      for (const node of nodesOf(form.shape)) {
        expect(fieldLabel(node.scope, node.name, 'zh'), `${form.slug}.${node.name}`).not.toBe(fieldLabel(node.scope, node.name, 'en'));
      }
    }
  });

  it('every form has a title and a purpose in both languages', () => {
    for (const { operationId } of everyForm) {
      for (const lang of LANGS) expect(formText(operationId, lang).title).not.toBe('');
    }
    expect(formText('submitPublicComplaints', 'zh').title).not.toBe(formText('submitComplaints', 'zh').title);
  });
});

describe('session from a token', () => {
  const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = (claims: object): string => `${base64url({ alg: 'RS256' })}.${base64url(claims)}.signature`;
  const now = Date.parse('2026-11-21T08:00:00Z');
  const exp = now / 1000 + 3600;

  it('reads the role, window and center a clerk signs in with', () => {
    const claims = { sub: 'dev-clerk-w01', exp, 'cognito:groups': ['clerk'], 'custom:center_id': 'demo', 'custom:window_id': 'w01' };
    expect(sessionOf(token(claims), now)).toEqual({
      token: token(claims),
      role: 'clerk',
      subject: 'dev-clerk-w01',
      centerId: 'demo',
      windowId: 'w01',
      expiresAt: exp * 1000,
    });
  });

  it('is no session for an expired token, one without a role, or something else', () => {
    expect(sessionOf(token({ sub: 's', exp: now / 1000 - 1, 'cognito:groups': ['head'] }), now)).toBeUndefined();
    expect(sessionOf(token({ sub: 's', exp, 'cognito:groups': ['visitors'] }), now)).toBeUndefined();
    expect(sessionOf('not a token', now)).toBeUndefined();
    expect(sessionOf('a.%%%.c', now)).toBeUndefined();
  });

  it('sends a person back only to a path of this site', () => {
    expect(safeReturnPath('/forms/volumes/')).toBe('/forms/volumes/');
    expect(safeReturnPath('//evil.example/')).toBeUndefined();
    expect(safeReturnPath('https://evil.example/')).toBeUndefined();
    expect(safeReturnPath('/forms/"><script>')).toBeUndefined();
    expect(safeReturnPath(null)).toBeUndefined();
  });
});
