import { sha256Hex } from '../core/sha256';

/**
 * A stable id for a finding: the same rule, path and matched context give the
 * same fingerprint wherever the line moves. The secret only enters hashed.
 */
export function fingerprint(ruleId: string, path: string, context: string, occurrence: number): string {
  return sha256Hex(`leakproof:v1\0${ruleId}\0${path}\0${context}\0${occurrence}`).slice(0, 32);
}

export function hashSecret(value: string): string {
  return sha256Hex(`leakproof-secret\0${value}`).slice(0, 16);
}
