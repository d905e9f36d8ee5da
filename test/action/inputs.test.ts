import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/action/inputs';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('applies the documented defaults', () => {
    expect(readInputs(from({}))).toEqual({
      path: '.',
      scope: 'auto',
      annotations: true,
      summary: true,
      maxAnnotations: 50,
      token: '',
      failOnExisting: false,
      prSuppressions: 'report',
      suggestions: false,
    });
  });

  it('reads every input', () => {
    const got = readInputs(
      from({ path: 'svc', config: '.leakproof.yml', baseline: './ci/baseline.json', 'fail-on': 'never', scope: 'changed', annotations: 'False', summary: 'FALSE', sarif: 'out.sarif', 'max-annotations': '0', token: 't', 'fail-on-existing': 'true', 'pr-suppressions': 'fail', suggestions: 'true' }),
    );
    expect(got).toEqual({ path: 'svc', config: '.leakproof.yml', baseline: 'ci/baseline.json', failOn: 'never', scope: 'changed', annotations: false, summary: false, sarif: 'out.sarif', maxAnnotations: 0, token: 't', failOnExisting: true, prSuppressions: 'fail', suggestions: true });
  });

  it.each([
    [{ 'fail-on': 'critical' }, 'input "fail-on" must be one of error, warning, notice, never (got "critical")'],
    [{ scope: 'diff' }, 'input "scope" must be one of auto, all, changed (got "diff")'],
    [{ annotations: 'yes' }, 'input "annotations" must be true or false (got "yes")'],
    [{ summary: '1' }, 'input "summary" must be true or false (got "1")'],
    [{ 'fail-on-existing': 'yes' }, 'input "fail-on-existing" must be true or false (got "yes")'],
    [{ 'pr-suppressions': 'ignore' }, 'input "pr-suppressions" must be one of report, fail, allow (got "ignore")'],
    [{ suggestions: 'on' }, 'input "suggestions" must be true or false (got "on")'],
    [{ 'max-annotations': '51' }, 'input "max-annotations" must be a whole number from 0 to 50'],
    [{ 'max-annotations': '-1' }, 'input "max-annotations" must be a whole number from 0 to 50'],
    [{ 'max-annotations': '1e1' }, 'input "max-annotations" must be a whole number from 0 to 50'],
    [{ config: '/etc/passwd' }, 'input "config" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one is absolute'],
    [{ config: '../other/.leakproof.yml' }, 'input "config" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one leaves the workspace with ".."'],
    [{ baseline: 'a/../../b.json' }, 'input "baseline" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one leaves the workspace with ".."'],
    [{ baseline: 'C:\\x.json' }, 'input "baseline" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one is absolute'],
    [{ baseline: 'a\u0007b' }, 'input "baseline" must be a path inside the workspace, relative to it, e.g. ".leakproof.yml"; this one contains a control character'],
  ])('rejects %j with one line naming the input', (values, message) => {
    expect(() => readInputs(from(values))).toThrow(InputError);
    try {
      readInputs(from(values));
    } catch (e) {
      expect((e as Error).message).toContain(message);
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
