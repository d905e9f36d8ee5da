/**
 * Reads the table list of a SQLite database from its first bytes, after the
 * file format (https://www.sqlite.org/fileformat2.html): a 100-byte header
 * starting `SQLite format 3\0`, then page 1, the root of the `sqlite_schema`
 * table b-tree, whose rows are `(type, name, tbl_name, rootpage, sql)`.
 * Only pages inside the bytes given are read, and at most MAX_PAGES of them:
 * a schema that goes on beyond is reported as incomplete, never guessed.
 */

export const SQLITE_MAGIC = 'SQLite format 3\0';

export interface SqliteTable {
  name: string;
  /** Its columns' names, from its `CREATE TABLE` statement; undefined when that was not read. */
  columns?: string[];
  /** Whether its root page holds rows: `unknown` when that page is beyond the bytes read. */
  rows: 'some' | 'none' | 'unknown';
  /** A virtual table's module (`fts5`, `rtree`), from its `CREATE VIRTUAL TABLE … USING`. */
  module?: string;
}

/** `CREATE VIRTUAL TABLE docs USING fts5(…)`: the module's name. */
const VIRTUAL_MODULE = /\bUSING\s+([A-Za-z0-9_]+)/i;

export interface SqliteSchema {
  tables: SqliteTable[];
  /** False when part of the schema b-tree lies beyond the bytes read. */
  complete: boolean;
}

/** Pages of the schema b-tree visited at most: a schema of thousands of tables stops here. */
const MAX_PAGES = 512;

const LEAF_TABLE = 0x0d;
const INTERIOR_TABLE = 0x05;
const LEAF_INDEX = 0x0a;
const INTERIOR_INDEX = 0x02;

export function isSqlite(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || bytes[0] !== 0x53) return false;
  for (let i = 1; i < 16; i++) if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** A varint of the SQLite format: 1 to 9 bytes, big-endian, 7 bits a byte (8 in the ninth). */
function varint(b: Uint8Array, at: number, end: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    if (at + i >= end) return null;
    const c = b[at + i]!;
    if (i === 8) return { value: value * 256 + c, next: at + 9 };
    value = value * 128 + (c & 0x7f);
    if ((c & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return null;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

/** The byte length of a value of the given serial type. */
function serialSize(t: number): number {
  if (t <= 4) return t;
  if (t === 5) return 6;
  if (t === 6 || t === 7) return 8;
  if (t === 8 || t === 9 || t === 10 || t === 11) return 0;
  return Math.floor((t - (t % 2 === 0 ? 12 : 13)) / 2);
}

function serialInt(b: Uint8Array, at: number, t: number): number | null {
  if (t === 8) return 0;
  if (t === 9) return 1;
  if (t < 1 || t > 6) return null;
  const n = serialSize(t);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + b[at + i]!;
  return v;
}

/** How much of a table leaf cell's payload of `p` bytes is stored in the page itself. */
function localPayload(p: number, usable: number): number {
  const x = usable - 35;
  if (p <= x) return p;
  const m = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = m + ((p - m) % (usable - 4));
  return k <= x ? k : m;
}

/**
 * The columns `type`, `name` and `rootpage` of one schema row, from the part
 * of its record stored in the page (the `sql` column may spill to overflow
 * pages; the first four never do in practice, and are skipped if they do).
 */
function schemaRow(b: Uint8Array, start: number, end: number): { type: string; name: string; rootpage: number; sql: string | null } | null {
  const hs = varint(b, start, end);
  if (!hs || hs.value < 2 || start + hs.value > end) return null;
  const types: number[] = [];
  let at = hs.next;
  while (at < start + hs.value && types.length < 5) {
    const t = varint(b, at, start + hs.value);
    if (!t) return null;
    types.push(t.value);
    at = t.next;
  }
  if (types.length < 4) return null;
  let body = start + hs.value;
  const fields: { at: number; type: number }[] = [];
  for (const t of types.slice(0, 5)) {
    fields.push({ at: body, type: t });
    body += serialSize(t);
  }
  // The statement is read only when it lies whole in the page (not on overflow pages).
  const sqlField = fields.length === 5 && body <= end ? fields[4]! : null;
  if (fields[3]!.at + serialSize(fields[3]!.type) > end) return null;
  const text = (f: { at: number; type: number }) =>
    f.type >= 13 && f.type % 2 === 1 ? Buffer.from(b.buffer, b.byteOffset + f.at, serialSize(f.type)).toString('utf8') : null;
  const type = text(fields[0]!);
  const name = text(fields[1]!);
  const rootpage = serialInt(b, fields[3]!.at, fields[3]!.type);
  if (type === null || name === null || rootpage === null) return null;
  return { type, name, rootpage, sql: sqlField ? text(sqlField) : null };
}

/** Words that start a table constraint in `CREATE TABLE`, not a column. */
const CONSTRAINT_WORDS = new Set(['primary', 'unique', 'check', 'foreign', 'constraint']);

/**
 * The column names of a `CREATE TABLE name (a INTEGER, "b" TEXT, …)`
 * statement, or undefined when it has no column list (`CREATE TABLE … AS
 * SELECT`, a virtual table).
 */
export function columnsOf(written: string): string[] | undefined {
  if (written.length > 65536 || !/^\s*create\s+(?:temp(?:orary)?\s+)?table\b/i.test(written)) return undefined;
  const sql = withoutComments(written);
  if (sql === null) return undefined;
  const open = sql.indexOf('(');
  const close = sql.lastIndexOf(')');
  if (open < 0 || close <= open) return undefined;
  const columns: string[] = [];
  let depth = 0;
  let quote = '';
  let from = open + 1;
  for (let i = open + 1; i <= close; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '[') quote = ']';
    else if (c === '(') depth++;
    else if ((c === ')' && depth > 0)) depth--;
    else if ((c === ',' && depth === 0) || i === close) {
      const name = /^\s*(?:"([^"]*)"|`([^`]*)`|\[([^\]]*)\]|([A-Za-z_][\w$]*))/.exec(sql.slice(from, i));
      if (name) {
        const n = name[1] ?? name[2] ?? name[3] ?? name[4]!;
        if (!(name[4] !== undefined && CONSTRAINT_WORDS.has(n.toLowerCase()))) columns.push(n);
      }
      from = i + 1;
    }
  }
  return columns;
}

/**
 * The statement with its `--` and block comments blanked outside quotes (the
 * same length, so positions hold: SQLite keeps a statement as written); null
 * when a quote never closes, and the statement is not what it seems.
 */
function withoutComments(sql: string): string | null {
  let body = '';
  let quote = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = '';
      body += c;
    } else if (c === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      const end = eol < 0 ? sql.length : eol;
      body += ' '.repeat(end - i);
      i = end - 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const stop = sql.indexOf('*/', i + 2);
      const end = stop < 0 ? sql.length : stop + 2;
      body += ' '.repeat(end - i);
      i = end - 1;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '[') quote = ']';
      body += c;
    }
  }
  return quote ? null : body;
}

/**
 * The tables of the database whose first bytes are `b`, or null when `b`
 * does not start with a valid SQLite header.
 */
export function readSqliteSchema(b: Uint8Array): SqliteSchema | null {
  if (!isSqlite(b) || b.length < 100) return null;
  const raw = u16(b, 16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  const usable = pageSize - b[20]!;
  if (usable < 480) return null;
  const pageStart = (n: number) => (n - 1) * pageSize;
  const inReach = (n: number) => n >= 1 && pageStart(n) + pageSize <= b.length;
  // Page 1 may be cut short when the file is: a database of one page is still one page.
  const pageEnd = (n: number) => Math.min(pageStart(n) + pageSize, b.length);

  const tables: { name: string; rootpage: number; sql: string | null }[] = [];
  let complete = true;
  const seen = new Set<number>();
  const stack = [1];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    if (seen.size >= MAX_PAGES || !(n === 1 ? b.length >= 108 : inReach(n))) {
      complete = false;
      continue;
    }
    seen.add(n);
    const base = pageStart(n);
    const hdr = n === 1 ? 100 : base;
    const end = pageEnd(n);
    const kind = b[hdr];
    const cells = u16(b, hdr + 3);
    if (kind === INTERIOR_TABLE) {
      if (hdr + 12 > end) return null;
      for (let i = 0; i < cells; i++) {
        const ptr = hdr + 12 + 2 * i;
        if (ptr + 2 > end) break;
        const cell = base + u16(b, ptr);
        if (cell + 4 <= end) stack.push(u32(b, cell));
      }
      stack.push(u32(b, hdr + 8));
    } else if (kind === LEAF_TABLE) {
      for (let i = 0; i < cells; i++) {
        const ptr = hdr + 8 + 2 * i;
        if (ptr + 2 > end) break;
        const cell = base + u16(b, ptr);
        const size = varint(b, cell, end);
        const rowid = size && varint(b, size.next, end);
        if (!size || !rowid) continue;
        // The part of the record kept in the page; the rest is on overflow pages, not followed.
        const local = Math.min(localPayload(size.value, usable), end - rowid.next);
        const row = schemaRow(b, rowid.next, rowid.next + local);
        if (row && row.type === 'table') tables.push(row);
      }
    } else if (n === 1) {
      return null;
    } else {
      complete = false;
    }
  }

  const rowsOf = (root: number): SqliteTable['rows'] => {
    // Root page 0 marks a virtual table: it has no pages of its own.
    if (root === 0 || !inReach(root)) return root === 0 ? 'none' : 'unknown';
    const hdr = pageStart(root) + (root === 1 ? 100 : 0);
    const kind = b[hdr];
    if (kind === INTERIOR_TABLE || kind === INTERIOR_INDEX) return 'some';
    if (kind === LEAF_TABLE || kind === LEAF_INDEX) return u16(b, hdr + 3) > 0 ? 'some' : 'none';
    return 'unknown';
  };
  // In the order they were created, near enough: root pages are handed out as tables are made.
  tables.sort((x, y) => x.rootpage - y.rootpage);
  return {
    tables: tables.map((t) => {
      const columns = t.sql === null ? undefined : columnsOf(t.sql);
      const table: SqliteTable = columns ? { name: t.name, rows: rowsOf(t.rootpage), columns } : { name: t.name, rows: rowsOf(t.rootpage) };
      const using = t.rootpage === 0 && t.sql !== null ? VIRTUAL_MODULE.exec(t.sql) : null;
      if (using) table.module = using[1]!.toLowerCase();
      return table;
    }),
    complete,
  };
}
