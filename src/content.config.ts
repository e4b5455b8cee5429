import { defineCollection } from 'astro:content';
import { archive } from './data/archive';
import { DecisionMetaSchema } from './utils/archive-index';

/**
 * Every published decision's metadata, as ingest validated it against the Decision schema and
 * summarised it in the archive index. The full statements stay in their own JSON files and each
 * page reads only its own (src/data/decisions.ts): Astro's content layer holds a collection in one
 * data store that it serialises into a single module, which at ~21,000 full decisions exceeds V8's
 * string limit (see BENCHMARKS.md).
 *
 * The schema types the collection (and its JSON schema); the loader stores each entry without
 * `parseData`, since ingest validated the data where it entered and pages trust that.
 */
const decisions = defineCollection({
  loader: {
    name: 'archive-index',
    load: async ({ store }) => {
      store.clear();
      for (const meta of archive().decisions) store.set({ id: meta.slug, data: meta });
    },
  },
  schema: DecisionMetaSchema,
});

export const collections = { decisions };
