/**
 * One decision's full structured statement, read from the entry ingest wrote for it. A page loads
 * only its own decision, so the build's memory does not grow with the archive.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DecisionSchema, type Decision } from '../schemas/decision';
import { generatedDir } from './paths';

export function decisionFile(slug: string): string {
  return path.join(generatedDir(), 'decisions', `${slug}.json`);
}

/** The entry as ingest wrote it: already validated, byte for byte what /decisions/<slug>.json serves. */
export function decisionJson(slug: string): string {
  return readFileSync(decisionFile(slug), 'utf8');
}

export function loadDecision(slug: string): Decision {
  return DecisionSchema.parse(JSON.parse(decisionJson(slug)));
}
