import { defineCollection } from 'astro:content';
import { archive } from './data/archive';
import { DecisionMetaSchema } from './utils/archive-index';

/**
 * Every published decision's metadata, as ingest validated it against the Decision schema and
 * summarised it in the archive index. The full statements stay in their own JSON files and each
 * page reads only its own (src/data/decisions.ts): Astro's content layer holds a collection in one
 * data store that it serialises into a single module, which at ~21,000 full decisions exceeds V8's
 * string limit (see BENCHMARKS.md).
 */
const decisions = defineCollection({
  loader: () => archive().decisions.map((meta) => ({ id: meta.slug, ...meta })),
  schema: DecisionMetaSchema,
});

export const collections = { decisions };
