import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { layoutOf } from '../../src/core/literal-set';
import { KNOWN_LAYOUT } from '../../src/core/literal-placements';
import { defaultLiteralSets } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';

const FILE = path.join(path.dirname(new URL(import.meta.url).pathname), '../../src/core/literal-placements.ts');

describe('the kept literal layout', () => {
  it("holds the default rules' literals as they are laid out now", () => {
    const fresh = layoutOf(defaultLiteralSets(RULES));
    // A layout uses buckets of both groups: the search relies on it.
    expect(new Set(fresh.map(([, , bucket]) => bucket)).size).toBeGreaterThan(8);
    if (process.env.LEAKPROOF_WRITE_PLACEMENTS === '1' && JSON.stringify(KNOWN_LAYOUT) !== JSON.stringify(fresh)) {
      const source = fs.readFileSync(FILE, 'utf8');
      const rows = fresh.map(([key, offset, bucket]) => `  [${JSON.stringify(key)}, ${offset}, ${bucket}],\n`).join('');
      fs.writeFileSync(FILE, source.replace(/ = \[[\s\S]*\];\n$/, ` = [\n${rows}];\n`));
      return;
    }
    expect(KNOWN_LAYOUT, 'the kept layout is stale: run LEAKPROOF_WRITE_PLACEMENTS=1 npx vitest run test/engine/literal-placements.test.ts').toEqual(fresh);
  });
});
