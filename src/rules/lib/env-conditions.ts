/**
 * What a Ruby or Elixir condition says of the environment the code runs in: `Rails.env.development?`,
 * `config_env() == :dev`, Sinatra's `development?`. Read by the branching expressions of
 * `secret-assignments.ts` (`x = if … else … end`) and by the branch sections of `sections.ts`
 * (`if Rails.env.production?` / `else` around a statement).
 */

/** What a condition or a clause says: it holds in development or tests only, in production only, or neither. */
export interface EnvGuard {
  dev: boolean;
  prod: boolean;
  /** With `dev`: the condition names the test environment alone (`Rails.env.test?`, `config_env() == :test`). */
  test?: boolean;
}
export const NO_GUARD: EnvGuard = { dev: false, prod: false };
const DEV_GUARD: EnvGuard = { dev: true, prod: false };
const TEST_GUARD: EnvGuard = { dev: true, prod: false, test: true };
function withTest(test: boolean): EnvGuard {
  return test ? TEST_GUARD : DEV_GUARD;
}

/** A Ruby read of the environment's name: `Rails.env`, `ENV["RAILS_ENV"]`, `ENV['RACK_ENV']`. */
const RUBY_ENV_NAME = String.raw`(?:Rails\.env|ENV\[["'](?:RAILS_ENV|RACK_ENV|APP_ENV)["']\])`;
/**
 * What asks the environment's name with a predicate: Rails's `Rails.env.development?`, Sinatra's on `settings` or
 * the application's class (`settings.test?`). Not another object's (`Billing::Base.test?` asks a payment gateway's
 * mode).
 */
const ENV_PREDICATE = String.raw`(?:Rails\.env\.|(?:settings|Sinatra::(?:Base|Application))\.)`;
/** Sinatra's own `development?` without a receiver (a bare `test?` or `production?` is as often a class's own method). */
const BARE_DEVELOPMENT = String.raw`(?:^|[\s(!&|])development\?`;
/**
 * A condition that holds in development or tests only: `config_env() == :dev`, `Rails.env.development?`,
 * `Rails.env != "production"` (Rails's name defaults to development, as `NODE_ENV` does), `ENV["RACK_ENV"] ==
 * "test"`, Sinatra's `development?` and `settings.test?`.
 */
const DEV_CONDITION = new RegExp(
  String.raw`(?:config_env|Mix\.env)\(?\)?\s*(?:===?\s*:(?:dev|test)\b|!==?\s*:prod\b)|Rails\.env\.local\?|${ENV_PREDICATE}(?:development|test)\?|${BARE_DEVELOPMENT}|` +
    String.raw`${RUBY_ENV_NAME}\s*==\s*["'](?:development|test)["']|Rails\.env\s*!=\s*["']production["']`,
);
/** A condition that holds in tests only: `Rails.env.test?`, `ENV["RACK_ENV"] == "test"`, `config_env() == :test`. */
const TEST_CONDITION = new RegExp(
  String.raw`(?:config_env|Mix\.env)\(?\)?\s*===?\s*:test\b|${ENV_PREDICATE}test\?|${RUBY_ENV_NAME}\s*==\s*["']test["']`,
);
/**
 * A condition that holds in production: `config_env() == :prod` (or Elixir's strict `===`), `Rails.env.production?`, `Rails.env ==
 * "production"`. Not a variable's (`ENV["RACK_ENV"] == "production"`): a deployment that sets only `RAILS_ENV` leaves
 * it unset, so its `else` and its `unless` run in production too.
 */
const PROD_CONDITION = new RegExp(
  String.raw`(?:config_env|Mix\.env)\(?\)?\s*(?:===?\s*:prod\b|!==?\s*:dev\b)|${ENV_PREDICATE}production\?|` +
    String.raw`Rails\.env\s*(?:==\s*["']production["']|!=\s*["']development["'])`,
);
/**
 * A test of the environment's name against a list: Elixir's `config_env() in [:dev, :test]`, Ruby's
 * `Rails.env.in?(%w[development test])` and `%w[development test].include?(Rails.env)`, Hanami's
 * `Hanami.env?(:development, :test)`. Groups 1 to 4: the list.
 */
const ENV_IN_LIST = new RegExp(
  String.raw`(?:config_env|Mix\.env)\(?\)?\s*in\s*\[([^\]]{0,200})\]|${RUBY_ENV_NAME}\.in\?\(\s*(?:%[wi])?[\[(]([^\])]{0,200})[\])]|` +
    String.raw`(?:%[wi])?[\[(]([^\])]{0,200})[\])]\.include\?\(?\s*${RUBY_ENV_NAME}|Hanami\.env\?\(([^)]{0,200})\)`,
);
const DEV_NAMES = new Set(['dev', 'development', 'test', 'local']);

/** What a list of environments' names holds: each one a development or test name, or production alone. */
function listGuard(list: string): EnvGuard {
  const names = list
    .split(/[\s,]+/)
    .map((n) => n.replace(/^:|^["']|["']$/g, ''))
    .filter((n) => n !== '');
  if (names.length === 0) return NO_GUARD;
  if (names.every((n) => n === 'test')) return TEST_GUARD;
  if (names.every((n) => DEV_NAMES.has(n))) return { dev: true, prod: false };
  return names.every((n) => n === 'prod' || n === 'production') ? { dev: false, prod: true } : NO_GUARD;
}

/** A `case` on the environment's name. */
export const ENV_CASE = /^\s*(?:Rails\.env|config_env\(\)|Mix\.env(?:\(\))?|ENV\[["'](?:RAILS_ENV|RACK_ENV|MIX_ENV|APP_ENV)["']\])\s*$/;

/** A condition's text without its `do` or `then`, its spaces run together: `config_env() == :dev`. */
export function conditionOf(text: string): string {
  let c = text.replace(/\s+/g, ' ').trim();
  if (c.endsWith(' do') || c === 'do') c = c.slice(0, -2).trim();
  else if (c.endsWith(' then') || c === 'then') c = c.slice(0, -4).trim();
  return c;
}

/** `code` without a `#` comment at its end (one outside a string: no quote follows it). */
export function withoutTrailingComment(code: string): string {
  const hash = code.indexOf(' #');
  if (hash < 0 || code.startsWith('#{', hash + 1)) return code;
  // A quote after the mark may close a string the mark is in; with the quotes before it balanced, it is in none
  // (`if config_env() == :prod do # prod's "real" settings`).
  if (/["']/.test(code.slice(hash)) && !quotesBalanced(code.slice(0, hash))) return code;
  return code.slice(0, hash).trimEnd();
}

/** Whether `code` closes every string it opens (double and single quotes, escapes passed over). */
function quotesBalanced(code: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\') i++;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = null;
  }
  return quote === null;
}

/**
 * What the condition of an `if` (or, `negated`, an `unless`) says of the environment: a development or a production
 * check, or neither. Checks joined by `||` say so when each does (`Rails.env.development? || Rails.env.test?`); joined
 * by `&&`, one development check makes the branch development's (`Rails.env.development? && ENV[…].blank?`), and its
 * `else` says nothing. A production check and another thing (`production? && ENV[…].present?`) say nothing.
 */
export function guardOf(condition: string, negated: boolean): EnvGuard {
  let c = condition.trim();
  if (/&&|\|\||\b(?:and|or)\b/.test(c)) {
    if (negated || /!\s*\(|\bnot\s*\(/.test(c)) return NO_GUARD;
    const any = /&&|\band\b/.test(c);
    if (any && /\|\||\bor\b/.test(c)) return NO_GUARD;
    const parts = c.split(any ? /&&|\band\b/ : /\|\||\bor\b/).map((p) => guardOf(p, false));
    if (any) return parts.some((g) => g.dev) && !parts.some((g) => g.prod) ? withTest(parts.some((g) => g.test === true)) : NO_GUARD;
    if (parts.every((g) => g.dev)) return withTest(parts.every((g) => g.test === true));
    return parts.every((g) => g.prod) ? { dev: false, prod: true } : NO_GUARD;
  }
  let not = negated;
  if (c.startsWith('!') && !c.startsWith('!=')) {
    not = !not;
    c = c.slice(1).trim();
  } else if (/^not\s/.test(c)) {
    not = !not;
    c = c.slice(4).trim();
  }
  // A predicate compared with a boolean (`Rails.env.test? == false`) says the opposite as often as the same.
  if (/(?:==|!=)\s*(?:true|false|nil)\b/.test(c)) return NO_GUARD;
  const listed = ENV_IN_LIST.exec(c);
  const g = listed !== null ? listGuard(listed[1] ?? listed[2] ?? listed[3] ?? listed[4] ?? '') : { dev: DEV_CONDITION.test(c), prod: PROD_CONDITION.test(c) };
  if (g.dev === g.prod) return NO_GUARD;
  if (not) return { dev: g.prod, prod: g.dev };
  return g.dev && (listed !== null ? g.test === true : TEST_CONDITION.test(c)) ? TEST_GUARD : g;
}


/**
 * What a clause of a `case` on the environment's name is for: `when "development", "test"` and `:dev ->` are
 * development's, `when "development", "staging"` is not, `when "production"` is production's.
 */
export function clauseGuard(code: string): EnvGuard {
  const head = code.startsWith('when') ? code.slice(4).split(/\bthen\b/)[0]! : code.split('->')[0]!;
  return listGuard(head);
}
