import { SafeReader } from './read';
import type { FileStatus, ScanError, ScanStats } from './types';
import type { FindingCollector } from './pipeline';

export interface FileRef {
  path: string;
  status: FileStatus;
}

export interface ReadFilesResult {
  errors: ScanError[];
  /** Paths that turned out to be symlinks (never opened). */
  symlinks: string[];
}

/**
 * Reads each file once, whole, and hands it to the collector; the next file
 * is read into the same buffer, so memory stays flat however large the tree.
 */
export function readFiles(
  root: string,
  files: readonly FileRef[],
  maxFileSize: number,
  collector: FindingCollector,
  stats: ScanStats,
  onEach?: (done: number) => void,
): ReadFilesResult {
  // Each file is checked before the next is read, so one buffer serves them all.
  const reader = new SafeReader(root, true);
  const errors: ScanError[] = [];
  const symlinks: string[] = [];
  let done = 0;
  for (const file of files) {
    const outcome = reader.readSync(file.path, maxFileSize);
    switch (outcome.kind) {
      case 'symlink':
        symlinks.push(file.path);
        stats.skipped.symlink++;
        break;
      case 'special':
        stats.skipped.special++;
        break;
      case 'missing':
        stats.skipped.missing++;
        break;
      case 'unreadable':
        stats.skipped.unreadable++;
        errors.push({ path: file.path, message: outcome.message });
        break;
      case 'ok':
        collector.addFile({ path: file.path, status: file.status, head: outcome.head, body: outcome.body, size: outcome.size });
    }
    onEach?.(++done);
  }
  return { errors, symlinks };
}
