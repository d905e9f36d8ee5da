import type { TreeContext } from '../types';
import { resolvePath } from './loaded-templates';

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
const DOCKERFILE = /^(?:Docker|Container)file(?:\.[\w.-]+)?$|\.(?:Docker|Container)file$/;
/** More scripts than this are not read for one file, beside it and above it; nor more workflows. */
const MAX_SCRIPTS = 32;
const MAX_WORKFLOWS = 16;
/** Longer scripts are not read. */
const MAX_SCRIPT_BYTES = 256 * 1024;

const COPIES = new Set(['cp', 'install', 'rsync', 'scp', 'ln', 'COPY', 'ADD', 'copy', 'add']);
const DOWNLOADS = new Set(['curl', 'wget']);
const LOADS = new Set(['source', '.']);
/** Words after which a command starts. */
const COMMAND_START = new Set([';', '&&', '||', '|', '&', 'then', 'do', 'else', 'sudo', 'exec', 'RUN', 'run', 'run:', '-', '$(', '(', '`', '{', '!', 'time', 'env']);
/** Where a command ends on a line: the next one starts. */
const COMMAND_END = new Set([';', '&&', '||', '|', '&', '>', '>>', '2>', '<', ')', '`', '}', 'then', 'do']);
const SCRIPT_FOLDER =
  /"?\$\(dirname[ \t]+"?\$(?:0|\{?BASH_SOURCE(?:\[0\])?\}?)"?\)"?\/|"?\$\{BASH_SOURCE(?:\[0\])?%\/\*\}"?\/|"?\$\{?(?:SCRIPT_?DIR|SCRIPT_PATH|DIR|HERE|THIS_DIR|CURRENT_DIR)\}?"?\//g;
/** What prints its words rather than runs them. */
const PRINTS = new Set(['echo', 'printf', 'print', 'cat', 'tee', 'log', 'info', 'warn']);

/**
 * The script that copies, downloads or loads the file at `path` as it is committed, looked for among the scripts in
 * its folder and the folders above it, the nearest first, then the repository's workflows; null when none does, or
 * when the first script that names it writes it (`cp variables.env.example variables.env`, `curl -o
 * variables.env …`). A copy or a load names the file by its path from the script's folder or the repository's top
 * (a Dockerfile's build context is one of them); a download by its base name, at the end of a URL.
 */
export async function shippingScript(tree: TreeContext, path: string): Promise<ShippingScript | null> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const depth = (p: string) => p.split('/').length;
  const scripts: string[] = [];
  const workflows: string[] = [];
  for (const e of tree.entries) {
    if (e.kind !== 'file' || e.status === 'ignored' || e.path === path) continue;
    const d = e.path.slice(0, e.path.lastIndexOf('/') + 1);
    const base = e.path.slice(d.length);
    if (d === '.github/workflows/') {
      if (base.endsWith('.yml') || base.endsWith('.yaml')) workflows.push(e.path);
    } else if (dir.startsWith(d) && SCRIPT_NAME.test(base)) scripts.push(e.path);
  }
  const byDepth = (a: string, b: string) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0);
  const candidates = [...scripts.sort(byDepth).slice(0, MAX_SCRIPTS), ...workflows.sort().slice(0, MAX_WORKFLOWS)];
  for (const script of candidates) {
    const text = await tree.readText(script);
    if (text === null || text.length > MAX_SCRIPT_BYTES || !text.includes(name)) continue;
    const scriptDir = script.startsWith('.github/workflows/') ? '' : script.slice(0, script.lastIndexOf('/') + 1);
    const docker = DOCKERFILE.test(script.slice(scriptDir.length));
    const lines = text.split('\n');
    let heredoc: string | null = null;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (heredoc !== null) {
        if (l.trim() === heredoc) heredoc = null;
        continue;
      }
      if (l.length > 2000) continue;
      heredoc = heredocEnd(l);
      if (!l.includes(name)) continue;
      const use = useOf(l, (arg) => resolves(arg, path, scriptDir, docker), name);
      if (use === 'writes') return null;
      if (use !== null) return { path: script, line: k + 1, does: use };
    }
  }
  return null;
}

/** The word that ends a heredoc a line opens (`cat <<EOF`, `<<-'END'`), or null. */
function heredocEnd(line: string): string | null {
  // Not a here-string (`<<<`), which feeds one word.
  const m = /(?<!<)<<-?[ \t]*(["']?)([A-Za-z_][\w-]{0,31})\1/.exec(line);
  return m === null ? null : m[2]!;
}

/** Whether `arg`, a path in a script in `scriptDir`, is `path` (from the script's folder, or the top for a Dockerfile). */
function resolves(arg: string, path: string, scriptDir: string, docker: boolean): boolean {
  const a = unquote(arg);
  // Absolute, remote (`host:path`, `s3://`), or from a variable: not the file committed here.
  if (a === '' || a.startsWith('/') || a.startsWith('~') || a.includes('$') || /^[\w.@-]*:/.test(a)) return false;
  return resolvePath(scriptDir, a) === path || ((docker || scriptDir === '') && resolvePath('', a) === path);
}

/**
 * What the commands of one line do with the file: take it as their input (`copies it`, `downloads it`, `loads it`),
 * write it (`writes`: a copy's destination, a download's output), or nothing (null). A command is a word of `COPIES`,
 * `DOWNLOADS` or `LOADS` where a command starts; what `echo` prints is no command.
 */
function useOf(line: string, isFile: (arg: string) => boolean, name: string): ShippingScript['does'] | 'writes' | null {
  // The script's own folder, as scripts name it: `"$(dirname "$0")/app.env"`, `${BASH_SOURCE%/*}/app.env`.
  const trimmed = line.trimStart().replace(SCRIPT_FOLDER, './');
  if (trimmed.startsWith('#')) return null;
  const words = trimmed
    .replace(/;|&&|\|\|?|\$\(|`/g, ' $& ')
    .split(/[\s,[\]]+/)
    .filter((w) => w !== '' && w !== '\\');
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (i > 0 && !COMMAND_START.has(words[i - 1]!) && !/^[A-Za-z_]\w{0,63}=/.test(words[i - 1]!)) continue;
    if (PRINTS.has(verb)) {
      // The rest of this command is text: skip to its end.
      while (i + 1 < words.length && !COMMAND_END.has(words[i + 1]!)) i++;
      continue;
    }
    const copies = COPIES.has(verb);
    const downloads = DOWNLOADS.has(verb);
    if (!copies && !downloads && !LOADS.has(verb)) continue;
    const args: string[] = [];
    const outputs: string[] = [];
    let output = false;
    let fromStage = false;
    let target: string | null = null;
    let targetNext = false;
    for (let j = i + 1; j < words.length && !COMMAND_END.has(words[j]!); j++) {
      const w = words[j]!;
      if (targetNext) {
        target = w;
        targetNext = false;
        continue;
      }
      if (w.startsWith('-') && w.length > 1) {
        if (copies && w.startsWith('--from=')) fromStage = true;
        if (copies && (w === '-t' || w === '--target-directory')) targetNext = true;
        // curl's `-o` and `--output`, wget's `-O` and `--output-document`, alone or ending a cluster (`-fsSLo`, `-qO`):
        // where the download goes. curl's `-O` names it after the URL and takes no argument.
        output = downloads && (verb === 'curl' ? w === '--output' || /^-[A-Za-z]*o$/.test(w) : w === '--output-document' || /^-[A-Za-z]*O$/.test(w));
        continue;
      }
      if (output) outputs.push(w);
      else args.push(w);
      output = false;
    }
    if (fromStage) continue;
    if (downloads) {
      if (outputs.some((o) => baseName(o) === name)) return 'writes';
      if (args.some((a) => /^["']?(?:https?:\/\/|\$)/.test(a) && baseName(a) === name)) return 'downloads it';
      continue;
    }
    if (copies) {
      // The last argument is where a copy goes, unless `-t` named it.
      const sources = target !== null ? args : args.slice(0, -1);
      const destination = target ?? args[args.length - 1];
      if (destination !== undefined && target === null && isFile(destination)) return 'writes';
      if (sources.some(isFile) && !(destination !== undefined && /^["']?[\w.-]+@?[\w.-]*:/.test(destination) && verb !== 'COPY' && verb !== 'ADD')) return 'copies it';
      continue;
    }
    if (args.length > 0 && isFile(args[0]!)) return 'loads it';
  }
  return null;
}

/** Quotes and a shell's closing marks around a word, taken off from both ends without a regular expression. */
function unquote(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (word[start] === '"' || word[start] === "'")) start++;
  while (end > start && '"\';)'.includes(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** `"$URL/$VERSION/variables.env?$(date` → `variables.env`. */
function baseName(word: string): string {
  let w = unquote(word);
  const q = w.indexOf('?');
  if (q >= 0) w = unquote(w.slice(0, q));
  return w.slice(w.lastIndexOf('/') + 1);
}
