import { exited, spawnGit } from './spawn';
import { SNIFF_BYTES } from '../../core/text';

export interface Blob {
  /** The first bytes (up to 8 KiB), for binary sniffing and header checks. */
  head: Buffer;
  /** The whole content, or null when it is larger than the limit. */
  body: Buffer | null;
  size: number;
  type: string;
}

interface Pending {
  maxSize: number;
  resolve(b: Blob | null): void;
  reject(e: Error): void;
}

/**
 * One `git cat-file --batch` process for all the objects a scan reads: names
 * (`:path`, `<sha>`, `HEAD:path`) go in on stdin, objects come back in order.
 * Blobs over the size limit are not kept, only their first bytes.
 */
export class CatFile {
  private readonly child;
  private readonly done: Promise<void>;
  private readonly queue: Pending[] = [];
  private buf: Buffer = Buffer.alloc(0);
  /** The object being received: its header is parsed, its bytes are still arriving. */
  private current: { size: number; type: string; parts: Buffer[]; got: number; head: Buffer | null } | null = null;
  private failure: Error | null = null;

  constructor(cwd: string) {
    this.child = spawnGit(cwd, ['cat-file', '--batch']);
    this.done = exited(this.child, 'cat-file');
    this.done.catch((e: Error) => this.fail(e));
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stdin.on('error', () => {
      // git exited early; the exit handler reports why.
    });
  }

  read(name: string, maxSize: number): Promise<Blob | null> {
    if (this.failure) return Promise.reject(this.failure);
    if (name.includes('\n')) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.queue.push({ maxSize, resolve, reject });
      this.child.stdin.write(`${name}\n`);
    });
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    await this.done.catch(() => undefined);
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }

  private receive(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    for (;;) {
      if (this.current) {
        const c = this.current;
        const want = c.size - c.got;
        const take = Math.min(want, this.buf.length);
        if (take > 0) {
          const piece = this.buf.subarray(0, take);
          const pending = this.queue[0]!;
          if (c.size <= pending.maxSize) c.parts.push(piece);
          else if (c.got < SNIFF_BYTES) c.parts.push(piece.subarray(0, SNIFF_BYTES - c.got));
          c.got += take;
          this.buf = this.buf.subarray(take);
        }
        if (c.got < c.size || this.buf.length < 1) return;
        // Each object is followed by one LF.
        this.buf = this.buf.subarray(1);
        const pending = this.queue.shift()!;
        const all = Buffer.concat(c.parts);
        const body = c.size <= pending.maxSize ? all : null;
        this.current = null;
        pending.resolve({ head: all.subarray(0, SNIFF_BYTES), body, size: c.size, type: c.type });
        continue;
      }
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.toString('utf8', 0, nl);
      this.buf = this.buf.subarray(nl + 1);
      // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
      const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
      if (!m) {
        this.queue.shift()?.resolve(null);
        continue;
      }
      this.current = { type: m[1]!, size: Number(m[2]), parts: [], got: 0, head: null };
    }
  }
}
