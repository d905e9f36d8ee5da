/**
 * What a Terraform (or OpenTofu) state file holds. State is JSON: format 4
 * (Terraform 0.12+) lists `resources`, each with `instances` whose
 * `attributes` are every value the provider returned, secrets included, in
 * plain text; format 3 and older keep `modules[].resources` as a map. The
 * `.terraform/terraform.tfstate` cache holds the `backend` settings, which
 * may carry the backend's own credentials. OpenTofu's encrypted state has
 * `encrypted_data` instead.
 */

export type TfState =
  | { kind: 'encrypted' }
  | { kind: 'state'; resources: number; types: string[]; secretAttributes: string[]; sensitiveOutputs: number }
  | { kind: 'backend'; credentialKeys: string[] };

/** Attribute names that hold secrets in providers' schemas: `password`, `private_key_pem`, `access_key`, `token`… */
const SECRET_ATTRIBUTE = /(?:password|secret|private_key|token|access_key|secret_key|api_key|client_key|connection_string|passphrase|credentials)/i;
/** Values in the backend settings that are credentials (s3 `access_key`, azurerm `access_key` / `sas_token`, …). */
const BACKEND_SECRET = /(?:access_key|secret_key|password|token|sas_token|client_secret|credentials|account_key)/i;

/** Nodes of the attribute tree looked at, at most: a huge state is judged on what was seen. */
const MAX_NODES = 200_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An attribute whose name says secret and whose value could be one: not an
 * id, ARN or setting about a secret (`password_length`, `kms_key_id`), and
 * not a one-word setting (`http_tokens = "required"`).
 */
function isSecretValue(key: string, value: string): boolean {
  if (value === '' || !SECRET_ATTRIBUTE.test(key)) return false;
  if (/_(?:id|ids|arn|name|type|version|length|rotation|policy|url|count|enabled)$/i.test(key)) return false;
  return !/^[a-z_-]{1,24}$/.test(value);
}

/** Names of attributes with a non-empty string value that name a secret, walked breadth-first within a node budget. */
function secretAttributeNames(roots: unknown[], found: Set<string>, budget: { left: number }): void {
  const queue: unknown[] = [...roots];
  for (let i = 0; i < queue.length && budget.left > 0; i++) {
    budget.left--;
    const node = queue[i];
    if (Array.isArray(node)) for (const v of node) queue.push(v);
    else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && isSecretValue(k, v)) found.add(k);
        else if (typeof v === 'object' && v !== null) queue.push(v);
      }
    }
  }
}

/** What the state text holds, or null when it is not Terraform state. */
export function readTfState(text: string): TfState | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(doc)) return null;
  if ('encrypted_data' in doc) return { kind: 'encrypted' };
  if (typeof doc.version !== 'number') return null;
  const budget = { left: MAX_NODES };
  const types = new Set<string>();
  const secrets = new Set<string>();
  let resources = 0;
  if (Array.isArray(doc.resources)) {
    for (const r of doc.resources) {
      if (!isObject(r)) continue;
      const instances = Array.isArray(r.instances) ? r.instances : [];
      if (instances.length === 0) continue;
      resources++;
      if (typeof r.type === 'string') types.add(r.type);
      secretAttributeNames(instances.map((i) => (isObject(i) ? i.attributes : null)), secrets, budget);
    }
  }
  if (Array.isArray(doc.modules)) {
    for (const m of doc.modules) {
      if (!isObject(m) || !isObject(m.resources)) continue;
      for (const [address, r] of Object.entries(m.resources)) {
        resources++;
        const type = isObject(r) && typeof r.type === 'string' ? r.type : address.split('.').find((p) => p.includes('_'));
        if (type) types.add(type);
        if (isObject(r) && isObject(r.primary)) secretAttributeNames([r.primary.attributes], secrets, budget);
      }
    }
  }
  let sensitiveOutputs = 0;
  const outputs = isObject(doc.outputs) ? Object.values(doc.outputs) : [];
  for (const o of outputs) if (isObject(o) && o.sensitive === true) sensitiveOutputs++;
  if (resources === 0 && isObject(doc.backend)) {
    const config = isObject(doc.backend.config) ? doc.backend.config : {};
    const keys = Object.entries(config)
      .filter(([k, v]) => typeof v === 'string' && v !== '' && BACKEND_SECRET.test(k))
      .map(([k]) => k);
    return { kind: 'backend', credentialKeys: keys };
  }
  return { kind: 'state', resources, types: [...types], secretAttributes: [...secrets].sort(), sensitiveOutputs };
}
