import type { LiteralSet } from '../../engine/literal-set';
import type { FileContext } from '../types';

/**
 * Does a file's content contain any of the literals? Searched in the raw
 * bytes, so most files are never decoded; UTF-16 files (with a BOM) are
 * searched in their decoded text.
 */
export function bodyContains(file: Pick<FileContext, 'body' | 'text'>, set: LiteralSet): boolean {
  const body = file.body;
  if (body === null) return false;
  const utf16 = body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff));
  // Every literal is ASCII: a latin1 view of the decoded text keeps them intact.
  return set.test(utf16 ? Buffer.from(file.text ?? '', 'latin1') : body);
}
