/**
 * Panel score (综合评定) — DOMAIN.md §3.14, §4.5: a member of the assessment panel (考核小组)
 * scores each candidate of an honor 0–100; the panel part is the mean of the members'
 * scores. The same sheet as a ballot; the member is whoever submits it.
 */
import { type ScoreSheetBody, scoreSheetBody, scoreSheetPlacement } from './ballot.ts';
import type { RecordType } from './types.ts';

export const panelScoreRecord: RecordType<ScoreSheetBody> = {
  type: 'panel-score',
  label: { zh: '综合评定', en: 'panel score' },
  get body() {
    return scoreSheetBody();
  },
  ...scoreSheetPlacement,
};
