// The scan cache: files an earlier scan found clean, and that have not changed since, are counted without being read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';
import { formatJson } from '../../src/report/json';
import { RULES } from '../../src/rules';
import { SETTLED_MS } from '../../src/engine/known-files';
import type { ScanCache, ScanOptions, ScanResult } from '../../src/engine/types';
import type { Rule } from '../../src/rules/types';

/** A cache kept in memory, counting its writes. */
class MemoryCache implements ScanCache {
  text: string | null = null;
  saves = 0;
  constructor(readonly build = 'build-1') {}
  load(): string | null {
    return this.text;
  }
  save(text: string): void {
    this.text = text;
    this.saves++;
  }
}

/** The files the content rules were given, by a rule that reports nothing. */
function recorder(): { rule: Rule; seen: Set<string> } {
  const seen = new Set<string>();
  return {
    seen,
    rule: {
      meta: { id: 'record', title: 'record', severity: 'notice', policy: 'meta', why: '', fix: '', examples: [] },
      checkFile(file) {
        seen.add(file.path);
        return [];
      },
    },
  };
}

async function scanned(root: string, cache: ScanCache | undefined, extra: Partial<ScanOptions> = {}): Promise<{ read: string[]; json: string; result: ScanResult }> {
  const r = recorder();
  const result = await scan({ root, cache, ...extra }, [...RULES, r.rule]);
  const report = JSON.parse(formatJson(result, '.')) as { stats: { durationMs?: number } };
  delete report.stats.durationMs;
  return { read: [...r.seen].sort(), json: JSON.stringify(report), result };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SECRET = 'Zx8kQ2mN7pL4vR9tW3yB6cD1aaQQ';
/** Files the rules find nothing in, worth remembering: each holds a rule's word, or is large. */
const REMEMBERED = ['app.py', 'big.txt', 'docs/guide.md', 'lib/util.js', 'notes.txt'];
/** Read at every scan: a finding, a suppression comment (its words come from the file), a small file with no rule's word. */
const ALWAYS_READ = ['README.md', 'settings.py', 'tiny.txt'];
const ALL = [...REMEMBERED, ...ALWAYS_READ].sort();

describe('scan cache', () => {
  let f: Fixture;
  let outside: string;

  beforeAll(async () => {
    f = Fixture.repo();
    f.write('app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    f.write('settings.py', `SECRET_KEY = '${SECRET}'\n`);
    f.write('README.md', '# app\n\n<!-- leakproof-ignore secret-key-fallback -- kept as an example -->\n');
    f.write('lib/util.js', 'export const secret = process.env.JWT_SECRET;\n');
    f.write('docs/guide.md', 'Run `make` first, with `SECRET_KEY` set in the environment.\n');
    f.write('big.txt', 'lorem ipsum dolor\n'.repeat(1200));
    f.write('tiny.txt', 'hello\n');
    f.git('add', 'app.py', 'settings.py', 'README.md', 'lib/util.js', 'docs/guide.md', 'big.txt', 'tiny.txt');
    f.write('notes.txt', 'untracked notes: the JWT secret comes from the environment\n');
    outside = mkdtempSync(path.join(tmpdir(), 'leakproof-cache-outside-'));
    // Files changed in the last SETTLED_MS are not remembered: let these settle.
    await sleep(SETTLED_MS + 200);
  });
  afterAll(() => {
    f.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads only the files with findings the second time, and reports byte for byte the same', async () => {
    const cache = new MemoryCache();
    const uncached = await scanned(f.root, undefined);
    const first = await scanned(f.root, cache);
    expect(first.read).toEqual(ALL);
    expect(cache.saves).toBe(1);
    const second = await scanned(f.root, cache);
    expect(second.read).toEqual(ALWAYS_READ);
    expect(second.json).toBe(first.json);
    expect(second.json).toBe(uncached.json);
    expect(second.result.findings.some((x) => x.path === 'settings.py')).toBe(true);
    // The unused suppression comment is reported as before.
    expect(second.json).toContain('README.md');
    // Nothing changed: nothing is written.
    expect(cache.saves).toBe(1);
    // Only paths, stamps and counts are kept: never a line of a file.
    expect(cache.text).not.toContain(SECRET);
    expect(cache.text).not.toContain('os.environ');
    expect(cache.text).not.toContain('kept as an example');
  });

  // Before the tests that change files: a file changed in the last SETTLED_MS is not remembered.
  it('keeps what it knows of other files when only some paths are scanned', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    await scanned(f.root, cache, { paths: ['lib'] });
    expect((await scanned(f.root, cache)).read).toEqual(ALWAYS_READ);
  });

  it('reads a file again once it changed, even to content of the same size', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    const before = "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n";
    const after = `import os\nSECRET_KEY = '${SECRET.slice(0, before.length - 26)}'\n`;
    expect(after.length).toBe(before.length);
    f.write('app.py', after);
    try {
      const again = await scanned(f.root, cache);
      expect(again.read).toContain('app.py');
      expect(again.result.findings.some((x) => x.path === 'app.py')).toBe(true);
    } finally {
      f.write('app.py', before);
    }
  });

  it('reads a file again when it changed in place, to the same size, with its mtime set back', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    const was = statSync(f.abs('docs/guide.md'), { bigint: true });
    const before = readFileSync(f.abs('docs/guide.md'), 'utf8');
    // Same inode, same size, same mtime: only the change time tells.
    writeFileSync(f.abs('docs/guide.md'), before.replace('make', 'bake'));
    const ns = was.mtimeNs % 1_000_000_000n;
    execFileSync('touch', ['-m', '-d', `@${was.mtimeNs / 1_000_000_000n}.${ns.toString().padStart(9, '0')}`, f.abs('docs/guide.md')]);
    const now = statSync(f.abs('docs/guide.md'), { bigint: true });
    expect([now.mtimeNs, now.ino, now.size]).toEqual([was.mtimeNs, was.ino, was.size]);
    const again = await scanned(f.root, cache);
    expect(again.read).toContain('docs/guide.md');
  });

  it('reads a file again when its status changes (an untracked file added to the index)', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    f.git('add', 'notes.txt');
    try {
      const again = await scanned(f.root, cache);
      expect(again.read).toContain('notes.txt');
    } finally {
      f.git('rm', '-q', '--cached', 'notes.txt');
    }
  });

  it('uses nothing another build or other settings wrote', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    const text = cache.text;
    const rebuilt = new MemoryCache('build-2');
    rebuilt.text = text;
    expect((await scanned(f.root, rebuilt)).read).toEqual(ALL);
    const other = new MemoryCache();
    other.text = text;
    expect((await scanned(f.root, other, { secretNames: ['MY_SIGNING_KEY'] })).read).toEqual(ALL);
    const fewer = new MemoryCache();
    fewer.text = text;
    expect((await scanned(f.root, fewer, { rules: { 'dotenv-file': 'off' } })).read).toEqual(ALL);
  });

  it('reads every file when the cache is damaged, and writes it anew', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    const good = cache.text!;
    const damages = [good.slice(0, -3), good.replace(/\0tracked /, '\0nonsense '), 'garbage', good.replace(/ \d+ /, ' x '), good.replace(/ \d+ /, ' -1 '), good.replace(/\0tracked ([^\0]*)\0/, '\0tracked $1 [{"x":1}]\0'),
      // Counts that are not those of one file of its size.
      good.replace(/\0(tracked \d+ \d+ \S+ \S+) 1 (\d+) 0 0 0\0/, '\0$1 1 $2 1 0 0\0'),
      good.replace(/\0(tracked \d+ \d+ \S+ \S+) 1 (\d+) 0 0 0\0/, '\0$1 0.5 $2 0 0 0\0'),
      good.replace(/\0(tracked \d+ (\d+) \S+ \S+) 1 \d+ 0 0 0\0/, '\0$1 1 0x10 0 0 0\0')];
    for (const damaged of damages) {
      expect(damaged).not.toBe(good);
      const c = new MemoryCache();
      c.text = damaged;
      const uncached = await scanned(f.root, undefined);
      const r = await scanned(f.root, c);
      expect(r.json).toBe(uncached.json);
      expect(c.saves).toBe(1);
    }
  });

  it('does not count a remembered file through a folder since replaced by a symlink', async () => {
    const cache = new MemoryCache();
    await scanned(f.root, cache);
    // The folder moves out (its files keep their inodes and times) and a symlink takes its place.
    renameSync(f.abs('lib'), path.join(outside, 'lib'));
    f.symlink(path.join(outside, 'lib'), 'lib');
    try {
      const uncached = await scanned(f.root, undefined);
      const cached = await scanned(f.root, cache);
      expect(cached.json).toBe(uncached.json);
      expect(uncached.result.stats.skipped.symlink).toBeGreaterThan(0);
      expect(cached.read).not.toContain('lib/util.js');
    } finally {
      rmSync(f.abs('lib'));
      renameSync(path.join(outside, 'lib'), f.abs('lib'));
    }
  });

});

describe('scan cache and a file rewritten while it is checked', () => {
  it('never takes what was read for the new content, even when the clocks disagree', async () => {
    const f = Fixture.repo();
    const before = 'const secret = process.env.JWT_SECRET;\n';
    const after = `const SECRET_KEY = '${SECRET.slice(0, before.length - 23)}';\n`;
    expect(after.length).toBe(before.length);
    try {
      f.write('lib/clean.js', before);
      await sleep(SETTLED_MS + 200);
      // The file is rewritten, to the same size, after it was read and before its check ends; and this
      // machine's clock runs ahead of the filesystem's, so the rewrite does not look recent.
      let rewritten = false;
      const rewriter: Rule = {
        meta: { id: 'rewrite', title: 'rewrite', severity: 'notice', policy: 'meta', why: '', fix: '', examples: [] },
        checkFile(file) {
          if (file.path === 'lib/clean.js' && !rewritten) {
            rewritten = true;
            writeFileSync(f.abs('lib/clean.js'), after);
          }
          return [];
        },
      };
      const cache = new MemoryCache();
      const now = Date.now;
      vi.spyOn(Date, 'now').mockImplementation(() => now() + 10_000);
      try {
        await scan({ root: f.root, cache }, [...RULES, rewriter]);
      } finally {
        vi.restoreAllMocks();
      }
      expect(rewritten).toBe(true);
      // Remembered, with the stamp it had when it was read.
      expect(cache.text).toContain('lib/clean.js');
      // The same rules (the rewriter now does nothing), so the cache applies.
      const again = await scan({ root: f.root, cache }, [...RULES, rewriter]);
      expect(again.findings.map((x) => x.path)).toContain('lib/clean.js');
    } finally {
      f.cleanup();
    }
  });
});

describe('scan cache of a folder left with nothing worth remembering', () => {
  it('writes that once, not at every scan', async () => {
    const f = Fixture.repo();
    try {
      f.write('app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
      f.write('tiny.txt', 'hello\n');
      await sleep(SETTLED_MS + 200);
      const cache = new MemoryCache();
      await scanned(f.root, cache);
      expect(cache.saves).toBe(1);
      rmSync(f.abs('app.py'));
      await scanned(f.root, cache);
      expect(cache.saves).toBe(2);
      await scanned(f.root, cache);
      await scanned(f.root, cache);
      expect(cache.saves).toBe(2);
    } finally {
      f.cleanup();
    }
  });
});

describe('scan cache and files changed just now', () => {
  it('does not remember a file changed within the last SETTLED_MS', async () => {
    const f = Fixture.repo();
    try {
      f.write('app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
      const cache = new MemoryCache();
      await scanned(f.root, cache);
      // It could change again within the same tick of the filesystem's clock and keep its stamp.
      expect((await scanned(f.root, cache)).read).toEqual(['app.py']);
    } finally {
      f.cleanup();
    }
  });
});
