/**
 * Counts and rate for long runs. On a terminal it redraws one line a few times a second; in CI or a
 * pipe it stays quiet until the closing summary, so logs hold only what is worth reading.
 */
export class Progress {
  private done_ = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly live = Boolean(process.stderr.isTTY) && !process.env.CI;

  constructor(
    private readonly label: string,
    /** null when the total is not known beforehand: the count and rate alone. */
    private readonly total: number | null,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  tick(): void {
    this.done_++;
    const now = performance.now();
    if (this.live && (now - this.lastDraw > 200 || this.done_ === this.total)) {
      this.lastDraw = now;
      const rate = this.done_ / Math.max((now - this.started) / 1000, 0.001);
      const width = 24;
      const filled = this.total ? Math.round((this.done_ / this.total) * width) : width;
      process.stderr.write(
        this.total === null
          ? `\r${this.label}: ${this.done_.toLocaleString('en-GB')} (${rate.toFixed(0)}/s)`
          : `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done_}/${this.total} (${rate.toFixed(0)}/s)`,
      );
    }
  }

  /** Print a line above the progress line, which is drawn again on the next tick. */
  note(line: string, write: (line: string) => void = this.log): void {
    if (this.live) process.stderr.write('\r\x1b[K');
    write(line);
  }

  done(summary: string): void {
    if (this.live) process.stderr.write('\r\x1b[K');
    const seconds = (performance.now() - this.started) / 1000;
    this.log(`${this.label}: ${summary} in ${seconds.toFixed(1)} s`);
  }
}
