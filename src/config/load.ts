import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { SafeReader } from '../engine/read';
import { ConfigError, emptyConfig, validateConfig, type LeakproofConfig } from './schema';

/** Names looked for at the scanned root, in this order. */
export const CONFIG_NAMES = ['.leakproof.yml', '.leakproof.yaml', '.leakproof.json'] as const;

/** A configuration is a few lines; anything this big is the wrong file. */
const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * Loads the configuration: `explicitPath` when given (resolved against the
 * working directory), else the one config file at `root`, else defaults.
 * Throws ConfigError naming the file, the key path and the allowed values.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<LeakproofConfig> {
  if (explicitPath !== undefined) {
    const display = explicitPath;
    let text: string;
    try {
      const buf = readFileSync(path.resolve(explicitPath));
      if (buf.length > MAX_CONFIG_BYTES) throw new ConfigError(`${display}: is ${buf.length} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
      text = buf.toString('utf8');
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new ConfigError(`${display}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : (code ?? 'error')}); check the path`);
    }
    return await parseConfig(text, display);
  }

  const reader = new SafeReader(path.resolve(root));
  const found: { name: string; text: string }[] = [];
  for (const name of CONFIG_NAMES) {
    const out = await reader.read(name, MAX_CONFIG_BYTES);
    const display = displayPath(root, name);
    if (out.kind === 'missing') continue;
    if (out.kind === 'symlink') throw new ConfigError(`${display}: is a symlink; leakproof does not follow symlinks, so make it a regular file or pass --config`);
    if (out.kind !== 'ok') throw new ConfigError(`${display}: cannot read the configuration file; make it a readable regular file`);
    if (out.body === null) throw new ConfigError(`${display}: is ${out.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES}`);
    found.push({ name: display, text: out.body.toString('utf8') });
  }
  if (found.length > 1) throw new ConfigError(`found ${found.map((f) => f.name).join(' and ')}; keep only one configuration file`);
  if (found.length === 0) return emptyConfig();
  return await parseConfig(found[0]!.text, found[0]!.name);
}

/**
 * Parses YAML or JSON (YAML 1.2 reads JSON as is) and validates it. The YAML
 * library is loaded here, only when there is a configuration to read.
 */
export async function parseConfig(text: string, file: string): Promise<LeakproofConfig> {
  const { parseDocument } = await import('yaml');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(body, { prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${file}${where}: invalid YAML: ${message}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The yaml library refuses alias bombs (and similar) here, after parsing succeeded.
    throw new ConfigError(`${file}: invalid YAML: too many aliases or a structure that cannot be read; write the configuration out plainly`);
  }
  return validateConfig(value, file);
}

function displayPath(root: string, name: string): string {
  return root === '.' || root === '' ? name : path.join(root, name);
}
