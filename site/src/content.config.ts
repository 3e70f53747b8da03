/**
 * Collections of published documents, one per document kind. The schemas are the same
 * ones the publisher validates with (shared/core/published.ts), so the site cannot drift
 * from what is published.
 */
import { defineCollection } from 'astro:content';
import { centerProfile, honorList, monthlyEvaluation, plaqueHistory, publicNotice } from '#core/published';
import { publishedLoader } from './loaders/published-loader.ts';

export const collections = {
  center: defineCollection({ loader: publishedLoader('center'), schema: centerProfile }),
  monthlyEvaluations: defineCollection({ loader: publishedLoader('monthly-evaluation'), schema: monthlyEvaluation }),
  honorLists: defineCollection({ loader: publishedLoader('honor-list'), schema: honorList }),
  notices: defineCollection({ loader: publishedLoader('notice'), schema: publicNotice }),
  plaqueHistories: defineCollection({ loader: publishedLoader('plaque-history'), schema: plaqueHistory }),
};
