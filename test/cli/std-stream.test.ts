import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { isTerminal, StdStream } from '../../src/cli/std-stream';
import { CLI, ensureBuilt } from '../helpers/build';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The descriptor libuv writes a child's stdin through: a pipe it made non-blocking. */
function pipeFd(stream: Writable): number {
  return (stream as unknown as { _handle: { fd: number } })._handle.fd;
}

/** A child that reads its stdin after `delayMs` and prints how many bytes it got. */
function slowReader(delayMs: number) {
  const child = spawn(process.execPath, [
    '-e',
    `setTimeout(() => { let n = 0; process.stdin.on('data', (c) => (n += c.length)); process.stdin.on('end', () => process.stdout.write(String(n))); }, ${delayMs});`,
  ]);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const done = new Promise<string>((resolve) => child.on('close', () => resolve(out)));
  return { child, done };
}

describe('StdStream', () => {
  it('writes a file through its descriptor, in order, whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-std-'));
    dirs.push(dir);
    const file = path.join(dir, 'out.txt');
    const fd = fs.openSync(file, 'w');
    const out = new StdStream(fd, () => {
      throw new Error('no stream wanted for a file');
    });
    expect(out.isTTY).toBe(false);
    out.write('first ✔\n');
    out.write('x'.repeat(200_000));
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(`first ✔\n${'x'.repeat(200_000)}`);
  });

  it('hands what a full non-blocking pipe refuses (EAGAIN) to the stream, and loses nothing', async () => {
    const { child, done } = slowReader(300);
    let opened = 0;
    const out = new StdStream(pipeFd(child.stdin), () => {
      opened++;
      return child.stdin as unknown as NodeJS.WriteStream;
    });
    const chunk = 'y'.repeat(100_000);
    for (let i = 0; i < 10; i++) out.write(chunk);
    child.stdin.end();
    expect(await done).toBe('1000000');
    expect(opened).toBe(1);
  });

  it('stops quietly once the reader has gone (EPIPE)', async () => {
    // The child closes its end of the pipe, says so, and waits to be stopped.
    const child = spawn(process.execPath, ['-e', "require('fs').closeSync(0); process.stdout.write('closed'); setTimeout(() => {}, 10000)"]);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdin.on('error', () => undefined);
    const out = new StdStream(pipeFd(child.stdin), () => {
      throw new Error('no stream wanted once the reader is gone');
    });
    expect(out.write('lost\n')).toBe(false);
    expect(out.write('lost too\n')).toBe(false);
    child.kill();
  });
});

describe('isTerminal', () => {
  it('says no for a file, a pipe and /dev/null, without asking node:tty', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-std-'));
    dirs.push(dir);
    const fd = fs.openSync(path.join(dir, 'f'), 'w');
    expect(isTerminal(fd)).toBe(false);
    fs.closeSync(fd);
    const child = spawn(process.execPath, ['-e', '0']);
    expect(isTerminal(pipeFd(child.stdin))).toBe(false);
    child.kill();
    if (process.platform !== 'win32') {
      const nul = fs.openSync('/dev/null', 'w');
      expect(isTerminal(nul)).toBe(false);
      fs.closeSync(nul);
    }
  });

  it('says no for a descriptor that is not open', () => {
    expect(isTerminal(987_654)).toBe(false);
  });
});

describe('the built CLI', () => {
  it('scans an empty folder, its output to a file and its messages to a pipe, without making Node stream objects for them', async () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-std-'));
    dirs.push(dir);
    const folder = path.join(dir, 'empty');
    fs.mkdirSync(folder);
    // Preloaded: at exit, the names of Node's own modules loaded, on the pipe that is stderr.
    const preload = path.join(dir, 'modules.cjs');
    fs.writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + process.moduleLoadList.join(',')));\n");
    const out = path.join(dir, 'out.txt');
    const fd = fs.openSync(out, 'w');
    const child = spawn(process.execPath, ['-r', preload, CLI, folder], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    fs.closeSync(fd);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^✔ No findings\. 0 files scanned/);
    const modules = stderr.slice(stderr.indexOf('MODULES ') + 8).split(',');
    expect(modules).toContain('NativeModule fs');
    // `process.stdout` and `process.stderr`, made on first use, would load a socket for the pipe (`net`), a
    // synchronous stream for the file, or `tty`. (`node:stream` itself is loaded with `node:v8`, which the code cache
    // loads to name itself.)
    for (const m of ['NativeModule net', 'NativeModule tty', 'NativeModule internal/fs/sync_write_stream']) expect(modules).not.toContain(m);
  });

  // The reader is a Python script (fcntl): POSIX only.
  it.skipIf(process.platform === 'win32')('ends with its report whole and its exit code, on a non-blocking pipe read only after it has filled up', async () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-std-'));
    dirs.push(dir);
    const folder = path.join(dir, 'app');
    fs.mkdirSync(folder);
    // 400 findings: a JSON report of about 200 KB, several times what a pipe holds.
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(folder, `settings_${i}.py`), `SECRET_KEY = 'q8Zr2LmVx0${i}TbWn4KpYs7Hd'\n`);
    const file = path.join(dir, 'report.json');
    const args = [CLI, folder, '--format', 'json', '--no-cache'];
    const written = spawn(process.execPath, [...args, '--output', file], { stdio: 'ignore' });
    expect(await new Promise((resolve) => written.on('close', resolve))).toBe(1);
    // The CLI's standard output is a pipe whose writes do not block (EAGAIN once full), read only after a while:
    // what the CLI queues on a stream must reach it before the process ends.
    const piped = path.join(dir, 'piped.json');
    const reader = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
      'p = subprocess.Popen(sys.argv[2:], stdout=w, stderr=subprocess.DEVNULL)',
      'os.close(w)',
      'time.sleep(0.3)',
      'chunks = []',
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    chunks.append(chunk)',
      "open(sys.argv[1], 'wb').write(b''.join(chunks))",
      'sys.exit(p.wait())',
    ].join('\n');
    const python = spawn('python3', ['-c', reader, piped, process.execPath, ...args], { stdio: 'ignore' });
    expect(await new Promise((resolve) => python.on('close', resolve))).toBe(1);
    const withoutDuration = (text: string) => text.replace(/"durationMs": *\d+/, '');
    const report = fs.readFileSync(piped, 'utf8');
    expect(report.length).toBeGreaterThan(150_000);
    expect(withoutDuration(report)).toBe(withoutDuration(fs.readFileSync(file, 'utf8')));
  });
});
