/** The rules a score run applies when a center has not chosen its own. */
import { contentHash } from '#core/canonical';
import { SEED_003_ELECTRONIC_EVALUATION } from '#core/rules/electronic-evaluation';
import type { ScoringRules } from './monthly-evaluation.ts';

export const DEFAULT_SCORING_RULES: ScoringRules = {
  ref: { id: 'default', version: '2026.1', hash: contentHash(SEED_003_ELECTRONIC_EVALUATION) },
  electronicEvaluation: SEED_003_ELECTRONIC_EVALUATION,
};
