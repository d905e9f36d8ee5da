import { describe, expect, it } from 'vitest';
import { emptyStats, FindingCollector, ruleSettings } from '../../src/engine/pipeline';
import { LiteralSet } from '../../src/core/literal-set';
import { RULES } from '../../src/rules';
import type { Rule } from '../../src/rules/types';

function input(path: string, body: Buffer) {
  return { path, status: 'tracked' as const, head: body.subarray(0, 8192), body, size: body.length };
}

/** A rule that records what `contains` tells it. */
function probe(sets: LiteralSet[], seen: boolean[][]): Rule {
  return {
    meta: { id: 'probe', title: 'probe', severity: 'notice', why: '', fix: '', examples: [] } as unknown as Rule['meta'],
    literals: () => sets,
    checkFile(file) {
      seen.push(sets.map((s) => file.contains(s)));
      return [];
    },
  };
}

describe('FileContext', () => {
  it('answers `contains` for every declared set, and for sets it was not told of', () => {
    const a = new LiteralSet([{ text: 'alpha', caseless: true }]);
    const b = new LiteralSet([{ text: 'BETA', caseless: false }]);
    const undeclared = new LiteralSet([{ text: 'gamma', caseless: true }]);
    const seen: boolean[][] = [];
    const c = new FindingCollector([probe([a, b], seen), probe([undeclared], seen)], ruleSettings({}), emptyStats());
    c.addFile(input('x.txt', Buffer.from('ALPHA and gamma, but beta only in lower case\n'.repeat(4))));
    expect(seen).toEqual([[true, false], [true]]);
  });

  it('searches a UTF-16 file in its decoded text', () => {
    const a = new LiteralSet([{ text: 'secret', caseless: true }]);
    const seen: boolean[][] = [];
    const c = new FindingCollector([probe([a], seen)], ruleSettings({}), emptyStats());
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SECRET_KEY = "x"\n'.repeat(8), 'utf16le')]);
    c.addFile(input('settings.py', utf16));
    expect(seen).toEqual([[true]]);
  });

  it('hands rules the bytes of a binary file, and the head of one over the size limit, with its size', () => {
    const seen: { body: boolean; bytes: number; size: number }[] = [];
    const probe: Rule = {
      meta: { id: 'probe', title: 'probe', severity: 'notice', why: '', fix: '', examples: [] } as unknown as Rule['meta'],
      checkFile(file) {
        seen.push({ body: file.body !== null, bytes: file.bytes.length, size: file.size });
        return [];
      },
    };
    const c = new FindingCollector([probe], ruleSettings({}), emptyStats());
    const binary = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0]), Buffer.alloc(20_000, 7)]);
    c.addFile(input('keys/app.jks', binary));
    c.addFile({ path: 'big.bin', status: 'tracked', head: binary.subarray(0, 8192), body: null, size: 5_000_000 });
    expect(seen).toEqual([
      { body: false, bytes: 20_005, size: 20_005 },
      { body: false, bytes: 8192, size: 5_000_000 },
    ]);
  });

  it('lets no rule decode a source file that holds none of the words any rule looks for', () => {
    let decoded = 0;
    const c = new FindingCollector(RULES, ruleSettings({}), emptyStats());
    const spy = (rule: Rule): Rule => ({
      ...rule,
      checkFile: rule.checkFile
        ? (file) =>
            rule.checkFile!(
              new Proxy(file, {
                get(target, key, receiver) {
                  if (key === 'text' || key === 'lines') decoded++;
                  return Reflect.get(target, key, receiver);
                },
              }),
            )
        : undefined,
    });
    const spied = new FindingCollector(RULES.map(spy), ruleSettings({}), emptyStats());
    const body = Buffer.from('export function add(a, b) {\n  return a + b; // plain code, nothing to see\n}\n'.repeat(50));
    for (const name of ['src/add.js', 'app/add.py', 'config/app.yml', 'lib/add.go', 'README.md', 'Dockerfile']) spied.addFile(input(name, body));
    expect(decoded).toBe(0);
    c.addFile(input('src/add.js', body));
    expect(c.finish().findings).toEqual([]);
  });
  it('says a file is quiet only when it holds none of the words and no NUL byte, after its head too', () => {
    const c = new FindingCollector(RULES, ruleSettings({}), emptyStats());
    const quiet = (body: Buffer) => c.checkFile(input('notes.txt', body), undefined, true).quiet;
    const prose = Buffer.from('plain words on every line\n'.repeat(1000));
    expect(prose.length).toBeGreaterThan(8192);
    expect(quiet(prose)).toBe(true);
    expect(quiet(Buffer.from('plain words\n'.repeat(10)))).toBe(true);
    // A NUL past the head does not make the file binary, but it is not quiet either: it is read as any other.
    const late = Buffer.from(prose);
    late[20_000] = 0;
    expect(quiet(late)).toBe(false);
    // Right after the head, and at its very end (a binary file, never read).
    const edge = Buffer.from(prose);
    edge[8192] = 0;
    expect(quiet(edge)).toBe(false);
    const inHead = Buffer.from(prose);
    inHead[8191] = 0;
    expect(quiet(inHead)).toBe(false);
    expect(quiet(Buffer.concat([prose, Buffer.from('SECRET_KEY = "x"\n')]))).toBe(false);
  });
});
