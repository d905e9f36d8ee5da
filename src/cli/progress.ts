/**
 * A one-line progress counter on a terminal's stderr, shown only once a scan
 * has run for a second, redrawn at most ten times a second, and erased at the end.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly out: { write(s: string): unknown }) {}

  update(done: number, total: number): void {
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.out.write(`\r\u001b[2Kleakproof: scanning ${done}/${total} files…`);
  }

  clear(): void {
    if (this.drawn) this.out.write('\r\u001b[2K');
  }
}
