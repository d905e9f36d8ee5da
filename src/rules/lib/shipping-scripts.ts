import type { TreeContext } from '../types';

/**
 * A script of the project that takes a file as it is committed: an installer that downloads it from the release
 * (`curl -sSL "$URL/$VERSION/variables.env"`), a build that copies it into what it ships (`cp ./variables.env
 * "$DIST/plane.env"`, a Dockerfile's `COPY app.env /app/`), a start script that loads it (`. ./app.env`).
 * Untracking such a file breaks the script; its values must change in place instead.
 */
export interface ShippingScript {
  /** The script, relative to the scanned root. */
  path: string;
  /** 1-based. */
  line: number;
  /** What it does with the file, for messages. */
  does: 'copies it' | 'downloads it' | 'loads it';
}

/** A script by its name: shell scripts, Dockerfiles, makefiles, justfiles. */
const SCRIPT_NAME = /(?:\.(?:sh|bash|zsh)|^(?:Docker|Container)file(?:\.[\w.-]+)?|\.(?:Docker|Container)file|^(?:GNUm|M|m)akefile|\.mk|^[Jj]ustfile)$/;
/** More scripts than this are not read for one file. */
const MAX_SCRIPTS = 32;
/** Longer scripts are not read. */
const MAX_SCRIPT_BYTES = 256 * 1024;

const COPIES = new Set(['cp', 'mv', 'install', 'rsync', 'scp', 'ln', 'COPY', 'ADD']);
const DOWNLOADS = new Set(['curl', 'wget']);
const LOADS = new Set(['source', '.']);
/** Options of `curl` and `wget` whose argument is where the download goes, not what is downloaded. */
const OUTPUT_OPTIONS = new Set(['-o', '-O', '--output', '--output-document']);
/** Where a command ends on a line: the next one starts. */
const COMMAND_END = new Set([';', '&&', '||', '|', '&', '>', '>>', '2>', 'then', 'do']);

/**
 * The script that copies, downloads or loads the file at `path`, looked for among the scripts in its folder and the
 * folders above it (and the repository's workflows), the nearest first; null when none does. The file is named by
 * its base name in the script (an installer downloads it from a release, not from its path here).
 */
export async function shippingScript(tree: TreeContext, path: string): Promise<ShippingScript | null> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const scripts = tree.entries
    .filter((e) => {
      if (e.kind !== 'file' || e.status === 'ignored' || e.path === path) return false;
      const d = e.path.slice(0, e.path.lastIndexOf('/') + 1);
      const base = e.path.slice(d.length);
      if (d === '.github/workflows/') return base.endsWith('.yml') || base.endsWith('.yaml');
      return dir.startsWith(d) && SCRIPT_NAME.test(base);
    })
    .map((e) => e.path)
    // The nearest folder first, then by path.
    .sort((a, b) => b.lastIndexOf('/') - a.lastIndexOf('/') || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const text = await tree.readText(script);
    if (text === null || text.length > MAX_SCRIPT_BYTES || !text.includes(name)) continue;
    const lines = text.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.length > 2000 || !l.includes(name)) continue;
      const does = whatTakes(l, name);
      if (does !== null) return { path: script, line: k + 1, does };
    }
  }
  return null;
}

/** What the commands of one line do with a file of base name `name` they take as their input, or null. */
function whatTakes(line: string, name: string): ShippingScript['does'] | null {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('#')) return null;
  const words = trimmed
    .replace(/;|&&|\|\|?/g, ' $& ')
    .split(/[\s,[\]]+/)
    .filter((w) => w !== '' && w !== '\\');
  for (let i = 0; i < words.length; i++) {
    // `curl`, `RESPONSE=$(curl`, `(cp`, `` `wget ``, `run: cp` in a workflow.
    const verb = words[i]!.replace(/^(?:run:)?(?:[A-Za-z_]\w{0,63}=)?(?:\$\(|[(`])?["']?/, '');
    const copies = COPIES.has(verb);
    const downloads = DOWNLOADS.has(verb);
    if (!copies && !downloads && !LOADS.has(verb)) continue;
    // `.` sources a file only as a command of its own, first on the line or after another one.
    if (verb === '.' && i > 0 && !COMMAND_END.has(words[i - 1]!)) continue;
    const args: string[] = [];
    let output = false;
    for (let j = i + 1; j < words.length && !COMMAND_END.has(words[j]!); j++) {
      const w = words[j]!;
      if (w.startsWith('-')) {
        output = downloads && OUTPUT_OPTIONS.has(w);
        continue;
      }
      if (!output) args.push(w);
      output = false;
    }
    // A copy's last argument is where it goes; a loader takes its first.
    const inputs = copies ? args.slice(0, -1) : LOADS.has(verb) ? args.slice(0, 1) : args;
    if (inputs.some((a) => baseName(a) === name)) return copies ? 'copies it' : downloads ? 'downloads it' : 'loads it';
  }
  return null;
}

/** `"$URL/$VERSION/variables.env?$(date` → `variables.env`. */
function baseName(word: string): string {
  let w = word.replace(/^["']+|["';)]+$/g, '');
  const q = w.indexOf('?');
  if (q >= 0) w = w.slice(0, q);
  w = w.replace(/["']+$/, '');
  return w.slice(w.lastIndexOf('/') + 1);
}
