import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { generatedDir } from './data/paths';
import { DecisionSchema } from './schemas/decision';

/** One JSON entry per decision, written by scripts/ingest.ts from content/sources (or ARCHIVE_SOURCES). */
const decisions = defineCollection({
  loader: glob({ pattern: '*.json', base: `${generatedDir()}/decisions` }),
  schema: DecisionSchema,
});

export const collections = { decisions };
