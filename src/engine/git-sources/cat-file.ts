import { exited, spawnGit } from './spawn';
import { SNIFF_BYTES } from '../../core/text';

export interface Blob {
  /** The first bytes (up to 8 KiB), for binary sniffing and header checks. */
  head: Buffer;
  /** The whole content, or null when it is larger than the limit. */
  body: Buffer | null;
  size: number;
  type: string;
  /** The buffer the bytes were read into: `CatFile.release` lets the next object reuse it. */
  storage?: Buffer;
}

/** Buffers kept for reuse, and the most bytes they may hold between them. */
const POOL_BUFFERS = 32;
const POOL_BYTES = 32 * 1024 * 1024;
/** Smallest buffer made for an object: most files fit, so one buffer serves many. */
const MIN_BUFFER = 64 * 1024;

const EMPTY = Buffer.alloc(0);

interface Pending {
  maxSize: number;
  resolve(b: Blob | null): void;
  reject(e: Error): void;
}

/**
 * One `git cat-file --batch` process for all the objects a scan reads: names
 * (`:path`, `<sha>`, `HEAD:path`) go in on stdin, objects come back in order.
 * Blobs over the size limit are not kept, only their first bytes. With
 * `sizesOnly` (`--batch-check`), only each object's type and size come back:
 * the blob has an empty head and a null body.
 */
export class CatFile {
  private readonly child;
  private readonly done: Promise<void>;
  private readonly queue: Pending[] = [];
  /** The start of a header line whose end has not arrived yet. */
  private header: Buffer = EMPTY;
  /** The object being received: its header is parsed, its bytes are still arriving. */
  private current: { size: number; type: string; bytes: Buffer; got: number; storage: Buffer } | null = null;
  private failure: Error | null = null;
  private unsent: string[] = [];
  /**
   * Buffers given back with `release`: objects are read into them, so a
   * long scan reuses a few buffers instead of making (and leaving for the
   * garbage collector) one per object.
   */
  private readonly pool: Buffer[] = [];
  private pooled = 0;

  constructor(
    cwd: string,
    private readonly sizesOnly = false,
  ) {
    this.child = spawnGit(cwd, ['cat-file', sizesOnly ? '--batch-check' : '--batch']);
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
      // Names asked for in one go are written in one go: one pipe write, not one per name.
      if (this.unsent.length === 0) queueMicrotask(() => this.send());
      this.unsent.push(name);
    });
  }

  private send(): void {
    const names = this.unsent;
    this.unsent = [];
    this.child.stdin.write(`${names.join('\n')}\n`);
  }

  /**
   * Gives a blob's buffer back for the next objects to be read into: call
   * once nothing will look at the blob's bytes again.
   */
  release(blob: Blob | null): void {
    const storage = blob?.storage;
    if (!storage || this.pool.length >= POOL_BUFFERS || this.pooled + storage.length > POOL_BYTES) return;
    blob.storage = undefined;
    this.pool.push(storage);
    this.pooled += storage.length;
  }

  /** A buffer of at least `n` bytes: a released one when one is large enough. */
  private buffer(n: number): Buffer {
    let best = -1;
    for (let i = 0; i < this.pool.length; i++) {
      const b = this.pool[i]!;
      if (b.length >= n && (best < 0 || b.length < this.pool[best]!.length)) best = i;
    }
    if (best >= 0) {
      const b = this.pool.splice(best, 1)[0]!;
      this.pooled -= b.length;
      return b;
    }
    let size = MIN_BUFFER;
    while (size < n) size *= 2;
    return Buffer.allocUnsafeSlow(size);
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    await this.done.catch(() => undefined);
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }

  /**
   * Takes git's output as it comes. An object's bytes are copied straight
   * from the chunks they arrive in into a buffer of the object's size, so no
   * chunk outlives its turn; only a header line cut between two chunks is
   * put together on its own.
   */
  private receive(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const c = this.current;
      if (c) {
        // The object's bytes (or, over the size limit, its first bytes), then the LF that ends each object.
        const take = Math.min(c.size - c.got, chunk.length - at);
        if (c.got < c.bytes.length) chunk.copy(c.bytes, c.got, at, at + Math.min(take, c.bytes.length - c.got));
        c.got += take;
        at += take;
        if (c.got < c.size || at >= chunk.length) continue;
        at++;
        const pending = this.queue.shift()!;
        this.current = null;
        const whole = c.bytes.length === c.size;
        pending.resolve({ head: c.bytes.subarray(0, SNIFF_BYTES), body: whole ? c.bytes : null, size: c.size, type: c.type, storage: c.storage });
        continue;
      }
      const nl = chunk.indexOf(10, at);
      if (nl < 0) {
        this.header = this.header.length === 0 ? Buffer.from(chunk.subarray(at)) : Buffer.concat([this.header, chunk.subarray(at)]);
        return;
      }
      const line = this.header.length === 0 ? chunk.toString('utf8', at, nl) : Buffer.concat([this.header, chunk.subarray(at, nl)]).toString('utf8');
      this.header = EMPTY;
      at = nl + 1;
      this.startObject(line);
    }
  }

  /** "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous". */
  private startObject(header: string): void {
    const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      this.queue.shift()?.resolve(null);
      return;
    }
    if (this.sizesOnly) {
      this.queue.shift()!.resolve({ head: EMPTY, body: null, size: Number(m[2]), type: m[1]! });
      return;
    }
    const size = Number(m[2]);
    const kept = size <= this.queue[0]!.maxSize ? size : Math.min(size, SNIFF_BYTES);
    const storage = this.buffer(kept);
    this.current = { type: m[1]!, size, bytes: storage.subarray(0, kept), got: 0, storage };
  }
}
