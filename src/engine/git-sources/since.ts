import * as path from 'node:path';
import type { ScanOptions, ScanResult } from '../types';
import type { Rule } from '../../rules/types';
import { RULES } from '../../rules';
import { git, splitZ } from '../git';
import { SafeReader } from '../read';
import { textOf } from '../../core/text';
import { DEFAULT_MAX_FILE_SIZE } from '../types';
import { changedFiles, scanChanges, type ContentSource } from './changes';
import { repoInfo, resolveRef } from './repo';
import { clockStart } from '../clock';

/**
 * Scans the files that differ between REF and the work tree (and untracked
 * files that are not ignored): content rules on the added lines only.
 */
export async function scanSince(options: ScanOptions & { since: string }, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const started = clockStart();
  const root = path.resolve(options.root);
  await repoInfo(root, '--since');
  const [commit, others] = await Promise.all([resolveRef(root, options.since), git(root, ['ls-files', '-z', '--others', '--exclude-standard'])]);
  const untracked = splitZ(others);
  const files = await changedFiles({ cwd: root, against: [commit], relative: true, untracked: untracked.filter((p) => !p.endsWith('/')) });
  const reader = new SafeReader(root);
  const source: ContentSource = {
    async read(file, maxSize) {
      const out = await reader.read(file.path, maxSize);
      if (out.kind === 'ok') return { head: out.head, body: out.body, size: out.size, type: 'blob' };
      if (out.kind === 'unreadable') return { skipped: 'unreadable', message: out.message };
      return { skipped: out.kind };
    },
    async readText(p) {
      const out = reader.readSync(p, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      return out.kind === 'ok' ? textOf(out) : null;
    },
  };
  return { ...(await scanChanges(root, files, source, options, rules, started)), changes: `changes since ${options.since}` };
}
