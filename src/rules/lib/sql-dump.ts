/**
 * SQL dumps: what wrote them, by the header each tool prints (pg_dump's
 * `-- PostgreSQL database dump`, mysqldump's `-- MySQL dump 10.13`, the
 * sqlite3 shell's `.dump` preamble…), and which tables they hold rows of:
 * pg_dump writes rows as `COPY t (…) FROM stdin;` followed by one line per
 * row up to `\.`; mysqldump and the others as `INSERT INTO t …`. A schema
 * dump (`pg_dump -s`, Rails' `structure.sql`) has neither, apart from the
 * migration tools' own bookkeeping rows.
 */
import type { Line } from '../../core/text';
import { bareTableName, isBookkeepingTable } from './data-tables';

const TOOLS: { marker: RegExp; tool: string }[] = [
  { marker: /^-- PostgreSQL database dump\b/m, tool: 'pg_dump' },
  { marker: /^-- PostgreSQL database cluster dump\b/m, tool: 'pg_dumpall' },
  { marker: /^-- MySQL dump \d/m, tool: 'mysqldump' },
  { marker: /^-- MariaDB dump \d/m, tool: 'mariadb-dump' },
  { marker: /^-- phpMyAdmin SQL Dump\b/m, tool: 'phpMyAdmin' },
  { marker: /^-- Adminer \S{1,20} \S{1,40} (?:\S{1,20} )?dump\b/m, tool: 'Adminer' },
  { marker: /^# Sequel (?:Pro|Ace) SQL dump\b/m, tool: 'Sequel Pro' },
  { marker: /^-- HeidiSQL Version: /m, tool: 'HeidiSQL' },
  // Navicat's Data Transfer and Dump SQL File write a `/* … */` block first, its lines indented or not:
  // ` Navicat Premium Data Transfer`, `Navicat MySQL Data Transfer`.
  { marker: /^[ \t]*Navicat (?:Premium|MySQL|MariaDB|PostgreSQL|SQLite|SQL Server|Oracle)(?: Lite)? (?:Data Transfer|Dump SQL)\b/m, tool: 'Navicat' },
  // SQLyog's export opens with a `/* … */` block: `SQLyog Ultimate v12.5.1 (64 bit)`, `SQLyog Community v13.1.1`.
  { marker: /^SQLyog [^\n]{0,60}\bv\d{1,2}\.\d/m, tool: 'SQLyog' },
  { marker: /^PRAGMA foreign_keys=OFF;\r?\nBEGIN TRANSACTION;/, tool: 'sqlite3 .dump' },
];

/** How far into the text the header is looked for. */
const HEADER_CHARS = 4096;

/** The tool whose header starts the text, or null. */
export function dumpTool(text: string): string | null {
  const head = text.slice(0, HEADER_CHARS);
  for (const t of TOOLS) if (t.marker.test(head)) return t.tool;
  return null;
}

export interface DumpTable {
  name: string;
  /** Line of its first `COPY` with rows or `INSERT`. */
  line: number;
  /** Its columns' names, from its `CREATE TABLE` or the column list of a `COPY` or an `INSERT`; undefined when unknown. */
  columns?: string[];
  /**
   * The accounts its `INSERT` rows name (a `username`, `login`, `email`… column), when every row was read and named
   * one: Navicat's and hand-written install scripts write a row a statement. Undefined when a row was not read (a
   * `COPY` block, an `INSERT` cut short, no such column) or there are more than `MAX_ACCOUNTS`.
   */
  accounts?: string[];
}

/** More rows than this are a copy of a database's users, not a project's default accounts. */
const MAX_ACCOUNTS = 4;
/** The columns that name an account, the plainest first. */
const ACCOUNT_COLUMNS = ['username', 'user_name', 'login', 'login_name', 'loginname', 'account', 'account_name', 'email'];

export interface DumpData {
  /** Tables with rows, bookkeeping tables left out, in the order they come. */
  tables: DumpTable[];
  /** Line of the first role password (`ALTER ROLE … PASSWORD '…'` in pg_dumpall output, `CREATE USER … IDENTIFIED BY`). */
  rolePasswords: number | null;
  /** Whether `COPY … FROM stdin;` blocks were seen: pg_dump output whatever its header. */
  copyBlocks: boolean;
}

/** Reads a table name at `i`: bare, `"quoted"`, `` `quoted` ``, `[quoted]`, schema-qualified. Returns it and where it ends. */
function tableNameAt(s: string, i: number): { name: string; end: number } | null {
  const start = i;
  for (let part = 0; part < 3; part++) {
    const c = s[i];
    const close = c === '"' ? '"' : c === '`' ? '`' : c === '[' ? ']' : null;
    if (close) {
      const j = s.indexOf(close, i + 1);
      if (j < 0 || j - i > 200) return null;
      i = j + 1;
    } else {
      const from = i;
      while (i < s.length && i - from < 200 && /[A-Za-z0-9_$]/.test(s[i]!)) i++;
      if (i === from) return null;
    }
    if (s[i] !== '.') break;
    i++;
  }
  return { name: bareTableName(s.slice(start, i)), end: i };
}

/** Which tables a dump holds rows of, in one pass over its lines. */
export function dumpData(lines: readonly Line[]): DumpData {
  const seen = new Map<string, DumpTable>();
  let rolePasswords: number | null = null;
  let copyBlocks = false;
  let copying: { name: string; line: number } | null = null;
  // Every column named for a table, by its bare name: `public.users` and `auth.users` are one name here, so their
  // columns are joined (a credential in either keeps the name's verdict).
  const columns = new Map<string, Set<string>>();
  const note = (name: string, listed: readonly string[] | undefined) => {
    if (listed === undefined || listed.length === 0) return;
    let set = columns.get(name);
    if (set === undefined) columns.set(name, (set = new Set()));
    for (const c of listed) set.add(c);
  };
  // Per table, the accounts its rows name so far; null once a row could not be read or there were too many.
  const accounts = new Map<string, string[] | null>();
  const add = (name: string, line: number, listed?: string[], named?: string[] | null) => {
    note(name, listed);
    if (!isBookkeepingTable(name) && !seen.has(name)) seen.set(name, { name, line });
    const so = accounts.has(name) ? accounts.get(name)! : [];
    accounts.set(name, so === null || named === undefined || named === null || so.length + named.length > MAX_ACCOUNTS ? null : [...so, ...named]);
  };
  // The table whose `CREATE TABLE` body is being read, its columns so far, and how deep in its brackets the line starts.
  let creating: { name: string; columns: string[]; depth: number } | null = null;
  // What follows a dump's closing line was written after it, by hand or by a script: a seed (Kanboard's install
  // schema appends its default admin), not rows the tool copied out of a database; until another dump starts
  // (pg_dumpall writes one dump per database, each with its own closing line; two dumps may be joined).
  let closed = false;
  for (const { number, text, offset } of lines) {
    if (offset === 0 && text.startsWith('-- ')) {
      if (DUMP_TRAILER.test(text)) closed = true;
      else if (DUMP_OPENER.test(text)) closed = false;
    }
    if (closed) continue;
    if (copying) {
      // The line after `COPY … FROM stdin;` is a row, or `\.` when the table is empty.
      if (offset === 0 && text !== '\\.') add(copying.name, copying.line);
      copying = null;
      continue;
    }
    if (offset > 0) continue;
    if (creating !== null) {
      // A column is defined at the body's own depth (not inside an `enum(` of several lines).
      const col = creating.depth === 1 ? COLUMN_DEFINITION.exec(text) : null;
      const colName = col === null ? undefined : (col[1] ?? col[2] ?? col[3] ?? col[4])!;
      if (colName !== undefined && !CONSTRAINT_WORDS.has(colName.toUpperCase())) creating.columns.push(colName);
      creating.depth += bracketDepth(text);
      // The body ends where its bracket closes: on a line of its own, or after the last column (`password TEXT);`).
      if (creating.depth <= 0) {
        note(creating.name, creating.columns);
        creating = null;
      }
      continue;
    }
    const c0 = text.charCodeAt(0);
    if (c0 === 67 /* C */ || c0 === 99 /* c */) {
      const create = CREATE_TABLE.exec(text);
      if (create !== null) {
        const t = tableNameAt(text, create[0].length);
        if (t && /\(\s*$/.test(text)) creating = { name: t.name, columns: [], depth: 1 };
      } else if (/^COPY /i.test(text) && /\) FROM stdin;\s*$|^COPY \S+ FROM stdin;\s*$/i.test(text)) {
        const t = tableNameAt(text, 5);
        copyBlocks = true;
        if (t) {
          copying = { name: t.name, line: number };
          note(t.name, columnList(text, t.end));
        }
      } else if (/^CREATE (?:USER|ROLE) .{0,300} (?:IDENTIFIED BY|PASSWORD) '[^']/i.test(text)) {
        rolePasswords ??= number;
      }
    } else if (c0 === 73 /* I */ || c0 === 105 /* i */) {
      // SQLyog writes `insert  into`, two spaces.
      const m = /^INSERT\s+(?:IGNORE\s+)?INTO\s+/i.exec(text);
      if (m) {
        const t = tableNameAt(text, m[0].length);
        if (t) {
          const listed = columnList(text, t.end);
          const cols = listed ?? (columns.has(t.name) ? [...columns.get(t.name)!] : undefined);
          add(t.name, number, listed, cols === undefined ? null : rowAccounts(text, t.end, cols));
        }
      }
    } else if (c0 === 65 /* A */ || c0 === 97 /* a */) {
      if (/^ALTER (?:ROLE|USER) .{0,300} PASSWORD '[^']/i.test(text)) rolePasswords ??= number;
    } else if (c0 === 82 /* R */ || c0 === 114 /* r */) {
      const m = /^REPLACE INTO\s+/i.exec(text);
      if (m) {
        const t = tableNameAt(text, m[0].length);
        if (t) add(t.name, number);
      }
    }
  }
  const tables = [...seen.values()].map((t) => {
    const named = accounts.get(t.name);
    return { ...t, ...(columns.has(t.name) ? { columns: [...columns.get(t.name)!] } : {}), ...(named ? { accounts: named } : {}) };
  });
  return { tables, rolePasswords, copyBlocks };
}

/**
 * The accounts the rows of one `INSERT` name, by the first of `ACCOUNT_COLUMNS` among `columns`; null when the
 * statement does not end on its line (a long one cut into windows), a row cannot be read, or no column names one.
 */
function rowAccounts(text: string, from: number, columns: readonly string[]): string[] | null {
  const lower = columns.map((c) => c.toLowerCase());
  let at = -1;
  for (const c of ACCOUNT_COLUMNS) if ((at = lower.indexOf(c)) >= 0) break;
  if (at < 0 || !/;\s*$/.test(text)) return null;
  const values = /\bVALUES\s*/i.exec(text.slice(from));
  if (values === null) return null;
  const out: string[] = [];
  let i = from + values.index + values[0].length;
  // Rows: `(v, 'text', NULL), (…)`, strings in single quotes with `''` or `\'` inside.
  while (i < text.length && text[i] === '(') {
    let field = 0;
    let value: string | null = null;
    i++;
    for (;;) {
      while (text[i] === ' ') i++;
      let v: string;
      if (text[i] === "'") {
        let j = i + 1;
        let buf = '';
        while (j < text.length) {
          const c = text[j]!;
          if (c === '\\') {
            buf += text[j + 1] ?? '';
            j += 2;
          } else if (c === "'" && text[j + 1] === "'") {
            buf += "'";
            j += 2;
          } else if (c === "'") break;
          else {
            buf += c;
            j++;
          }
        }
        if (j >= text.length) return null;
        v = buf;
        i = j + 1;
      } else {
        // A number, NULL, a bit (`b'1'` is read above as its quote), or a call (`NOW()`, `MD5('x')`): to the comma or
        // bracket that closes it at its own depth.
        const j = i;
        let depth = 0;
        while (i < text.length && (depth > 0 || (text[i] !== ',' && text[i] !== ')'))) {
          if (text[i] === "'") {
            // A string inside it: `b'1'`, `X'0A'`, `MD5('x')`.
            i++;
            while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
            if (i >= text.length) return null;
          } else if (text[i] === '(') depth++;
          else if (text[i] === ')') depth--;
          i++;
        }
        v = text.slice(j, i).trim();
      }
      if (field === at) value = v;
      while (text[i] === ' ') i++;
      if (text[i] === ',') {
        field++;
        i++;
        continue;
      }
      if (text[i] === ')') {
        i++;
        break;
      }
      return null;
    }
    if (value === null || value === '' || value.toUpperCase() === 'NULL') return null;
    out.push(value);
    if (out.length > MAX_ACCOUNTS) return null;
    while (text[i] === ' ' || text[i] === ',') i++;
  }
  // The statement must end here, alone on its line: another one after it is not read.
  return out.length > 0 && /^;\s*$/.test(text.slice(i)) ? out : null;
}

/** `CREATE TABLE`, up to the table's name. */
const CREATE_TABLE = /^CREATE\s+(?:(?:UNLOGGED|TEMPORARY|TEMP)\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i;
/** A column's definition in a `CREATE TABLE` body: its name (quoted or not), then its type. */
const COLUMN_DEFINITION = /^\s*(?:`([^`]{1,64})`|"([^"]{1,64})"|\[([^\]]{1,64})\]|([A-Za-z_][\w$]{0,63}))\s+[A-Za-z]/;

/** How much deeper in brackets a line of a `CREATE TABLE` body ends than it starts, quoted text passed over. */
function bracketDepth(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '-' && text[i + 1] === '-') break;
  }
  return depth;
}
/** What starts a line of a `CREATE TABLE` body that defines no column. */
const CONSTRAINT_WORDS: ReadonlySet<string> = new Set(['PRIMARY', 'KEY', 'UNIQUE', 'CONSTRAINT', 'INDEX', 'FOREIGN', 'CHECK', 'FULLTEXT', 'SPATIAL', 'EXCLUDE', 'PERIOD']);

/** The column list right after a table's name (`(id, email, password)`), or undefined when there is none. */
function columnList(text: string, i: number): string[] | undefined {
  while (text[i] === ' ') i++;
  if (text[i] !== '(') return undefined;
  const close = text.indexOf(')', i);
  if (close < 0 || close - i > 2000) return undefined;
  return text
    .slice(i + 1, close)
    .split(',')
    .map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''))
    .filter((c) => c !== '' && c.length <= 64);
}

/** The line pg_dump and mysqldump (or MariaDB's) end a dump with: `-- PostgreSQL database dump complete`, `-- Dump completed on …`. */
const DUMP_TRAILER = /^-- (?:PostgreSQL database dump complete|Dump completed(?: on|$))/;
/** The line they start one with: `-- PostgreSQL database dump`, `-- MySQL dump 10.13 …`, `-- MariaDB dump 10.19 …`. */
const DUMP_OPENER = /^-- (?:PostgreSQL database (?:cluster )?dump$|(?:MySQL|MariaDB) dump\b)/;

/** `PGDMP`: pg_dump's custom and directory (`toc.dat`) formats. */
export function isPgCustomDump(b: Uint8Array): boolean {
  return b.length >= 5 && b[0] === 0x50 && b[1] === 0x47 && b[2] === 0x44 && b[3] === 0x4d && b[4] === 0x50;
}

/**
 * Tables a pg_dump custom-format archive holds data of: its table of
 * contents, uncompressed at the start, keeps each data entry's
 * `COPY t (…) FROM stdin;` statement. Schema-only archives have none.
 */
export function pgCustomDumpTables(b: Uint8Array): string[] {
  const text = Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
  const out: string[] = [];
  for (let at = text.indexOf('COPY '); at >= 0; at = text.indexOf('COPY ', at + 5)) {
    const t = tableNameAt(text, at + 5);
    if (!t) continue;
    const nl = text.indexOf('\n', t.end);
    const stmt = text.slice(t.end, nl < 0 ? Math.min(text.length, t.end + 4096) : Math.min(nl, t.end + 4096));
    if (/FROM stdin;$/.test(stmt) && !isBookkeepingTable(t.name) && !out.includes(t.name)) out.push(t.name);
  }
  return out;
}

/** Compressed dumps by their magic: gzip, bzip2, xz, zstd. */
export function compression(b: Uint8Array): string | null {
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b.length >= 3 && b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68) return 'bzip2';
  if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00) return 'xz';
  if (b.length >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  return null;
}
