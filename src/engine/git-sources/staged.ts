import { textOf } from '../../core/text';
import { DEFAULT_MAX_FILE_SIZE } from '../types';
import type { ScanOptions, ScanResult } from '../types';
import type { Rule } from '../../rules/types';
import { RULES } from '../../rules';
import { CatFile } from './cat-file';
import { changedFiles, scanChanges, type ContentSource } from './changes';
import { repoInfo } from './repo';
import * as path from 'node:path';
import { clockStart } from '../clock';

const EMPTY_OID = /^0+$/;

/**
 * Scans what is staged, exactly as it will be committed: content comes from
 * the index (a partially staged file is scanned as staged, not as edited),
 * and content rules report only the lines the commit adds.
 */
export async function scanStaged(options: ScanOptions, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const started = clockStart();
  const root = path.resolve(options.root);
  // The diff (git's slowest step here: it reads the whole index) starts at once, with
  // the check that this is a repository; a failed check is the error to report.
  const changed = changedFiles({ cwd: root, against: ['--cached'], relative: true, untracked: [] });
  changed.catch(() => undefined);
  const repo = await repoInfo(root, '--staged');
  const cat = new CatFile(root);
  const source: ContentSource = {
    async read(file, maxSize) {
      const blob = EMPTY_OID.test(file.oid) ? null : await cat.read(file.oid, maxSize);
      return blob ?? { skipped: 'missing' };
    },
    async readText(p) {
      return textOf(await cat.read(`:${repo.prefix}${p}`, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
    },
  };
  try {
    const files = await changed;
    return { ...(await scanChanges(root, files, source, options, rules, started)), changes: 'staged changes' };
  } finally {
    await cat.close();
  }
}
