import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/core/text';
import { sectionCodes, sectionOf } from '../../src/rules/lib/sections';
import { guardOf } from '../../src/rules/lib/env-conditions';
import type { Lang } from '../../src/rules/lib/filetype';

/** The context of each line's section (null: the file's own), by line number. */
function sections(text: string, lang: Lang): (string | null)[] {
  const { lines } = splitLines(text);
  const codes = sectionCodes(lines, lang);
  return lines.map((_, idx) => sectionOf(codes?.[idx] ?? 0)?.context ?? null);
}

describe('Ruby and Elixir branch sections', () => {
  it('reads a statement modifier, not an `if` that starts a value', () => {
    expect(sections('SECRET = "a" if Rails.env.development?', 'ruby')).toEqual(['development']);
    expect(sections('SECRET = "a" unless Rails.env.production?', 'ruby')).toEqual(['development']);
    expect(sections('SECRET = if Rails.env.development? then ENV["A"] else "b" end', 'ruby')).toEqual([null]);
    expect(sections('run(if Rails.env.development? then 1 else 2 end)', 'ruby')).toEqual([null]);
    expect(sections('SECRET = "a if Rails.env.development?"', 'ruby')).toEqual([null]);
  });

  it('reads a block by its indentation, and an `else` only after a production check', () => {
    const text = 'if Rails.env.production?\n  A = 1\nelse\n  B = 2\nend\nC = 3';
    expect(sections(text, 'ruby')).toEqual([null, null, 'development', 'development', null, null]);
    const chained = 'if Rails.env.production?\n  A = 1\nelsif Rails.env.staging?\n  B = 2\nelse\n  C = 3\nend';
    expect(sections(chained, 'ruby')).toEqual([null, null, null, null, null, null, null]);
  });

  it('reads a multi-line `if … then` as a block, and a one-line one as its line', () => {
    expect(sections('if Rails.env.development? then\n  A = 1\nend', 'ruby')).toEqual(['development', 'development', null]);
    expect(sections('if Rails.env.development? then A = 1 end\nB = 2', 'ruby')).toEqual(['development', null]);
    expect(sections('if Rails.env.development? then A = 1 else B = 2 end', 'ruby')).toEqual([null]);
  });

  it('reads a one-line branch only without another branch on its line', () => {
    expect(sections('if Rails.env.development?; A = 1; end', 'ruby')).toEqual(['development']);
    expect(sections('if Rails.env.development?; A = 1; else; B = 2; end', 'ruby')).toEqual([null]);
    expect(sections('if Rails.env.development? then A = 1 elsif Rails.env.production? then B = 2 end', 'ruby')).toEqual([null]);
  });

  it('reads the clauses of a case on the environment, not those of another case inside it', () => {
    const text = 'case Rails.env\nwhen "development", "staging"\n  A = 1\nwhen "production"\n  case mode\n  when "test"\n    B = 2\n  end\nend';
    expect(sections(text, 'ruby')).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(sections('case Rails.env\nwhen "development", "test"\n  A = 1\nend', 'ruby')).toEqual([null, 'development', 'development', null]);
  });

  it("reads Elixir's blocks and keyword form", () => {
    expect(sections('if config_env() == :dev do\n  config :a, b: 1\nend', 'elixir')).toEqual(['development', 'development', null]);
    expect(sections('if config_env() == :dev, do: config(:a, b: 1)', 'elixir')).toEqual(['development']);
    // Strict equality says the same: `===` and `!==` against an environment's atom.
    expect(sections('if config_env() === :dev do\n  config :a, b: 1\nend', 'elixir')).toEqual(['development', 'development', null]);
    expect(sections('if Mix.env() !== :prod do\n  config :a, b: 1\nend', 'elixir')).toEqual(['development', 'development', null]);
    expect(sections('if config_env() !== :dev do\n  config :a, b: 1\nelse\n  config :a, b: 2\nend', 'elixir')).toEqual([null, null, 'development', 'development', null]);
    expect(sections('if config_env() == :dev, do: config(:a, b: 1), else: config(:a, b: 2)', 'elixir')).toEqual([null]);
    // A header that goes on to the next line is not read.
    expect(sections('if config_env() == :dev and\n   x do\n  config :a, b: 1\nend', 'elixir')).toEqual([null, null, null, null]);
  });
});

describe('guardOf', () => {
  it('reads lists of environments', () => {
    expect(guardOf('Mix.env() in [:dev, :test]', false)).toEqual({ dev: true, prod: false });
    expect(guardOf('config_env() in [:dev, :prod]', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('%w[development test].include?(Rails.env)', false)).toEqual({ dev: true, prod: false });
    expect(guardOf('%w[production].include?(Rails.env)', true)).toEqual({ dev: true, prod: false });
    expect(guardOf('Rails.env.in?(%w[staging production])', false)).toEqual({ dev: false, prod: false });
  });

  it("reads Sinatra's and Hanami's checks and the environment's variables", () => {
    expect(guardOf('development?', false)).toEqual({ dev: true, prod: false });
    expect(guardOf('settings.production?', true)).toEqual({ dev: true, prod: false });
    expect(guardOf('Hanami.env?(:development)', false)).toEqual({ dev: true, prod: false });
    expect(guardOf('Rails.env == "production"', false)).toEqual({ dev: false, prod: true });
    expect(guardOf('ENV["SECRET_FOR_development?"]', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('user.admin?', false)).toEqual({ dev: false, prod: false });
    // Another object's predicate (a payment gateway's mode); a variable a deployment may leave unset.
    expect(guardOf('ActiveMerchant::Billing::Base.test?', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('ENV["RACK_ENV"] != "production"', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('ENV["RACK_ENV"] == "production"', true)).toEqual({ dev: false, prod: false });
    expect(guardOf('test?', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('production?', true)).toEqual({ dev: false, prod: false });
    expect(guardOf('Hanami.env?(:development, :production)', false)).toEqual({ dev: false, prod: false });
    expect(guardOf('Hanami.env?(:development, :test)', false)).toEqual({ dev: true, prod: false });
  });
});
