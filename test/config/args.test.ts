import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';

describe('configuration options on the command line', () => {
  it('parses the new options', () => {
    expect(
      parseArgs(['src', '--config', 'c.yml', '--baseline', 'b.json', '--prune-baseline', '--show-suppressed', '--write-baseline=n.json']),
    ).toMatchObject({ kind: 'scan', path: 'src', config: 'c.yml', baseline: 'b.json', pruneBaseline: true, showSuppressed: true, writeBaseline: 'n.json' });
  });

  it('leaves failOn unset unless given, so the configuration can set it', () => {
    expect(parseArgs([])).not.toHaveProperty('failOn');
    expect(parseArgs(['--fail-on', 'warning'])).toMatchObject({ failOn: 'warning' });
  });

  it('parses init with an optional folder', () => {
    expect(parseArgs(['init'])).toEqual({ kind: 'init', path: '.' });
    expect(parseArgs(['init', 'app'])).toEqual({ kind: 'init', path: 'app' });
    expect(parseArgs(['./init'])).toMatchObject({ kind: 'scan', path: './init' });
  });

  it.each([
    [['init', 'a', 'b'], 'init takes at most one folder, got 2'],
    [['--config'], '--config needs a value, e.g. --config FILE'],
    [['--config='], '--config needs a file name'],
    [['--write-baseline='], '--write-baseline needs a file name'],
    [['--prune-baseline'], '--prune-baseline needs --baseline FILE: the baseline to prune'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
