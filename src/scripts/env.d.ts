/** Defined at build time by scripts/integrations/service-worker.ts. */
interface ImportMetaEnv {
  readonly ARCHIVE_BUILD_ID?: string;
}
