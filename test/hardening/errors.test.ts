import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { Fixture } from '../helpers/fixture';
import { cli } from './outputs';

// The Action's degraded paths (no token, API 403/500, missing base commit) are covered in test/action/.
let plain: Fixture;
let repo: Fixture;
beforeAll(() => {
  plain = new Fixture().write('a.txt', 'x\n').write('bad.yml', 'rules: [\n').write('bad.json', '{');
  repo = Fixture.repo().write('a.txt', 'x\n');
  repo.git('add', '-A');
  repo.git('commit', '-qm', 'one');
});
afterAll(() => {
  plain.cleanup();
  repo.cleanup();
});

describe('every error path: one clear line, exit code 2, no stack trace', () => {
  const cases: [string, () => string[]][] = [
    ['a folder that does not exist', () => [path.join(plain.root, 'nope')]],
    ['a file instead of a folder', () => [path.join(plain.root, 'a.txt')]],
    ['an unknown option', () => ['--nope']],
    ['a bad --format', () => ['--format', 'xml']],
    ['invalid YAML in --config', () => [plain.root, '--config', path.join(plain.root, 'bad.yml')]],
    ['a missing --config', () => [plain.root, '--config', path.join(plain.root, 'none.yml')]],
    ['a broken --baseline', () => [plain.root, '--baseline', path.join(plain.root, 'bad.json')]],
    ['a missing --baseline', () => [plain.root, '--baseline', path.join(plain.root, 'none.json')]],
    ['an unknown rule for --explain', () => ['--explain', 'nope']],
    ['--since with an unknown revision', () => [repo.root, '--since', 'no-such-ref']],
    ['--staged outside git', () => [plain.root, '--staged']],
    ['--history outside git', () => [plain.root, '--history']],
    ['an --output that cannot be written', () => [plain.root, '--output', path.join(plain.root, 'no/such/dir/r.txt')]],
    ['report merge of a missing file', () => ['report', 'merge', path.join(plain.root, 'none.json')]],
    ['report merge of a file that is not a report', () => ['report', 'merge', path.join(plain.root, 'bad.json')]],
  ];
  it.each(cases)('%s', async (_label, argv) => {
    const r = await cli(argv());
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    // report merge names each input it had to skip before its one error line.
    expect(lines.filter((l) => !/^leakproof: skipped /.test(l)), r.stderr).toHaveLength(1);
    for (const l of lines) expect(l).toMatch(/^leakproof: \S/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
