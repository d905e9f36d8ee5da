import type { FileStatus } from '../../core/types';

/** The statuses a file that must not be committed is reported under: an ignored one is where it belongs. */
export type Reported = Exclude<FileStatus, 'ignored'>;

/** How a reported file stands with git, as the middle of "`name` … ; …". */
export const WHERE: Record<Reported, string> = {
  tracked: 'is tracked by git',
  untracked: 'is not ignored by git, so the next `git add .` commits it',
  plain: 'is in the folder and ships with it',
};
