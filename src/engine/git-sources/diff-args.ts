/**
 * Flags that make patch output the same whatever the user's git config:
 * no colour, no external diff or textconv, standard prefixes, line ranges only.
 */
export const PATCH_FLAGS = [
  '-p',
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--full-index',
];

/** Deleted files add nothing; leaving them out keeps the stream small. */
export const NOT_DELETED = '--diff-filter=ACMRT';
