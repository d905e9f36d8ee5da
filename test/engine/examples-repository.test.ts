import { afterAll, describe, expect, it } from 'vitest';
import { examplesRepository } from '../../src/core/examples-repository';
import { scan } from '../../src/engine/scan';
import { scanHistory } from '../../src/engine/git-sources/history';
import { Fixture } from '../helpers/fixture';

describe('examplesRepository: a repository that says it is a collection of examples', () => {
  const collections: [string, string | null, string | null][] = [
    ['README titled as a collection (Koa)', '# Koa Examples\n\n  A repository containing small examples to illustrate the use of Koa.\n', null],
    ['Go', '# Gin Examples\n\nThis repository contains a number of ready-to-run examples.\n', null],
    ['AsciiDoc, badges first, no title (Spring Security)', 'image::https://github.com/acme/badge.svg[link=https://github.com/acme/ci]\n\nimage::https://img.shields.io/badge/x-y-z[]\n\nSamples for https://github.com/spring-projects/spring-security\n', null],
    ['a setext title', 'Acme Samples\n============\n\nRun each one with `make`.\n', null],
    ['badges before the title', '[![CI](https://ci.acme.io/badge.svg)](https://ci.acme.io)\n\n# Vert.x Examples\n', null],
    ['a title naming the project, then the sentence', '# koa\n\nA collection of small examples for Koa.\n', null],
    ['the package name', null, '{ "name": "koa-examples", "description": "Examples using Koa" }'],
    ['a scoped package', '# Acme\n', '{ "name": "@acme/examples", "private": true }'],
    ['quickstarts (Keycloak)', '# <span>Keycloak</span> Quickstarts\n\nThey provide small, specific, working examples.\n', null],
  ];
  it.each(collections)('%s', (_label, readme, manifest) => {
    expect(examplesRepository(readme, manifest)).toMatch(/^the repository is a collection of examples/);
  });

  it('reads a reStructuredText title underlined with dashes, and the start of a long first sentence', () => {
    expect(examplesRepository('Django Examples\n---------------\n\nRun each one.\n', null, 'README.rst')).toMatch(/titled "Django Examples"/);
    expect(examplesRepository('Django Examples\n---------------\n\nRun each one.\n', null, 'README.md')).toBeNull();
    expect(examplesRepository(`# koa\n\nA repository containing small examples ${'of Koa, '.repeat(60)}and more.\n`, null)).toMatch(/as its README opens by saying/);
  });

  const applications: [string, string | null, string | null][] = [
    ['one application that calls itself an example', '# ![RealWorld Example App](logo.png)\n\n> ### Express codebase containing real world examples (CRUD, auth) that adheres to the RealWorld spec.\n', null],
    ['a sample application', '# Spring PetClinic Sample Application [![Build](https://ci/badge.svg)](https://ci)\n', null],
    ['a demo project', '# Wagtail demo project\n\nThis is a demonstration project for Wagtail.\n', null],
    ['a framework whose README mentions its examples', '# Express\n\nFast, unopinionated, minimalist web framework. See the examples folder for more.\n', null],
    ['a title with more words than a collection name', '# How to write good examples for your users\n', null],
    ['an application package', '# Shop\n', '{ "name": "shop-example-app" }'],
    ['a package that is not JSON', '# Shop\n', '{ name: koa-examples'],
    ['nothing at the root', null, null],
    ['prose that mentions samples later', '# Acme\n\nAcme stores audio samples for you.\n', null],
    // The first heading is the title only when it is a first-level one; an HTML title is not read.
    ['an HTML title, then a section of examples', '<p align="center"><img src="logo.png"></p>\n<h1 align="center">Acme Pay</h1>\n\n## Examples\n', null],
    ['a second-level heading first', '## Code Samples\n\nThis SDK talks to Acme.\n', null],
    ['one quickstart application', '# Acme Quickstart\n\nDeploy this app to get started.\n', null],
    ['a setext second-level heading first', 'Code Samples\n------------\n\nThis SDK talks to Acme.\n', null],
    ['examples named after a title', '# acme-api\n\nExamples for every endpoint are in docs/.\n', null],
    ['a package of sounds', '# Drums\n', '{ "name": "drum-samples" }'],
    ['a title that goes on too long to be read', `# ${'Acme '.repeat(80)}Examples\n`, null],
  ];
  it.each(applications)('not: %s', (_label, readme, manifest) => {
    expect(examplesRepository(readme, manifest)).toBeNull();
  });
});

describe('a scan of a collection of examples', () => {
  const fixtures: Fixture[] = [];
  afterAll(() => fixtures.forEach((f) => f.cleanup()));
  const key = "app.keys = ['q8Zr2LmVx0TbWn4KpYs7HdJ3', 'Vq3mZ8kR2xL7pN4wT9bC6hF1'];\n";

  it('places what no path places in the examples, with the reason', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('Readme.md', '# Koa Examples\n\nSmall examples of Koa.\n').write('csrf/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`);
    const result = await scan({ root: f.root });
    const found = result.findings.filter((x) => x.path === 'csrf/app.js');
    expect(found.length).toBeGreaterThan(0);
    for (const x of found) {
      expect([x.severity, x.context]).toEqual(['notice', 'example']);
      expect(x.message).toContain('the repository is a collection of examples: its README is titled "Koa Examples"');
    }
  });

  it('leaves a path the configuration placed, or one that names a deployment, where it is', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('Readme.md', '# Koa Examples\n')
      .write('configured/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`)
      .write('deploy/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`)
      .write('csrf/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`);
    const result = await scan({ root: f.root, contexts: { production: ['configured/**'] } });
    const contexts = new Map(result.findings.map((x) => [x.path, [x.severity, x.context]]));
    expect(contexts.get('configured/app.js')).toEqual(['error', 'production']);
    expect(contexts.get('deploy/app.js')).toEqual(['error', 'production']);
    expect(contexts.get('csrf/app.js')).toEqual(['notice', 'example']);
  });

  it('places an example whose folder name holds a deployment word among the examples, and a history judges each commit afresh', async () => {
    const f = Fixture.repo();
    fixtures.push(f);
    f.write('README.md', '# Phoenix LiveView Examples\n').write('live_chat/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`);
    f.git('add', '-A');
    f.git('commit', '-qm', 'examples');
    f.write('README.md', '# Acme\n').write('src/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key.replace('q8Zr', 'Hd7L')}`);
    f.git('add', '-A');
    f.git('commit', '-qm', 'an application');
    const plain = await scan({ root: f.root });
    expect(plain.findings.filter((x) => x.path === 'src/app.js').map((x) => x.context)).toContain('production');
    const history = await scanHistory({ root: f.root });
    const live = history.findings.filter((x) => x.path === 'live_chat/app.js');
    const app = history.findings.filter((x) => x.path === 'src/app.js');
    expect(live.length).toBeGreaterThan(0);
    expect(app.length).toBeGreaterThan(0);
    for (const x of live) expect(x.context).toBe('example');
    for (const x of app) expect([x.severity, x.context]).toEqual(['error', 'production']);
  });

  it('leaves an application that only mentions examples in production', async () => {
    const f = new Fixture();
    fixtures.push(f);
    f.write('README.md', '# Shop\n\nSee the examples folder.\n').write('src/app.js', `const Koa = require('koa');\nconst app = new Koa();\n${key}`);
    const result = await scan({ root: f.root });
    const found = result.findings.filter((x) => x.path === 'src/app.js');
    expect(found.length).toBeGreaterThan(0);
    for (const x of found) expect([x.severity, x.context]).toEqual(['error', 'production']);
  });
});
