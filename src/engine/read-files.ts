import { SafeReader } from './read';
import type { ScanError, ScanStats } from './types';
import type { FileStatus } from '../core/types';
import type { FileOutcome, FindingCollector } from './pipeline';
import { worthRemembering, type FileStamp } from './known-files';

export interface FileRef {
  path: string;
  status: FileStatus;
  /** Every folder on the way was listed by its parent as a real folder during this scan (see `Listed`). */
  foldersSeen?: boolean;
}

/** Told of each file checked that is worth remembering (see known-files.ts), with its stamp as read and what the rules made of it. */
export type OnChecked = (file: FileRef, stamp: FileStamp, outcome: FileOutcome) => void;

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
    private readonly onChecked?: OnChecked,
  ) {
    // Each file is checked before the next is read, so one buffer serves them all.
    this.reader = new SafeReader(root, true);
  }

  read(files: readonly FileRef[]): void {
    const { stats, result, onChecked, collector } = this;
    for (const file of files) {
      // git lists regular files and symlinks only; a plain walk lists FIFOs and devices too.
      const listed = file.foldersSeen ? 'walked' : file.status !== 'plain' ? 'regular' : 'unknown';
      const outcome = this.reader.readSync(file.path, this.maxFileSize, listed, onChecked !== undefined);
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
        case 'ok': {
          const input = { path: file.path, status: file.status, head: outcome.head, body: outcome.body, size: outcome.size };
          if (!onChecked) {
            collector.addFile(input);
            break;
          }
          const checked = collector.checkFile(input, undefined, true);
          collector.addOutcome(checked);
          if (outcome.stamp && worthRemembering(checked, outcome.size)) onChecked(file, outcome.stamp, checked);
        }
      }
      this.onEach?.(++this.done);
    }
  }
}
