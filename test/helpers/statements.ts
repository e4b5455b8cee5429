/** Statements for the presenters' unit tests: one written in a test, and every real-layout statement the project holds. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStatement, parseStatementBytes } from '../../src/parser';
import type { Decision } from '../../src/schemas/decision';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['content/sources', 'test/fixtures/statements', 'test/fixtures/layouts'];
const HEADER = ['Test Council (21 000 001)', 'Category : Housing > Homelessness', 'Decision : Upheld', 'Decision date : 1 May 2023', "The Ombudsman's final decision:", 'Summary: Mr X complains.', ''];

/** The statement whose body is these lines, under an upheld decision's header; an error if it is refused. */
export function statementOf(body: string[]): Decision {
  const result = parseStatement([...HEADER, ...body].join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The seeds and every fixture statement, parsed; an error names a file that is refused. */
export function realStatements(): { file: string; decision: Decision }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const result = parseStatementBytes(readFileSync(path.join(ROOT, folder, f)));
        if (!result.ok) throw new Error(`${folder}/${f}: ${JSON.stringify(result.errors)}`);
        return { file: `${folder}/${f}`, decision: result.value };
      }),
  );
}
