import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/run';
import { parseArgs } from '../../src/cli/args';
import { Fixture } from '../helpers/fixture';

/** A dotenv file that holds a real-looking key: an error wherever it is committed or shipped. */
const REAL_ENV = `SECRET_KEY=${'Qm7xT2wR9pK4'}${'vN8bZ3cL6yH1'}\n`;

function io(env: NodeJS.ProcessEnv = {}, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (s: string) => out.push(s), isTTY: tty },
      stderr: { write: (s: string) => err.push(s), isTTY: tty },
      env,
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length > 0) fixtures.pop()!.cleanup();
});

describe('parseArgs', () => {
  it('parses a scan with every option', () => {
    expect(
      parseArgs(['dir', '--format=json', '--output', 'r.json', '--fail-on', 'warning', '--no-git', '--include-ignored', '--no-cache', '--max-file-size', '2048']),
    ).toEqual({ kind: 'scan', path: 'dir', targets: ['dir'], format: 'json', output: 'r.json', failOn: 'warning', noGit: true, includeIgnored: true, noCache: true, maxFileSize: 2048, staged: false, history: false });
    expect(parseArgs([])).toEqual({ kind: 'scan', path: '.', format: 'text', noGit: false, includeIgnored: false, noCache: false, staged: false, history: false });
    expect(parseArgs(['--', '--odd-folder'])).toMatchObject({ path: '--odd-folder' });
  });

  it.each([
    [['--bogus'], /unknown option --bogus; run `leakproof --help`/],
    [['--fail-of', 'error'], /did you mean --fail-on\?/],
    [['--format', 'xml'], /--format must be one of text, json, sarif \(got "xml"\)/],
    [['--fail-on', 'high'], /--fail-on must be one of error, warning, notice, never/],
    [['--max-file-size', '1e6'], /positive whole number of bytes/],
    [['--max-file-size', '0'], /positive whole number of bytes/],
    [['--output'], /--output needs a value/],
    [['--output='], /--output needs a file name/],
    [['--no-git=yes'], /takes no value/],
    [['-x'], /unknown option -x/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('run (in process)', () => {
  it('prints one line on stderr and exits 2 on bad usage, with no stack', async () => {
    for (const argv of [['--bogus'], ['--fail-on', 'x'], ['/nonexistent/leakproof-folder'], ['--explain', 'nope']]) {
      const t = io();
      expect(await run(argv, t.io)).toBe(2);
      expect(t.out()).toBe('');
      expect(t.err().trimEnd().split('\n')).toHaveLength(1);
      expect(t.err()).toMatch(/^leakproof: /);
      expect(t.err()).not.toMatch(/\n\s+at /);
    }
  });

  it('suggests the closest rule for a typo in --explain', async () => {
    const t = io();
    expect(await run(['--explain', 'dotenv-files'], t.io)).toBe(2);
    expect(t.err()).toContain('did you mean dotenv-file?');
    expect(t.err()).toContain('--list-rules');
  });

  it('explains every rule and lists them as text and JSON', async () => {
    const list = io();
    await run(['--list-rules', '--format', 'json'], list.io);
    const rules = JSON.parse(list.out()) as { id: string }[];
    expect(rules.map((r) => r.id)).toContain('git-credentials');
    for (const { id } of rules) {
      const t = io();
      expect(await run(['--explain', id], t.io)).toBe(0);
      expect(t.out()).toContain('How to fix');
    }
  });

  it('shows no progress and no colour when not on a terminal', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('.env', REAL_ENV);
    const t = io({});
    expect(await run([f.root], t.io)).toBe(1);
    expect(t.err()).toBe('');
    expect(t.out()).not.toContain('\u001b[');
  });

  it('colours on a terminal unless NO_COLOR, and when FORCE_COLOR even off a terminal', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('.env', REAL_ENV);
    const tty = io({}, true);
    await run([f.root], tty.io);
    expect(tty.out()).toContain('\u001b[');
    const noColor = io({ NO_COLOR: '1' }, true);
    await run([f.root], noColor.io);
    expect(noColor.out()).not.toContain('\u001b[');
    const forced = io({ FORCE_COLOR: '1' }, false);
    await run([f.root], forced.io);
    expect(forced.out()).toContain('\u001b[');
  });

  it('writes the report to --output without colour and says so on stderr', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('site/.env', REAL_ENV);
    const t = io({ FORCE_COLOR: '1' });
    expect(await run([f.abs('site'), '--output', f.abs('report.txt')], t.io)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/1 finding \(1 error, 0 warnings, 0 notices\); report written to /);
    expect(readFileSync(f.abs('report.txt'), 'utf8')).not.toContain('\u001b[');
    const bad = io();
    expect(await run([f.abs('site'), '--output', f.abs('missing/dir/report.txt')], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/cannot write .*pick a writable path/);
  });
});
