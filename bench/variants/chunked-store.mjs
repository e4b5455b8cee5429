// @ts-check
/**
 * The project's Astro config with the content layer's data store split into chunks
 * (experimental.collectionStorage, Astro ≥ 7.1) instead of one data-store.json, for
 * `npm run bench -- --astro-config bench/variants/chunked-store.mjs`.
 */
import config from '../../astro.config.mjs';

export default {
  ...config,
  experimental: { ...config.experimental, collectionStorage: 'chunked' },
};
