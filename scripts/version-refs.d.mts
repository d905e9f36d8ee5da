export interface VersionRef {
  file: string;
  line: number;
  kind: 'major' | 'version';
  value: string;
  start: number;
  end: number;
}
export const FILES: RegExp;
export function expected(kind: VersionRef['kind'], version: string): string;
export function findRefs(file: string, text: string): VersionRef[];
export function setRefs(file: string, text: string, version: string): string;
