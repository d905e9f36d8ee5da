import type { ScanOptions } from '../engine/types';
import type { LeakproofConfig } from './schema';

/**
 * The scan options a configuration sets. `maxFileSize` and `includeIgnored`
 * are defaults here: the caller lets its own options (the CLI's flags, the
 * Action's inputs) win by spreading them over this.
 */
export function scanOptionsFromConfig(config: LeakproofConfig): Omit<ScanOptions, 'root'> {
  const opts: Omit<ScanOptions, 'root'> = {
    ignore: config.ignore,
    rules: config.rules,
    allow: config.allow,
    secretNames: config.secretNames,
    publicEnvPrefixes: config.publicEnvPrefixes,
    contexts: config.contexts,
  };
  if (config.maxFileSize !== undefined) opts.maxFileSize = config.maxFileSize;
  if (config.includeIgnored !== undefined) opts.includeIgnored = config.includeIgnored;
  return opts;
}
