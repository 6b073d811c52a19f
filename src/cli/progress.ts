/**
 * A one-line progress note on stderr for scans that take a while. It appears only on a terminal and only after
 * `delayMs`, so quick runs, pipes and CI logs never see it; stdout carries nothing but the result. The caller
 * clears it before writing the result.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly delayMs = 300,
  ) {}

  /** Says what is going on now; drawn once the delay has passed (also from a timer while git is working). */
  update(message: string): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.started < this.delayMs) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.draw(message), this.delayMs - (now - this.started));
      this.timer.unref();
      return;
    }
    // Redrawing a terminal line thousands of times a second costs more than the work it reports.
    if (now - this.lastDraw < 100) return;
    this.draw(message);
  }

  private draw(message: string): void {
    this.lastDraw = Date.now();
    this.shown = true;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r\u001b[2K${`policydiff: ${message}`.slice(0, width)}`);
  }

  done(): void {
    clearTimeout(this.timer);
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
