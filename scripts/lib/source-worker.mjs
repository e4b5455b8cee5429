// A worker thread of ingest (scripts/lib/source-workers.ts): plain JavaScript, so that it starts the
// same under tsx and under vitest, and loads the TypeScript job through tsx's API.
import { tsImport } from 'tsx/esm/api';

const { runSourceJob } = await tsImport('./source-job.ts', import.meta.url);

export default runSourceJob;
