import type { KeyKind } from './keygen';
import type { SourceView } from './source';
import type { SecretOccurrence } from '../rules/lib/secret-assignments';
import type { TextEdit } from './types';

/** What a planner knows about the value to replace. */
export interface Located {
  view: SourceView;
  occurrence: SecretOccurrence;
  /** Offsets of the value in the file's text (without quotes). */
  start: number;
  end: number;
  /** Whether a path below the root exists as a regular file (`config/application.rb` says Rails). */
  exists: (path: string) => boolean;
}

/** A variable the edited file now needs, so the local `.env` gets a fresh value for it. */
export interface NeededVariable {
  name: string;
  kind: KeyKind;
  /** The folder whose `.env` the app reads ('' for the root): compose reads the one beside the compose file. */
  envDir: string;
  /**
   * The length of the value the code held: the fresh key is at least as long, since code may check or decode it
   * (JJWT refuses an HS512 key shorter than 512 bits; a comment may ask for 88 base64 characters).
   */
  minLength?: number;
}

/** A planner's answer for one finding: edits of its file, or why it has none. */
export type Draft =
  | {
      title: string;
      edits: TextEdit[];
      needs?: NeededVariable;
      followUp: string[];
    }
  | { refused: string };

export function refuse(why: string): Draft {
  return { refused: why };
}
