import { afterEach, describe, expect, it } from 'vitest';
import { Fixture } from '../helpers/fixture';
import { check, ruleTester } from '../helpers/rule-tester';
import { scan } from '../../src/engine/scan';
import { gitCredentials } from '../../src/rules/git-credentials';

const GHP = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const BASIC = 'eC1hY2Nlc3MtdG9rZW46Z2hzX2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==';
const CONFIG = '[core]\n\trepositoryformatversion = 0\n\tbare = false\n';

ruleTester(gitCredentials, {
  flagged: [
    { file: '.gitmodules', text: `[submodule "lib"]\n\tpath = lib\n\turl = https://ci:${GHP}@github.com/org/lib.git`, secret: GHP, line: 3 },
    { file: '.gitmodules', text: `\turl = https://${GHP}@github.com/org/lib.git`, secret: GHP },
    { file: '.gitmodules', text: '\turl = https://oauth2:glpat-AbCdEf1234567890xYzW@gitlab.com/g/p.git', secret: 'glpat-AbCdEf1234567890xYzW' },
    { file: 'sub/.gitmodules', text: '\turl = https://alice:s3cretPassw0rd@git.example.com/r.git', secret: 's3cretPassw0rd' },
    { file: '.gitconfig', text: '[url "https://bot:tok3nValue99@github.com/"]\n\tinsteadOf = https://github.com/', secret: 'tok3nValue99' },
    { file: 'backup/config', text: `${CONFIG}[remote "origin"]\n\turl = https://x-access-token:${GHP}@github.com/o/r`, secret: GHP, line: 5 },
    { file: 'mirror/config', text: `${CONFIG}[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}`, secret: BASIC, line: 5 },
    { file: '.git-credentials', text: `https://alice:${GHP}@github.com`, secret: GHP },
    { file: '.git-credentials', text: 'https://bob:pw@example.com\nhttps://carol:token-value-2@example.org', secret: 'token-value-2', line: 2 },
    { file: 'home/.git-credentials', text: '' },
  ],
  clean: [
    { file: '.gitmodules', text: '[submodule "lib"]\n\tpath = lib\n\turl = https://github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = git@github.com:org/lib.git' },
    { file: '.gitmodules', text: '\turl = ssh://git@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://alice@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://x-access-token@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://${TOKEN}@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://ci:${GITHUB_TOKEN}@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://ci:$TOKEN@github.com/org/lib.git' },
    { file: '.gitmodules', text: '\turl = https://x-access-token:${{ secrets.GH_TOKEN }}@github.com/o/r' },
    { file: '.gitmodules', text: '\turl = ../sibling.git' },
    { file: 'mirror/config', text: `${CONFIG}[http]\n\textraheader = AUTHORIZATION: basic \${AUTH}` },
    { file: 'mirror/config', text: `${CONFIG}[http]\n\textraheader = X-Custom: 1` },
    // A `config` that is not a git config, and URLs outside git files, are other rules' business.
    { file: 'app/config', text: `url = https://ci:${GHP}@github.com/org/lib.git` },
    { file: 'README.md', text: `git clone https://ci:${GHP}@github.com/org/lib.git` },
    { file: '.gitmodules', text: `\turl = https://ci:${GHP}@github.com/org/lib.git`, status: 'ignored' },
  ],
});

describe('git-credentials: messages', () => {
  it('names the host, never the token', () => {
    const [f] = check(gitCredentials, { file: '.gitmodules', text: `url = https://ci:${GHP}@github.com/org/lib.git` });
    expect(f!.message).toContain('github.com');
    expect(f!.message).not.toContain(GHP);
    expect(f!.message).not.toContain('ghp_');
    expect(f).toMatchObject({ line: 1, column: 18, endColumn: 18 + GHP.length });
  });
});

describe('git-credentials (real git repositories)', () => {
  const fixtures: Fixture[] = [];
  afterEach(() => {
    while (fixtures.length > 0) fixtures.pop()!.cleanup();
  });

  it('finds the extraheader actions/checkout writes into .git/config when a checkout ships as a plain folder', async () => {
    const f = Fixture.repo();
    fixtures.push(f);
    f.git('config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${BASIC}`);
    f.write('index.js', 'console.log(1)\n');
    const result = await scan({ root: f.root, noGit: true }, [gitCredentials]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ path: '.git/config', status: 'plain', secret: 'eC1h…(76 chars)' });
    expect(JSON.stringify(result.findings)).not.toContain(BASIC);
    expect(result.secretValues).toEqual([BASIC]);
    // In the work tree itself, the local .git/config is not part of what is committed.
    expect((await scan({ root: f.root }, [gitCredentials])).findings).toEqual([]);
  });

  it('finds a tracked .gitmodules URL with a token and a committed .git-credentials', async () => {
    const f = Fixture.repo();
    fixtures.push(f);
    f.write('.gitmodules', `[submodule "lib"]\n\tpath = lib\n\turl = https://ci:${GHP}@github.com/org/lib.git\n`);
    f.write('.git-credentials', `https://alice:${GHP}@github.com\n`);
    f.git('add', '-A');
    const found = (await scan({ root: f.root }, [gitCredentials])).findings;
    expect(found.map((x) => [x.path, x.line, x.status])).toEqual([
      ['.git-credentials', 1, 'tracked'],
      ['.gitmodules', 3, 'tracked'],
    ]);
  });
});
