import { nodeCrypto } from '../core/builtin';

/**
 * A stable id for a finding: the same rule, path and matched context give the
 * same fingerprint wherever the line moves. The secret only enters hashed.
 */
export function fingerprint(ruleId: string, path: string, context: string, occurrence: number): string {
  const h = nodeCrypto().createHash('sha256');
  h.update(`leakproof:v1\0${ruleId}\0${path}\0${context}\0${occurrence}`);
  return h.digest('hex').slice(0, 32);
}

export function hashSecret(value: string): string {
  return nodeCrypto().createHash('sha256').update(`leakproof-secret\0${value}`).digest('hex').slice(0, 16);
}
