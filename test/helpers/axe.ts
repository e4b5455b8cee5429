/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, run in a page the way Starlight runs it. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Every violation on the page now loaded, one line each, named by `where`. The page's context must
 * bypass its CSP: the policy forbids the inline script that injects axe.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Violation[];
  return violations.flatMap((v) => v.nodes.map((node) => `${where}: ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`));
}
