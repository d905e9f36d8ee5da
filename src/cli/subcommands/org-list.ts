import { HELP_OPTION, parseOptions, UsageError, type CommandSpec } from '../options';
import type { Io } from '../run';
import { EXIT_OK, guarded } from '../exit';
import { chunk, listOrgRepos, MAX_MATRIX_JOBS } from '../../org/list-repos';
import { plural } from '../../report/stats';

export const ORG_LIST_USAGE = `Usage: leakproof org list --org NAME [--topic T] [--include-archived] [--include-forks] [--chunk N]
                         [--token TOKEN]
Prints a JSON array of chunks of "owner/name" strings, each at most ${MAX_MATRIX_JOBS} long (one matrix each).
The token comes from --token or GITHUB_TOKEN; GITHUB_API_URL selects GitHub Enterprise Server.
`;

/** `ORG_LIST_USAGE` describes these. */
export const ORG_LIST_SPEC: CommandSpec = {
  command: 'org list',
  options: [
    { name: '--org', value: 'NAME' },
    { name: '--topic', value: 'TOPIC' },
    { name: '--chunk', value: 'N' },
    { name: '--token', value: 'TOKEN' },
    { name: '--include-archived' },
    { name: '--include-forks' },
    HELP_OPTION,
  ],
};

export interface OrgListCommand {
  org: string;
  topic?: string;
  includeArchived: boolean;
  includeForks: boolean;
  chunkSize: number;
  token?: string;
  apiUrl: string;
}

export function parseOrgListArgs(argv: readonly string[], env: Record<string, string | undefined>): OrgListCommand | 'help' {
  const p = parseOptions(ORG_LIST_SPEC, argv);
  if (p.has('--help')) return 'help';
  if (p.positionals.length > 0) throw new UsageError(`org list takes no positional arguments (got ${p.positionals.join(' ')})`);
  const org = p.value('--org');
  if (!org) throw new UsageError('org list needs --org NAME');
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})$/.test(org)) throw new UsageError(`--org takes an organisation login such as my-org (got "${org}")`);
  const size = p.value('--chunk') ?? String(MAX_MATRIX_JOBS);
  if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_MATRIX_JOBS) {
    throw new UsageError(`--chunk takes a number of repositories per matrix from 1 to ${MAX_MATRIX_JOBS} (got "${size}")`);
  }
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new UsageError(`GITHUB_API_URL must be an http(s) URL (got "${apiUrl}")`);
  const cmd: OrgListCommand = {
    org,
    includeArchived: p.has('--include-archived'),
    includeForks: p.has('--include-forks'),
    chunkSize: Number(size),
    apiUrl,
  };
  const topic = p.value('--topic');
  if (topic !== undefined) {
    if (topic === '') throw new UsageError('--topic needs a topic name');
    cmd.topic = topic;
  }
  const token = p.value('--token') || env.GITHUB_TOKEN;
  if (token) cmd.token = token;
  return cmd;
}

/** `leakproof org list`: the organisation's repositories as matrix-sized chunks on stdout, a summary on stderr. */
export function runOrgList(argv: readonly string[], io: Io): Promise<number> {
  return guarded(io, async () => {
    const cmd = parseOrgListArgs(argv, io.env);
    if (cmd === 'help') {
      io.stdout.write(ORG_LIST_USAGE);
      return EXIT_OK;
    }
    const listing = await listOrgRepos(
      cmd.org,
      { topic: cmd.topic, includeArchived: cmd.includeArchived, includeForks: cmd.includeForks },
      { apiUrl: cmd.apiUrl, token: cmd.token },
    );
    const chunks = chunk(listing.repositories, cmd.chunkSize);
    const ex = listing.excluded;
    const left = [
      ex.archived ? `${ex.archived} archived` : '',
      ex.forks ? plural(ex.forks, 'fork') : '',
      ex.topic ? `${ex.topic} without topic ${cmd.topic}` : '',
      ex.disabled ? `${ex.disabled} disabled` : '',
    ].filter(Boolean);
    io.stderr.write(
      `leakproof: ${plural(listing.repositories.length, 'repository', 'repositories')} in ${cmd.org}` +
        `${left.length ? ` (left out: ${left.join(', ')})` : ''}, ${plural(chunks.length, 'chunk')} of at most ${cmd.chunkSize}\n`,
    );
    // One line, so it fits a GITHUB_OUTPUT `name=value` entry.
    io.stdout.write(JSON.stringify(chunks) + '\n');
    return EXIT_OK;
  }, () => true);
}
