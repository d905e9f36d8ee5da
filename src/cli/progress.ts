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
    this.draw(`scanning ${done}/${total} files…`);
  }

  /** For a history scan, whose length is not known up front. */
  commits(done: number): void {
    this.draw(`scanning history: ${done} commits…`);
  }

  private draw(text: string): void {
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.out.write(`\r\u001b[2Kleakproof: ${text}`);
  }

  clear(): void {
    if (this.drawn) this.out.write('\r\u001b[2K');
  }
}
