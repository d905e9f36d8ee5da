import { SafeReader } from './read';
import type { ScanError, ScanStats } from './types';
import type { FileStatus } from '../core/types';
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
 * Reads files once each, whole, and hands them to the collector; every file
 * is read into the same buffer, so memory stays flat however large the tree.
 * Files may come in batches (as they are listed): what is known about the
 * folders on the way (real folders, not symlinks) is kept between batches.
 */
export class FileReading {
  readonly result: ReadFilesResult = { errors: [], symlinks: [] };
  private readonly reader: SafeReader;
  private done = 0;

  constructor(
    root: string,
    private readonly maxFileSize: number,
    private readonly collector: FindingCollector,
    private readonly stats: ScanStats,
    /** Called with the running count after each file. */
    private readonly onEach?: (done: number) => void,
  ) {
    // Each file is checked before the next is read, so one buffer serves them all.
    this.reader = new SafeReader(root, true);
  }

  read(files: readonly FileRef[]): void {
    const { stats, result } = this;
    for (const file of files) {
      // git lists regular files and symlinks only; a plain walk lists FIFOs and devices too.
      const outcome = this.reader.readSync(file.path, this.maxFileSize, file.status !== 'plain');
      switch (outcome.kind) {
        case 'symlink':
          result.symlinks.push(file.path);
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
          result.errors.push({ path: file.path, message: outcome.message });
          break;
        case 'ok':
          this.collector.addFile({ path: file.path, status: file.status, head: outcome.head, body: outcome.body, size: outcome.size });
      }
      this.onEach?.(++this.done);
    }
  }
}
