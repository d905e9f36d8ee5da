import type { AllowEntry, FailOn, RuleLevel } from '../engine/types';
import type { ContextName } from '../core/types';
import { CONTEXT_NAMES } from '../core/types';
import { RULE_IDS } from '../rules/ids';
import { globProblem } from '../core/globs';

/** A validated configuration; every list is present (empty when not set). */
export interface LeakproofConfig {
  /** The file it came from, as shown in messages; null when there is none. */
  file: string | null;
  ignore: string[];
  rules: Record<string, RuleLevel>;
  allow: AllowEntry[];
  secretNames: string[];
  publicEnvPrefixes: string[];
  /** Globs per context, overriding where the built-in classification puts a path. */
  contexts: Partial<Record<ContextName, string[]>>;
  maxFileSize?: number;
  failOn?: FailOn;
  includeIgnored?: boolean;
}

/** Bad configuration: the message names the file, the key path and what is allowed. */
export class ConfigError extends Error {}

export const CONFIG_KEYS = [
  'ignore',
  'rules',
  'allow',
  'secretNames',
  'publicEnvPrefixes',
  'contexts',
  'maxFileSize',
  'failOn',
  'includeIgnored',
] as const;
const ALLOW_KEYS = ['rule', 'paths', 'reason'] as const;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'notice', 'warning', 'error'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

export function emptyConfig(file: string | null = null): LeakproofConfig {
  return { file, ignore: [], rules: {}, allow: [], secretNames: [], publicEnvPrefixes: [], contexts: {} };
}

function ruleIds(): readonly string[] {
  return RULE_IDS;
}

/** A value from the file, quoted and cut, so an error line stays one short line. */
function quoteCut(v: string): string {
  return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${quoteCut(v)}`;
  return `${typeof v} ${String(v)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the parsed document against the schema; throws ConfigError at the first problem. */
export function validateConfig(doc: unknown, file: string): LeakproofConfig {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(`${file}: ${key ? `${key}: ` : ''}${problem}`);
  };
  const config = emptyConfig(file);
  if (doc === null || doc === undefined) return config;
  if (!isPlainObject(doc)) return fail('', `the top level must be a mapping of keys (${CONFIG_KEYS.join(', ')}), got ${typeName(doc)}`);

  const stringList = (key: string, v: unknown, what: string, one: string, check?: (s: string) => string | null): string[] => {
    if (!Array.isArray(v)) return fail(key, `must be a list of ${what}, got ${typeName(v)}`);
    return v.map((item, i) => {
      if (typeof item !== 'string') return fail(`${key}[${i}]`, `must be ${one}, got ${typeName(item)}`);
      const problem = check?.(item);
      if (problem) return fail(`${key}[${i}]`, `${quoteCut(item)} ${problem}`);
      return item;
    });
  };
  const globs = (key: string, v: unknown) => stringList(key, v, 'globs', 'a glob', globProblem);

  for (const [key, v] of Object.entries(doc)) {
    switch (key) {
      case 'ignore':
        config.ignore = globs(key, v);
        break;
      case 'rules': {
        if (!isPlainObject(v)) return fail(key, `must be a mapping of rule id to ${RULE_LEVELS.join(' | ')}, got ${typeName(v)}`);
        for (const [id, level] of Object.entries(v)) {
          if (!ruleIds().includes(id)) return fail(`rules.${quoteCut(id).slice(1, -1)}`, `unknown rule id ${quoteCut(id)}; allowed: ${ruleIds().join(', ')}`);
          if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
            return fail(`rules.${id}`, `must be one of ${RULE_LEVELS.join(', ')}, got ${typeName(level)}`);
          }
          config.rules[id] = level as RuleLevel;
        }
        break;
      }
      case 'allow': {
        if (!Array.isArray(v)) return fail(key, `must be a list of { rule, paths, reason }, got ${typeName(v)}`);
        config.allow = v.map((entry, i): AllowEntry => {
          const at = `allow[${i}]`;
          if (!isPlainObject(entry)) return fail(at, `must be a mapping with rule, paths and reason, got ${typeName(entry)}`);
          for (const k of Object.keys(entry)) {
            if (!(ALLOW_KEYS as readonly string[]).includes(k)) return fail(`${at}.${k}`, `unknown key; allowed: ${ALLOW_KEYS.join(', ')}`);
          }
          const { rule, paths, reason } = entry;
          if (rule === undefined) return fail(`${at}.rule`, `is required; allowed: ${ruleIds().join(', ')}`);
          if (typeof rule !== 'string' || !ruleIds().includes(rule)) {
            return fail(`${at}.rule`, `unknown rule id ${typeName(rule)}; allowed: ${ruleIds().join(', ')}`);
          }
          if (paths === undefined) return fail(`${at}.paths`, 'is required: a list of globs the exception covers');
          const pathList = globs(`${at}.paths`, paths);
          if (pathList.length === 0) return fail(`${at}.paths`, 'must list at least one glob');
          if (reason === undefined) return fail(`${at}.reason`, 'is required: say why these findings are acceptable');
          if (typeof reason !== 'string' || reason.trim() === '') {
            return fail(`${at}.reason`, `must be a non-empty string saying why these findings are acceptable, got ${typeName(reason)}`);
          }
          return { rule, paths: pathList, reason: reason.trim() };
        });
        break;
      }
      case 'secretNames':
        config.secretNames = stringList(key, v, 'names', 'a name', (s) =>
          /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) ? null : 'is not a variable or key name (letters, digits, _ . -)',
        );
        break;
      case 'publicEnvPrefixes':
        config.publicEnvPrefixes = stringList(key, v, 'prefixes', 'a prefix', (s) =>
          /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? null : 'is not a dotenv key prefix (letters, digits, _), e.g. "MYAPP_PUBLIC_"',
        );
        break;
      case 'contexts': {
        if (!isPlainObject(v)) return fail(key, `must be a mapping of context name (${CONTEXT_NAMES.join(', ')}) to a list of globs, got ${typeName(v)}`);
        for (const [name, list] of Object.entries(v)) {
          if (!(CONTEXT_NAMES as readonly string[]).includes(name)) {
            return fail(`contexts.${quoteCut(name).slice(1, -1)}`, `unknown context ${quoteCut(name)}; allowed: ${CONTEXT_NAMES.join(', ')}`);
          }
          config.contexts[name as ContextName] = globs(`contexts.${name}`, list);
        }
        break;
      }
      case 'maxFileSize':
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) return fail(key, `must be a positive number of bytes, got ${typeName(v)}`);
        config.maxFileSize = v;
        break;
      case 'failOn':
        if (typeof v !== 'string' || !(FAIL_ON as readonly string[]).includes(v)) {
          return fail(key, `must be one of ${FAIL_ON.join(', ')}, got ${typeName(v)}`);
        }
        config.failOn = v as FailOn;
        break;
      case 'includeIgnored':
        if (typeof v !== 'boolean') return fail(key, `must be true or false, got ${typeName(v)}`);
        config.includeIgnored = v;
        break;
      default:
        return fail('', `unknown key ${JSON.stringify(key)}; allowed keys: ${CONFIG_KEYS.join(', ')}`);
    }
  }
  return config;
}
