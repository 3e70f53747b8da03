/**
 * The default rulebook's finding codes (扣分/加分事项, DOMAIN.md §4.4) and vetoes (§5),
 * parsed through the schema on first use (not at import: a Lambda that never reads them
 * does not pay for it in its cold start), so that a bad entry or a repeated code fails
 * loudly instead of scoring quietly.
 */
import * as z from 'zod';
import { type FindingCode, type FindingCodeInput, findingCode } from '../finding-code.ts';
import { BONUS_CODES } from './bonus.ts';
import { OFFICER_FINDING_CODES } from './officer.ts';
import { VETO_CODES } from './veto.ts';
import { WINDOW_FINDING_CODES } from './window.ts';

function parseUnique(inputs: readonly unknown[]): readonly FindingCode[] {
  const codes = z.array(findingCode).parse(inputs);
  const seen = new Set<string>();
  for (const { code } of codes) {
    if (seen.has(code)) throw new Error(`finding code ${code} is defined twice`);
    seen.add(code);
  }
  return Object.freeze(codes);
}

/** Every code as written, unparsed: the default rulebook's content lists them, and its own parse checks them. */
export const DEFAULT_FINDING_CODE_INPUTS: readonly FindingCodeInput[] = [...WINDOW_FINDING_CODES, ...OFFICER_FINDING_CODES, ...BONUS_CODES, ...VETO_CODES];

let parsed: readonly FindingCode[] | undefined;

export const defaultFindingCodes = (): readonly FindingCode[] => (parsed ??= parseUnique(DEFAULT_FINDING_CODE_INPUTS));

/** Seed 002's officer headings: 德 20, 能 20, 勤 20, 绩 25, 廉 15 (each "扣完为止"). */
export type Seed002OfficerCategory = 'officer.de' | 'officer.neng' | 'officer.qin' | 'officer.ji' | 'officer.lian';

/**
 * Each officer deduction taken from seed 002 §窗口工作人员考核实施细则, with the heading it
 * stands under in the seed, so the seed-002 preset can put it back there. Bonuses are not
 * listed: the seed adds them "另行" (on top of the headings), so they stay `officer.bonus`.
 */
export const SEED_002_OFFICER_CATEGORY: Readonly<Record<string, Seed002OfficerCategory>> = Object.freeze({
  // (一)德
  'O-DISC-DEFY-MANAGEMENT': 'officer.de',
  'O-TRAIN-LATE': 'officer.de',
  'O-TRAIN-ABSENT': 'officer.de',
  'O-IDEO-ACTIVITY-LATE': 'officer.de',
  'O-IDEO-ACTIVITY-ABSENT': 'officer.de',
  'O-IDEO-COMPLAINT-ATTITUDE': 'officer.de',
  'O-IDEO-QUARREL': 'officer.de',
  'O-IDEO-ATTITUDE-SEVERE': 'officer.de',
  // (二)能
  'O-DUTY-NO-ONE-TIME-NOTICE': 'officer.neng',
  'O-DUTY-POLICY-DEVIATION': 'officer.neng',
  'O-DISC-NETWORK-DAMAGE': 'officer.neng',
  // (三)勤
  'O-DISC-LATE': 'officer.qin',
  'O-DISC-EARLY-LEAVE': 'officer.qin',
  'O-DISC-OFF-POST': 'officer.qin',
  'O-DISC-ABSENT-WITHOUT-LEAVE': 'officer.qin',
  'O-DISC-NO-BADGE': 'officer.qin',
  'O-DISC-DRESS': 'officer.qin',
  'O-DISC-UNCIVIL': 'officer.qin',
  'O-DISC-COMPUTER-GAME': 'officer.qin',
  'O-DISC-NOISE': 'officer.qin',
  'O-DISC-CHATTING': 'officer.qin',
  // (四)绩
  'O-DUTY-ERROR-UNCORRECTED': 'officer.ji',
  'O-DUTY-ERROR-COMPLAINT': 'officer.ji',
  'O-EFF-CASE-OVERDUE': 'officer.ji',
  'O-EFF-SURVEY-UNSATISFIED': 'officer.ji',
  'O-EFF-WINDOW-FAILED': 'officer.ji',
  // (五)廉
  'O-INT-CORRUPTION': 'officer.lian',
  'O-INT-FEE-VIOLATION': 'officer.lian',
});
