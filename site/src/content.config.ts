/**
 * Collections of published documents, one per document kind. The schemas are the same
 * ones the publisher validates with (shared/core/published.ts), so the site cannot drift
 * from what is published. A later kind (quarterly stars, notices) is one more line here.
 */
import { defineCollection } from 'astro:content';
import { centerProfile, monthlyEvaluation } from '#core/published';
import { publishedLoader } from './loaders/published-loader.ts';

export const collections = {
  center: defineCollection({ loader: publishedLoader('center'), schema: centerProfile }),
  monthlyEvaluations: defineCollection({
    loader: publishedLoader('monthly-evaluation'),
    schema: monthlyEvaluation,
  }),
};
