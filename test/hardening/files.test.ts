import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs, { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import * as path from 'node:path';
import { scan } from '../../src/engine/scan';
import type { Finding } from '../../src/engine/types';
import { Fixture, RUNNING_AS_ROOT } from '../helpers/fixture';
import { cli } from './outputs';

const SECRET = 'q8Zr4LmN2vX9tK7pW3sY6bH1cJ5dF0gAe7Uo';
const LINE = `SECRET_KEY = "${SECRET}"`;

const fixtures: Fixture[] = [];
function fixture(repo = false): Fixture {
  const f = repo ? Fixture.repo() : new Fixture();
  fixtures.push(f);
  return f;
}
afterEach(() => {
  vi.restoreAllMocks();
  while (fixtures.length) fixtures.pop()!.cleanup();
});

const at = (findings: Finding[], file: string) => findings.filter((f) => f.path === file).map((f) => [f.ruleId, f.line, f.column]);

describe('odd file contents', () => {
  it('empty files are scanned without error', async () => {
    const f = fixture().write('settings.py', '').write('.env.example', '').write('app.js', '');
    const r = await scan({ root: f.root, noGit: true });
    expect(r.errors).toEqual([]);
    expect(r.findings.filter((x) => x.path !== '.env.example')).toEqual([]);
    expect(r.stats.files).toBe(3);
  });

  it('binary files with secret-looking text are skipped, not scanned', async () => {
    const f = fixture().write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`\n${LINE}\n`)]));
    f.write('settings.pyc', Buffer.concat([Buffer.from(`${LINE}\n`), Buffer.alloc(16)]));
    const r = await scan({ root: f.root, noGit: true });
    expect(r.findings).toEqual([]);
    expect(r.stats.skipped.binary).toBe(2);
    expect(r.secretValues).toEqual([]);
  });

  it('UTF-16 with a BOM (both byte orders) is decoded, with the same line and column as UTF-8', async () => {
    const text = `# settings\nDEBUG = False\n  ${LINE}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    const f = fixture().write('utf8/settings.py', text).write('le/settings.py', le).write('be/settings.py', be);
    const r = await scan({ root: f.root, noGit: true });
    const want = at(r.findings, 'utf8/settings.py');
    expect(want).toEqual([['hardcoded-secret-key', 3, expect.any(Number)]]);
    expect(at(r.findings, 'le/settings.py')).toEqual(want);
    expect(at(r.findings, 'be/settings.py')).toEqual(want);
  });

  it('CRLF and lone CR line endings keep lines and columns right', async () => {
    const lines = ['import os', '', 'DEBUG = False', `    ${LINE}`, 'X = 1'];
    const f = fixture().write('lf/settings.py', lines.join('\n')).write('crlf/settings.py', lines.join('\r\n')).write('cr/settings.py', lines.join('\r'));
    const r = await scan({ root: f.root, noGit: true });
    const want = at(r.findings, 'lf/settings.py');
    expect(want).toEqual([['hardcoded-secret-key', 4, expect.any(Number)]]);
    expect(at(r.findings, 'crlf/settings.py')).toEqual(want);
    expect(at(r.findings, 'cr/settings.py')).toEqual(want);
  });
});

describe('files that change under the scan', () => {
  it('a file that vanishes after the inventory is counted as missing; the scan goes on', async () => {
    const f = fixture().write('gone/settings.py', `${LINE}\n`).write('kept/settings.py', `${LINE}\n`);
    const real = fs.openSync.bind(fs);
    vi.spyOn(fs, 'openSync').mockImplementation(((file: string, ...rest: [number, number]) => {
      if (String(file).endsWith(path.join('gone', 'settings.py'))) rmSync(file);
      return real(file, ...rest);
    }) as typeof fs.openSync);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.stats.skipped.missing).toBe(1);
    expect(r.findings.map((x) => x.path)).toEqual(['kept/settings.py']);
  });

  it('a file that becomes unreadable is reported as an error with a clear message and skipped', async () => {
    const f = fixture().write('locked/settings.py', `${LINE}\n`).write('kept/settings.py', `${LINE}\n`);
    const real = fs.openSync.bind(fs);
    vi.spyOn(fs, 'openSync').mockImplementation(((file: string, ...rest: [number, number]) => {
      if (String(file).includes(`${path.sep}locked${path.sep}`)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return real(file, ...rest);
    }) as typeof fs.openSync);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.errors).toEqual([{ path: 'locked/settings.py', message: 'permission denied (check the file mode or run as a user who can read it)' }]);
    expect(r.stats.skipped.unreadable).toBe(1);
    expect(r.findings.map((x) => x.path)).toEqual(['kept/settings.py']);
    const out = await cli([f.root, '--no-git']);
    expect(out.stderr).toContain('leakproof: warning: locked/settings.py: permission denied (check the file mode or run as a user who can read it); skipped\n');
    expect(out.stderr).not.toContain(SECRET);
  });

  it.skipIf(RUNNING_AS_ROOT)('a file with mode 000 is an error, not a crash', async () => {
    const f = fixture().write('locked.py', `${LINE}\n`).chmod('locked.py', 0o000);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.errors.map((e) => e.path)).toEqual(['locked.py']);
  });

  it('a FIFO and a unix socket in the tree never block the scan', async () => {
    for (const repo of [false, true]) {
      const f = fixture(repo).write('settings.py', `${LINE}\n`);
      execFileSync('mkfifo', [f.abs('pipe.env')]);
      execFileSync('mkfifo', [f.abs('settings.fifo.py')]);
      const server: Server = createServer();
      await new Promise<void>((resolve) => server.listen(f.abs('sock.env'), resolve));
      try {
        const r = await scan({ root: f.root, noGit: !repo, includeIgnored: true });
        expect(r.findings.filter((x) => x.ruleId === 'hardcoded-secret-key').map((x) => x.path)).toEqual(['settings.py']);
        if (!repo) expect(r.stats.skipped.special).toBe(3);
        expect(r.errors).toEqual([]);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
  });
});

describe('files that are not what they were listed as', () => {
  it('a tracked file replaced by a FIFO or a folder is special, and never blocks the scan', async () => {
    const f = fixture(true).write('settings.py', `${LINE}\n`).write('pipe.py', 'x = 1\n').write('dir.py', 'y = 2\n');
    f.git('add', '-A');
    rmSync(f.abs('pipe.py'));
    execFileSync('mkfifo', [f.abs('pipe.py')]);
    rmSync(f.abs('dir.py'));
    mkdirSync(f.abs('dir.py'));
    const r = await scan({ root: f.root });
    expect(r.mode).toBe('git');
    expect(r.findings.filter((x) => x.ruleId === 'hardcoded-secret-key').map((x) => x.path)).toEqual(['settings.py']);
    expect(r.stats.skipped.special).toBe(2);
    expect(r.errors).toEqual([]);
  });

  it('a device node in a plain folder is special and never read', async () => {
    const f = fixture().write('settings.py', `${LINE}\n`);
    try {
      // /dev/kmsg's numbers: each read gives one record, a short read that must not pass for a whole file.
      execFileSync('mknod', [f.abs('kmsg.py'), 'c', '1', '11'], { stdio: 'ignore' });
    } catch {
      return; // creating device nodes needs privileges this run does not have
    }
    const r = await scan({ root: f.root, noGit: true });
    expect(r.stats.skipped.special).toBe(1);
    expect(r.stats.files).toBe(1);
  });
});

describe('big and deep trees', () => {
  it('100,000 files in one folder', async () => {
    const f = fixture();
    const dir = f.abs('many');
    mkdirSync(dir);
    for (let i = 0; i < 100_000; i++) writeFileSync(path.join(dir, `f${i}.txt`), 'x\n');
    writeFileSync(path.join(dir, 'settings.py'), `${LINE}\n`);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.stats.files).toBe(100_001);
    expect(r.findings.map((x) => x.path)).toEqual(['many/settings.py']);
  }, 120_000);

  it('200-deep nesting', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i % 10}`).join('/');
    for (const repo of [false, true]) {
      const f = fixture(repo).write(`${deep}/settings.py`, `${LINE}\n`).write(`${deep}/.env`, 'DB_PASSWORD=hunter2-Zp9vL4qW8xR3tY6u\n');
      const r = await scan({ root: f.root, noGit: !repo });
      expect(r.findings.map((x) => x.path).sort()).toEqual([`${deep}/.env`, `${deep}/settings.py`]);
    }
  });
});

describe('unusual names', () => {
  const NAMES = ['with space', 'ünïcødé-名前', '100%', 'a:b', 'a,b', 'new\nline', 'tab\there', '::error::x', "quote'\"", '-dash', '#hash'];

  it.each([
    ['a plain folder', false, NAMES],
    ['a git work tree', true, NAMES],
  ])('are scanned and reported exactly in %s', async (_label, repo, names) => {
    const f = fixture(repo);
    for (const n of NAMES) f.write(`${n}/settings.py`, `${LINE}\n`);
    const r = await scan({ root: f.root, noGit: !repo });
    expect(r.findings.map((x) => x.path).sort()).toEqual(names.map((n) => `${n}/settings.py`).sort());
    const text = await cli([f.root, ...(repo ? [] : ['--no-git'])]);
    // Control characters in names are shown as escapes: a name cannot start a new line of output.
    if (repo) expect(text.stdout).toContain('new\\x0aline/settings.py');
    expect(text.stdout).not.toContain('new\nline');
    expect(text.stdout).not.toMatch(/^\s*::/m);
    expect(text.stdout).toContain('./::error::x/settings.py:1:');
    const json = JSON.parse((await cli([f.root, '--format', 'json', ...(repo ? [] : ['--no-git'])])).stdout);
    expect(json.findings.map((x: Finding) => x.path).sort()).toEqual(names.map((n) => `${n}/settings.py`).sort());
  });

  it('a name with a newline is listed in a plain folder too', async () => {
    const f = fixture().write('new\nline/settings.py', `${LINE}\n`);
    const r = await scan({ root: f.root, noGit: true });
    expect(r.findings.map((x) => x.path)).toEqual(['new\nline/settings.py']);
  });
});
