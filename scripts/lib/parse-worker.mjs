// A worker thread of ingest's parsing (scripts/lib/source-parser.ts): plain JavaScript, so that it
// starts the same under tsx and under vitest, and loads the TypeScript parser through tsx's API.
import { tsImport } from 'tsx/esm/api';

const { parseSource } = await tsImport('./parse-source.ts', import.meta.url);

export default parseSource;
