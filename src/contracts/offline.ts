/**
 * What the build tells the search page about saving the archive for offline reading
 * (scripts/integrations/service-worker.ts writes both files; src/scripts/offline.ts reads them).
 * zod/mini, for the reason search-index.ts gives.
 */
import * as z from 'zod/mini';

/** How much the whole index and every decision page weigh; fetched by every search page. */
export const OFFLINE_MANIFEST_FILE = 'offline.json';
/** What "Save for offline" fetches: it grows with the archive, so only "Save" fetches it. */
export const OFFLINE_FILES_FILE = 'offline-files.json';

const weight = z.object({ bytes: z.number(), count: z.number() });

export const OfflineManifestSchema = z.object({
  /** Changes whenever the index or a decision page changes. */
  version: z.string(),
  /** The whole archive is precached on the first visit. */
  precached: z.boolean(),
  limitBytes: z.number(),
  /** Every file Pagefind needs to search any word. */
  index: weight,
  /** Every page a search result can open (the decisions). */
  pages: weight,
});
export type OfflineManifest = z.infer<typeof OfflineManifestSchema>;

/** Files relative to the site's base: the index's, and the decision pages' folders. */
export const OfflineFilesSchema = z.object({
  version: z.string(),
  index: z.array(z.string()),
  pages: z.array(z.string()),
});
export type OfflineFiles = z.infer<typeof OfflineFilesSchema>;
