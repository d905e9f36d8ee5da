import type { LiteralSet } from '../../engine/literal-set';
import type { FileContext } from '../types';
import { hasUtf16Bom } from '../../engine/text';

/**
 * Does a file's content contain any of the literals? Searched in the raw
 * bytes, so most files are never decoded; UTF-16 files (with a BOM) are
 * searched in their decoded text.
 */
export function bodyContains(file: Pick<FileContext, 'body' | 'text'>, set: LiteralSet): boolean {
  const body = file.body;
  if (body === null) return false;
  // Every literal is ASCII: a latin1 view of the decoded text keeps them intact.
  return set.test(hasUtf16Bom(body) ? Buffer.from(file.text ?? '', 'latin1') : body);
}
