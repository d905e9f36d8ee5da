import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { childProcess } from '../../core/builtin';
import { GIT_HARDENING, gitEnv, GitUnavailable } from '../git';

/** Starts a long-running git process whose output is read as a stream. */
export function spawnGit(cwd: string, args: string[]): ChildProcessWithoutNullStreams {
  return childProcess().spawn('git', [...GIT_HARDENING, ...args], {
    cwd,
    env: gitEnv(),
    windowsHide: true,
  });
}

/**
 * Resolves when the process exits; rejects with git's first stderr line on
 * failure. A SIGTERM counts as a normal end (the readers that stop git early
 * send it) unless `stoppedEarly` is false: then its output may be cut short.
 */
export function exited(child: ChildProcessWithoutNullStreams, what: string, stoppedEarly = true): Promise<void> {
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (stderr.length < 4096) stderr += s;
  });
  return new Promise((resolve, reject) => {
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'ENOENT' ? new GitUnavailable('git is not installed or not on PATH') : err);
    });
    child.on('close', (code, signal) => {
      if (code === 0 || (signal === 'SIGTERM' && stoppedEarly)) resolve();
      else reject(new Error(`git ${what} failed: ${stderr.trim().split('\n')[0] || (signal ? `stopped by ${signal}` : `exit code ${code}`)}`));
    });
  });
}

/** Longest header line kept; content lines are only looked at for their first bytes. */
export const MAX_KEPT_LINE = 64 * 1024;

/**
 * Splits a byte stream into lines without ever holding a whole long line:
 * each line gives at most MAX_KEPT_LINE bytes (the rest is dropped), so a
 * minified file in a patch costs no more memory than a short one. A line
 * within one chunk is given as its place in the chunk, not a copy: `onLine`
 * must copy what it keeps past the next chunk.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private kept = 0;

  push(chunk: Buffer, onLine: OnLine): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? chunk.length : nl;
      if (nl >= 0 && this.parts.length === 0) {
        onLine(chunk, start, Math.min(end, start + MAX_KEPT_LINE));
        start = nl + 1;
        continue;
      }
      if (this.kept < MAX_KEPT_LINE && end > start) {
        // Copied: the rest of the line comes with a later chunk.
        const piece = Buffer.from(chunk.subarray(start, Math.min(end, start + MAX_KEPT_LINE - this.kept)));
        this.parts.push(piece);
        this.kept += piece.length;
      }
      if (nl < 0) return;
      const line = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
      onLine(line, 0, line.length);
      this.parts = [];
      this.kept = 0;
      start = nl + 1;
    }
  }

  /** Gives the last line when the stream does not end with a line feed. */
  end(onLine: OnLine): void {
    if (this.kept > 0) {
      const line = Buffer.concat(this.parts);
      onLine(line, 0, line.length);
    }
    this.parts = [];
    this.kept = 0;
  }
}

/** A line as `buf[start, end)`. */
export type OnLine = (buf: Buffer, start: number, end: number) => void;
