import type { ScanOptions, ScanStats } from './types';
import type { Rule, TreeContext } from '../rules/types';
import { RULES } from '../rules';
import { enabledRules, FindingCollector, ruleSettings, type FileOutcome } from './pipeline';
import { FileChecker } from './parallel';
import type { FileRef, OnChecked, ReadFilesResult } from './read-files';
import { settle, type Settled } from './suppress';
import { contextOverrides } from '../core/globs';

/**
 * The checking half of a folder scan: the rules, and the threads that run
 * them over the files listed. scan.ts loads this module only once the
 * listing holds something, so a scan with nothing to check never compiles
 * the rules, and a repository's scan compiles them while git lists it.
 */
export class FolderCheck {
  private readonly collector: FindingCollector;
  private readonly checker: FileChecker;

  constructor(
    job: { root: string; maxFileSize: number; options: ScanOptions },
    stats: ScanStats,
    rules: readonly Rule[] = RULES,
    onChecked?: OnChecked,
  ) {
    const { options } = job;
    this.collector = new FindingCollector(enabledRules(rules, options.rules), ruleSettings(options, contextOverrides(options.contexts)), stats);
    this.checker = new FileChecker(job, this.collector, stats, options.onProgress, onChecked);
  }

  /** See `FileChecker.expect`. */
  expect(files: number): void {
    this.checker.expect(files);
  }

  add(files: readonly FileRef[]): void {
    this.checker.add(files);
  }

  /** Counts a file an earlier scan found clean, unchanged since, without reading it. */
  addClean(counts: FileOutcome['counts']): void {
    this.collector.addOutcome({ found: [], comments: null, counts, quiet: false });
  }

  /** Checks what is left; call once, after the last `add`. */
  finish(): Promise<ReadFilesResult> {
    return this.checker.finish();
  }

  abort(): Promise<void> {
    return this.checker.abort();
  }

  /** Runs the tree rules over the whole listing, then places, suppresses and sorts every finding. */
  async conclude(tree: Omit<TreeContext, 'settings'>, options: ScanOptions): Promise<Settled & { secretValues: string[] }> {
    await this.collector.addTree({ ...tree, settings: this.collector.settings });
    const finished = this.collector.finish();
    return { ...settle(finished.findings, finished.comments, options, finished.secretValues), secretValues: finished.secretValues };
  }
}
