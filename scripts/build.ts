/**
 * `astro build`, as `npm run build` runs it after ingest. Astro prints a line for every page it
 * writes or keeps: 60,000 lines for 60,000 decisions, on a terminal and in CI alike. Here those
 * lines become one progress line on a terminal (pages so far, and the rate), and everything else
 * Astro and the archive's integrations print is passed through. The closing summary (pages rendered
 * and kept, and the time of each step) is read from the build report, not from the log. Arguments
 * go to `astro build` (`npm run build -- --outDir /tmp/site`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pageLine } from './lib/astro-log';
import { pagesSummary, phasesSummary, readBuildReport } from './lib/build-report';
import { Progress } from './lib/progress';

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Astro colours its log for a terminal only; this pipe is one when the user's is.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});

const progress = new Progress('pages', null, (line) => console.log(line));
for (const [stream, write] of [
  [child.stdout, (line: string) => console.log(line)],
  [child.stderr, (line: string) => console.error(line)],
] as const) {
  // Only for the live count: Astro's page lines can run into one another when it renders several at once.
  createInterface({ input: stream }).on('line', (line) => (pageLine(line) ? progress.tick() : progress.note(line, write)));
}

child.on('close', (code, signal) => {
  if (code !== 0) process.exit(code ?? (signal ? 1 : 0));
  readBuildReport().then(
    (report) => {
      progress.done(pagesSummary(report.pages));
      console.log(`build: ${phasesSummary(report)}`);
    },
    (error: unknown) => {
      console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
});
