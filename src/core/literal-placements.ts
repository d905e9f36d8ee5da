/**
 * Where the vector search puts each literal of the literal lists it meets
 * most, so that it need not work it out in every thread of every scan (see
 * `placeLiterals` in literal-set.ts): the key of a list, then one letter per
 * literal, `a` for bucket 0. A list not here is placed when first searched.
 *
 * Written by `LEAKPROOF_WRITE_PLACEMENTS=1 npx vitest run test/engine/literal-placements.test.ts`;
 * that test fails when the default rules' list is missing or placed otherwise.
 */
export const KNOWN_PLACEMENTS: ReadonlyMap<string, string> = new Map([
  [
    '132:573fa754',
    'lhfioahaaghgigoliiiipnpbhgnonngomaggmoekekdpcnjfooohjjnlfmdbbbbbbbfbaaaapiebkapiiiimmnhdkkddgekhkkhnmhhijooeeaghflhkdjadajcpcbbeecnl',
  ],
]);
