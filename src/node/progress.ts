import type { Writable } from 'node:stream';

/** A one-line progress bar on a terminal: files done, files/s, ETA. */
export class Progress {
  total = 0;
  private readonly started = Date.now();
  private last = 0;
  constructor(private readonly out: Writable) {}
  tick(done: number): void {
    const now = Date.now();
    if (now - this.last < 100 && done !== this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = this.total && rate ? Math.max(0, (this.total - done) / rate) : 0;
    const width = 24;
    const filled = this.total ? Math.round((width * done) / this.total) : 0;
    this.out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total || '?'}  ${rate.toFixed(1)} files/s  ETA ${eta.toFixed(0)} s `);
  }
  clear(): void {
    this.out.write('\r\x1b[K');
  }
}
