import type { FailOn } from '../engine/types';
import { JOB_LIMIT } from '../report/annotations';
import { PR_SUPPRESSIONS, type PrSuppressions } from './verdict';

export type Scope = 'auto' | 'all' | 'changed';

/** The Action's inputs, checked and typed. Defaults mirror action.yml. */
export interface ActionInputs {
  path: string;
  /** Path of a configuration file, relative to the workspace; absent when none was given. */
  config?: string;
  /** Path of a baseline file, relative to the workspace; absent when none was given. */
  baseline?: string;
  /** Absent when the input is empty: the configuration's `failOn` applies, else `error`. */
  failOn?: FailOn;
  scope: Scope;
  annotations: boolean;
  summary: boolean;
  /** Where to write the SARIF log; empty when none is wanted. */
  sarif?: string;
  maxAnnotations: number;
  token: string;
  /** On a pull request, count findings already on the base branch toward `fail-on`. */
  failOnExisting: boolean;
  /** On a pull request, what to do with findings hidden by suppression comments it adds. */
  prSuppressions: PrSuppressions;
  /** On pull requests, post a review with a suggested change for each fixable finding. */
  suggestions: boolean;
}

/**
 * Every input the Action reads, as action.yml declares them. `readInputs` can
 * read no other name, and a test holds this list, action.yml and the table
 * in docs/action.md to the same set.
 */
export const INPUT_NAMES = [
  'path',
  'config',
  'baseline',
  'fail-on',
  'scope',
  'annotations',
  'summary',
  'sarif',
  'fail-on-existing',
  'pr-suppressions',
  'suggestions',
  'max-annotations',
  'token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** A bad input; the message names the input and what it accepts. */
export class InputError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
const SCOPES: readonly Scope[] = ['auto', 'all', 'changed'];
// The YAML 1.2 core schema booleans, as the runner's own toolkit accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Reads every input through `get` (which returns '' for an unset input) and validates it. */
export function readInputs(get: (name: InputName) => string): ActionInputs {
  const text = (name: InputName, fallback: string) => get(name).trim() || fallback;
  const oneOf = <T extends string>(name: InputName, fallback: T, allowed: readonly T[]): T => {
    const v = text(name, fallback);
    if ((allowed as readonly string[]).includes(v)) return v as T;
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${v}")`);
  };
  const bool = (name: InputName, fallback: boolean): boolean => {
    const v = get(name).trim();
    if (v === '') return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    throw new InputError(`input "${name}" must be true or false (got "${v}")`);
  };
  const max = text('max-annotations', '50');
  if (!/^\d{1,3}$/.test(max) || Number(max) > JOB_LIMIT) {
    throw new InputError(`input "max-annotations" must be a whole number from 0 to ${JOB_LIMIT}, GitHub's limit per job (got "${max}")`);
  }
  const inputs: ActionInputs = {
    path: text('path', '.'),
    scope: oneOf('scope', 'auto', SCOPES),
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    maxAnnotations: Number(max),
    token: get('token').trim(),
    failOnExisting: bool('fail-on-existing', false),
    prSuppressions: oneOf('pr-suppressions', 'report', PR_SUPPRESSIONS),
    suggestions: bool('suggestions', false),
  };
  if (get('fail-on').trim()) inputs.failOn = oneOf('fail-on', 'error', FAIL_ON);
  const config = workspaceFile('config', get('config'));
  if (config) inputs.config = config;
  const baseline = workspaceFile('baseline', get('baseline'));
  if (baseline) inputs.baseline = baseline;
  const sarif = get('sarif').trim();
  if (sarif) inputs.sarif = sarif;
  return inputs;
}

/**
 * A file input: a path inside the workspace, relative to it. Reading files
 * elsewhere on the runner (another checkout, the runner's own files) is never
 * what a scan configuration needs, so such a path is refused.
 */
function workspaceFile(name: InputName, raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  const problem = /[\x00-\x1f\x7f]/.test(v)
    ? 'contains a control character'
    : v.startsWith('/') || /^[A-Za-z]:/.test(v) || v.startsWith('\\')
      ? 'is absolute'
      : v.split(/[\\/]/).includes('..')
        ? 'leaves the workspace with ".."'
        : null;
  if (problem) {
    throw new InputError(`input "${name}" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one ${problem}`);
  }
  return v.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
