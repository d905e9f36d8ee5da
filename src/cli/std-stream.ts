import * as fs from 'node:fs';
import { tty } from '../core/builtin';

/**
 * Standard output or error, written with `fs.writeSync` when it is a file,
 * a pipe or `/dev/null`: Node's `process.stdout` is a stream made on first
 * use, which loads `node:stream` and `node:net` or `node:tty` (about 5 ms of
 * a start-up whose whole budget is 30). A terminal gets that stream (it
 * translates for a Windows console, and a terminal is where colours and
 * progress are shown anyway), and so does a non-blocking pipe that fills up
 * (EAGAIN), which the stream waits on where a synchronous write cannot.
 */
export class StdStream {
  private stream: NodeJS.WriteStream | null = null;
  private terminal: boolean | undefined;
  /** Set once the reader has gone (EPIPE, `leakproof … | head`): what is left is dropped. */
  private closed = false;

  constructor(
    private readonly fd: number,
    private readonly open: () => NodeJS.WriteStream = () => (fd === 1 ? process.stdout : process.stderr),
  ) {}

  /** Whether everything written so far has been handed to the system: no stream was needed, which might still hold some. */
  get drained(): boolean {
    return this.stream === null;
  }

  get isTTY(): boolean {
    return (this.terminal ??= isTerminal(this.fd));
  }

  write(s: string): boolean {
    if (this.stream === null && this.isTTY) this.stream = this.open();
    if (this.stream !== null) return this.stream.write(s);
    if (this.closed) return false;
    const bytes = Buffer.from(s, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += fs.writeSync(this.fd, bytes, at, bytes.length - at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          this.stream = this.open();
          return this.stream.write(bytes.subarray(at));
        }
        if (code === 'EPIPE') {
          this.closed = true;
          return false;
        }
        throw e;
      }
    }
    return true;
  }
}

/**
 * Whether `fd` is a terminal, without loading `node:tty` for what cannot be
 * one: a file, a pipe or a socket (told by `fstat`), or `/dev/null`, the
 * one character device a program's output is commonly sent to.
 */
export function isTerminal(fd: number): boolean {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  try {
    if (process.platform !== 'win32' && st.rdev === fs.statSync('/dev/null').rdev) return false;
  } catch {
    // no /dev/null to compare with: ask
  }
  return tty().isatty(fd);
}
