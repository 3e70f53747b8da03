import { describe, expect, it } from 'vitest';
import { complaintStepBody } from '#core/records/complaint-step';
import { inspectionBody } from '#core/records/inspection';
import { defaultRulebook } from '#core/rulebook/default';
import { exclusions } from '#core/rules/eligibility';
import { checkVerifiedCodes, smokingVetoes, verifiedComplaintEvents } from '#core/rules/verified-events';

const CODES = defaultRulebook().findingCodes;
const verified = {
  complaintId: 'cmp-7',
  windowId: 'w03',
  officerId: 'o031',
  stepId: 'step-2',
  date: '2026-08-12',
  windowCodes: ['W-SVC-COMPLAINT-VERIFIED', 'V-W-COMPLAINT-VERIFIED'],
  officerCodes: ['V-O-COMPLAINT-VERIFIED'],
};

describe('a verified complaint acts by itself (DOMAIN §3.8, §5)', () => {
  it('its codes become findings of the window and the officer, linked to the complaint', () => {
    const events = verifiedComplaintEvents(verified, CODES);
    expect(events.window).toEqual([
      { code: 'V-W-COMPLAINT-VERIFIED', recordId: 'cmp-7' },
      { code: 'W-SVC-COMPLAINT-VERIFIED', recordId: 'cmp-7' },
    ]);
    expect(events.officers.get('o031')).toEqual([{ code: 'V-O-COMPLAINT-VERIFIED', recordId: 'cmp-7' }]);
  });

  it('a code that carries a veto vetoes its subject: the officer is out of Q3’s quarterly stars, with the complaint as the record', () => {
    const { vetoes } = verifiedComplaintEvents(verified, CODES);
    expect(vetoes.map((v) => [v.subject, v.subjectId, v.code, v.month, v.records])).toEqual([
      ['window', 'w03', 'V-W-COMPLAINT-VERIFIED', '2026-08', ['cmp-7', 'step-2']],
      ['officer', 'o031', 'V-O-COMPLAINT-VERIFIED', '2026-08', ['cmp-7', 'step-2']],
    ]);
    const honor = defaultRulebook().honors.find((h) => h.id === 'quarterly-stars')!;
    const out = exclusions({ id: 'o031', windowId: 'w03', role: 'staff' }, { honor, period: '2026-Q3', vetoes, lowest: null, rulebook: defaultRulebook() });
    expect(out).toEqual([{ rule: 'veto', records: ['cmp-7', 'step-2'], detail: { code: 'V-O-COMPLAINT-VERIFIED', scope: 'year', month: '2026-08' } }]);
  });

  it('codes are checked against the rulebook the center works under, by subject', () => {
    expect(checkVerifiedCodes(verified, true, CODES)).toEqual([]);
    expect(checkVerifiedCodes({ windowCodes: ['O-DISC-SMOKING'], officerCodes: ['MY-OWN-CODE'] }, true, CODES).map((i) => i.path)).toEqual(['windowCodes.0', 'officerCodes.0']);
    expect(checkVerifiedCodes({ officerCodes: ['V-O-COMPLAINT-VERIFIED'] }, false, CODES).map((i) => i.path)).toEqual(['officerCodes']);
    // A range code (W-DISC-UNCIVIL-CONDUCT takes points the verifier chooses) cannot follow from a step: no points to take.
    expect(checkVerifiedCodes({ windowCodes: ['W-DISC-UNCIVIL-CONDUCT'] }, true, CODES).map((i) => i.path)).toEqual(['windowCodes.0']);
  });

  it('only a verifying step names codes', () => {
    const step = { complaintId: 'cmp-7', step: 'verified', date: '2026-08-12', windowCodes: ['W-SVC-COMPLAINT-VERIFIED'] };
    expect(complaintStepBody().safeParse(step).success).toBe(true);
    const wrong = complaintStepBody().safeParse({ ...step, step: 'unfounded' });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.path.join('.'))).toEqual(['step']);
  });
});

describe('smoking at an inspection vetoes the officers it names (seed 003 §禁烟制度; DOMAIN §4.2)', () => {
  it('one veto per officer named by the smoking and cigarette-butt items', () => {
    const inspection = {
      inspectionId: 'insp-1',
      date: '2026-09-08',
      deductions: [{ item: 'smoking', officerIds: ['o2', 'o1'] }, { item: 'cigarette-butt', officerIds: ['o1'] }, { item: 'dust' }],
    };
    expect(smokingVetoes(inspection, 'V-O-SMOKING', CODES)).toEqual([
      { subject: 'officer', subjectId: 'o1', code: 'V-O-SMOKING', month: '2026-09', records: ['insp-1'] },
      { subject: 'officer', subjectId: 'o2', code: 'V-O-SMOKING', month: '2026-09', records: ['insp-1'] },
    ]);
    expect(() => smokingVetoes(inspection, 'O-DISC-SMOKING', CODES)).toThrow(/not an officer veto/);
  });

  it('an inspection names officers only on the smoking items', () => {
    const body = { windowId: 'w01', quarter: '2026-Q3', date: '2026-09-08', inspector: '第三方', deductions: [{ item: 'smoking', officerIds: ['o1'] }] };
    expect(inspectionBody().safeParse(body).success).toBe(true);
    const wrong = inspectionBody().safeParse({ ...body, deductions: [{ item: 'dust', points: '1', officerIds: ['o1'] }] });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.path.join('.'))).toEqual(['deductions.0.officerIds']);
  });
});
