// The checking half of a scan (rules, threads: check.ts) is loaded only once there is something to check.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { scan } from '../../src/engine/scan';

const made = vi.hoisted(() => ({ checks: 0 }));
vi.mock('../../src/engine/check', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/engine/check')>();
  return {
    FolderCheck: class extends m.FolderCheck {
      constructor(...args: ConstructorParameters<typeof m.FolderCheck>) {
        made.checks++;
        super(...args);
      }
    },
  };
});

const fixtures: Fixture[] = [];
afterEach(() => {
  while (fixtures.length > 0) fixtures.pop()!.cleanup();
});

async function checksMadeBy(root: string): Promise<{ checks: number; findings: string[] }> {
  const before = made.checks;
  const result = await scan({ root });
  return { checks: made.checks - before, findings: result.findings.map((f) => `${f.path} ${f.ruleId}`) };
}

describe('scan: loading the rules', () => {
  it('does not for a folder with nothing in it', async () => {
    const f = new Fixture();
    fixtures.push(f);
    expect(await checksMadeBy(f.root)).toEqual({ checks: 0, findings: [] });
  });

  it('does not for a new repository whose index and work tree hold nothing', async () => {
    const repo = Fixture.repo();
    fixtures.push(repo);
    expect(await checksMadeBy(repo.root)).toEqual({ checks: 0, findings: [] });
  });

  it('does once a plain folder or a repository lists anything', async () => {
    const plain = new Fixture();
    const gitDir = new Fixture();
    const repo = Fixture.repo();
    const untracked = Fixture.repo();
    fixtures.push(plain, gitDir, repo, untracked);
    plain.write('.env', 'A=1\n');
    // Only a `.git` (which is never entered): the tree rules still see it.
    gitDir.mkdir('.git');
    repo.write('app.py', 'print(1)\n').git('add', '-A');
    repo.git('commit', '-q', '-m', 'a');
    untracked.write('.env', 'A=1\n');
    expect(await checksMadeBy(plain.root)).toEqual({ checks: 1, findings: ['.env dotenv-file'] });
    expect(await checksMadeBy(gitDir.root)).toEqual({ checks: 1, findings: ['.git git-internals'] });
    expect(await checksMadeBy(repo.root)).toEqual({ checks: 1, findings: [] });
    expect(await checksMadeBy(untracked.root)).toEqual({ checks: 1, findings: ['.env dotenv-file'] });
  });
});
