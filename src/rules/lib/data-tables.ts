/**
 * What the names of database tables say about their rows: tables of people,
 * logins and credentials (`auth_user`, `django_session`, `wp_users`,
 * `oauth_access_tokens`), and the bookkeeping tables that migration tools
 * fill on their own (`schema_migrations`, `django_migrations`), whose rows are
 * not data anyone wrote.
 */

/** Words (singular) that name rows about people, logins or credentials. */
const SENSITIVE_WORDS = new Set([
  'user', 'account', 'session', 'customer', 'member', 'password', 'passwd', 'credential', 'token', 'secret', 'login',
  'identity', 'person', 'people', 'employee', 'patient', 'subscriber', 'profile', 'otp', 'totp', 'payment',
  'apikey', 'authtoken', 'keypair',
]);
/** What a session is of when it is a time slot, not a login: `flash_promotion_session`, `training_sessions`. */
const HELD_SESSIONS = new Set([
  'promotion', 'flash', 'sale', 'training', 'course', 'class', 'lesson', 'exam', 'game', 'event', 'conference', 'workout',
  'meeting', 'seminar', 'tutoring', 'therapy', 'study', 'practice', 'recording',
]);
/** Word endings that say the same inside one word: `authtoken`, `refreshtoken`, `usersession`. */
const SENSITIVE_ENDINGS = ['token', 'password', 'secret', 'credential', 'session'];

/** Tables that migration and framework tools fill themselves: rows there are not user data. */
const BOOKKEEPING = new Set([
  'schema_migrations', 'ar_internal_metadata', 'django_migrations', 'alembic_version', 'flyway_schema_history',
  'schema_version', 'databasechangelog', 'databasechangeloglock', 'knex_migrations', 'knex_migrations_lock',
  'goose_db_version', '__efmigrationshistory', 'doctrine_migration_versions', 'migration_versions', 'migrations',
  'sequelizemeta', 'typeorm_metadata', '_prisma_migrations', 'schema_version_history', 'gorp_migrations',
  'seaql_migrations', 'diesel_schema_migrations', '__diesel_schema_migrations', 'phinxlog', 'yii_migration', 'migration',
  'django_content_type', 'auth_permission', 'sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4',
]);

/** The table part of a qualified, quoted name: `public.users`, `"auth_user"`, `` `shop`.`customers` `` → `users`… */
export function bareTableName(name: string): string {
  const last = name.slice(name.lastIndexOf('.') + 1);
  return last.replace(/^["`[]|["`\]]$/g, '');
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a table name, lower case and singular: `UserAccounts` → `user`, `account`. */
function words(name: string): string[] {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .map(singular);
}

/**
 * Whether a table's rows are about people, logins or credentials, by its
 * name: `users`, `auth_user`, `django_session`, `wp_users`, `accounts`,
 * `customers`, `api_keys`, `oauth_access_tokens`, `UserProfiles`. Not
 * `accounting_entries`, `products`, `auth_group`.
 */
export function isSensitiveTable(name: string): boolean {
  const ws = words(bareTableName(name));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // A session that is held, not logged in: a sale's, a course's (mall's `sms_flash_promotion_session`, its time slots).
    if (w === 'session' && i > 0 && HELD_SESSIONS.has(ws[i - 1]!)) continue;
    if (SENSITIVE_WORDS.has(w) || w.startsWith('oauth')) return true;
    // Administrators' accounts: mall's `ums_admin`, `sys_admins`; not `admin_menu`.
    if ((w === 'admin' || w === 'administrator') && i === ws.length - 1) return true;
    if (w.length > 4 && w.startsWith('user')) return true; // `usermeta`, `userprofile`
    if (SENSITIVE_ENDINGS.some((e) => w.length > e.length && w.endsWith(e))) return true;
    if (w === 'api' && ws[i + 1] === 'key') return true;
  }
  return false;
}

/**
 * How plainly a sensitive table's name says so, for the line a finding points at: 0 for a store of credentials
 * (`api_keys`), 1 for a table named for people or logins by its last word (`ums_admin`, `user_sessions`), 2 for one
 * that only mentions them (`pms_member_price`).
 */
export function sensitivityRank(name: string): number {
  if (isCredentialStoreTable(name)) return 0;
  const ws = words(bareTableName(name));
  return ws.length > 0 && isSensitiveTable(ws[ws.length - 1]!) ? 1 : 2;
}

/** Words of a table's name that say it stores credentials for use, not people or their logins: `credentials`, `api_keys`. */
const STORE_WORDS = new Set(['password', 'passwd', 'credential', 'token', 'secret', 'apikey', 'authtoken', 'keypair', 'otp', 'totp']);
/** Words of a table's name that say its rows are credentials themselves, whatever their columns: `sessions`, `api_keys`. */
const CREDENTIAL_WORDS = new Set([...STORE_WORDS, 'session', 'login']);

/** Whether one of a table name's words is one of `listed`, an OAuth table's, or ends in a credential's (`authtoken`). */
function hasCredentialWord(ws: readonly string[], listed: ReadonlySet<string>): boolean {
  return ws.some((w) => listed.has(w) || w.startsWith('oauth') || SENSITIVE_ENDINGS.some((e) => e !== 'session' && w.length > e.length && w.endsWith(e)));
}

/** Words of a column's name that hold a credential or its hash: `password_digest`, `encrypted_password`, `api_key`. */
const CREDENTIAL_COLUMN_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'hash', 'hashed', 'digest', 'salt', 'token', 'secret', 'session', 'key', 'otp',
  'totp', 'pin', 'credential', 'apikey', 'crypted', 'encrypted', 'nonce', 'mfa', 'recovery', 'cookie',
  'pw', 'passcode', 'passphrase', 'jwt', 'auth', 'bcrypt', 'argon', 'scrypt', 'pbkdf', 'remember', 'refresh', 'oauth',
]);

/**
 * Whether a table's rows, by its name, are credentials kept to be used (a
 * tool's `credentials` or `access_tokens`, an app's `api_keys`,
 * `oauth_access_tokens`): unlike the users and sessions of an app's demo
 * database, they may work wherever the file goes.
 */
export function isCredentialStoreTable(name: string): boolean {
  const ws = words(bareTableName(name));
  return hasCredentialWord(ws, STORE_WORDS) || ws.some((w, i) => w === 'api' && ws[i + 1] === 'key');
}

/**
 * Whether a table of people, by its name (`users`, `customers`), holds no
 * credential by its columns: none is named for a password, a hash, a
 * token, a session or a key. False when its columns are unknown, or when
 * its name says credentials (`sessions`, `api_keys`, `oauth_access_tokens`).
 */
export function holdsNoCredentials(name: string, columns: readonly string[] | undefined): boolean {
  if (columns === undefined || columns.length === 0) return false;
  const ws = words(bareTableName(name));
  if (hasCredentialWord(ws, CREDENTIAL_WORDS)) return false;
  return !columns.some((c) => words(c).some((w) => CREDENTIAL_COLUMN_WORDS.has(w) || SENSITIVE_ENDINGS.some((e) => w.length > e.length && w.endsWith(e))));
}

/**
 * Columns that say nothing about a person: an id, a code, a link to a row of something else, an order, a state, a time
 * (`id`, `code`, `belongs_to`, `zone_id`, `position`, `created_at`).
 */
const NEUTRAL_COLUMN = /^(?:id|uuid|code|type|kind|position|sort|sort_order|priority|rank|weight|status|state|enabled|active|version|belongs_to|scope|created_at|updated_at|deleted_at|[a-z]+_id)$/;
/** Links to a person's row or a credential's, which `NEUTRAL_COLUMN`'s `*_id` would let through. */
const PERSON_LINK = /^(?:user|member|customer|person|people|owner|author|account|contact|client|employee|patient|student|subscriber|admin|staff|profile|login|session|token|identity|open|union|card|id_card|email|mail|phone|mobile|tel|device|wechat|wx)_id$/;

/**
 * Whether a table named for people (`sylius_zone_member`) is, by its columns, about no person: every one of them is an
 * id, a code, a link to something else's row, an order, a state or a time (its members are countries: `id,
 * belongs_to, code`). False when its columns are unknown, or when its name says credentials.
 */
export function holdsNothingPersonal(name: string, columns: readonly string[] | undefined): boolean {
  if (columns === undefined || columns.length === 0 || !holdsNoCredentials(name, columns)) return false;
  return columns.every((c) => {
    const col = c.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    return NEUTRAL_COLUMN.test(col) && !PERSON_LINK.test(col);
  });
}

/** Whether a table holds only what migration tools and frameworks wrote themselves. */
export function isBookkeepingTable(name: string): boolean {
  const bare = bareTableName(name).toLowerCase();
  if (BOOKKEEPING.has(bare) || bare.startsWith('sqlite_')) return true;
  // A table prefix the tool was configured with (Laravel's and Flarum's `db_prefix_migrations`, Phinx's `app_phinxlog`).
  for (const p of PREFIXABLE) if (bare.length > p.length + 1 && bare.endsWith(p) && bare[bare.length - p.length - 1] === '_') return true;
  return false;
}

/** Bookkeeping tables whose tools put the application's table prefix before their name. */
const PREFIXABLE = ['migrations', 'migration', 'phinxlog', 'doctrine_migration_versions'];

const MAX_NAMED = 6;

/** `a, b, c` or `a, b, c, … and 4 more`. */
export function namedTables(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMED).join(', ');
  return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown;
}

/** Tables by name, in code quotes so that none reads as a word of the sentence (`post`, `enum`): `` tables `a`, `b` ``. */
export function tablesNamed(names: readonly string[]): string {
  return `table${names.length === 1 ? '' : 's'} ${namedTables(names.map((n) => `\`${n}\``))}`;
}
