/**
 * The bench's own output: one status line on a terminal, redrawn in place while a step runs, and the
 * lines worth keeping, on stderr (stdout is left for the table).
 */
const live = Boolean(process.stderr.isTTY) && !process.env.CI;
let statusShown = false;

export function status(text: string): void {
  if (!live) return;
  process.stderr.write(`\r\x1b[K  … ${text}`);
  statusShown = true;
}

export function clearStatus(): void {
  if (statusShown) process.stderr.write('\r\x1b[K');
  statusShown = false;
}

export function log(line: string): void {
  clearStatus();
  console.error(line);
}
