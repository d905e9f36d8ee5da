import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placementOf } from '../../src/core/literal-set';
import { KNOWN_PLACEMENTS } from '../../src/core/literal-placements';
import { defaultLiteralSets } from '../../src/engine/pipeline';
import { RULES } from '../../src/rules';

const FILE = path.join(path.dirname(new URL(import.meta.url).pathname), '../../src/core/literal-placements.ts');

describe('kept literal placements', () => {
  it("hold the default rules' list as it is placed now", () => {
    const { key, placement } = placementOf(defaultLiteralSets(RULES));
    // A placement uses buckets of both groups: the search relies on it.
    expect(new Set(placement).size).toBeGreaterThan(8);
    if (process.env.LEAKPROOF_WRITE_PLACEMENTS === '1' && KNOWN_PLACEMENTS.get(key) !== placement) {
      const source = fs.readFileSync(FILE, 'utf8');
      fs.writeFileSync(FILE, source.replace(/new Map\(\[[\s\S]*\]\);\n$/, `new Map([\n  [\n    '${key}',\n    '${placement}',\n  ],\n]);\n`));
      return;
    }
    expect(KNOWN_PLACEMENTS.get(key), 'the default placement is stale: run LEAKPROOF_WRITE_PLACEMENTS=1 npx vitest run test/engine/literal-placements.test.ts').toBe(placement);
  });
});
