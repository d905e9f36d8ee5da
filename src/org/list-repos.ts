import { paginate, type RestOptions } from './github-rest';

/** GitHub refuses a matrix of more than 256 jobs. */
export const MAX_MATRIX_JOBS = 256;

export interface RepoFilter {
  topic?: string;
  includeArchived: boolean;
  includeForks: boolean;
}

/** The fields of a repository the listing reads from the REST answer. */
interface ApiRepo {
  full_name?: unknown;
  archived?: unknown;
  disabled?: unknown;
  fork?: unknown;
  topics?: unknown;
}

export interface RepoListing {
  /** `owner/name`, sorted. */
  repositories: string[];
  excluded: { archived: number; forks: number; topic: number; disabled: number };
}

/** Applies the filters to one page of answers; pure, so the rules are testable without a server. */
export function selectRepos(repos: readonly ApiRepo[], filter: RepoFilter, into: RepoListing): void {
  const topic = filter.topic?.toLowerCase();
  for (const r of repos) {
    if (typeof r.full_name !== 'string') continue;
    // Disabled repositories cannot be cloned; they would only fail the matrix job.
    if (r.disabled === true) into.excluded.disabled++;
    else if (r.archived === true && !filter.includeArchived) into.excluded.archived++;
    else if (r.fork === true && !filter.includeForks) into.excluded.forks++;
    else if (topic !== undefined && !(Array.isArray(r.topics) && r.topics.some((t) => typeof t === 'string' && t.toLowerCase() === topic))) {
      into.excluded.topic++;
    } else into.repositories.push(r.full_name);
  }
}

/** Lists an organisation's repositories through `GET /orgs/{org}/repos`, every page. */
export async function listOrgRepos(org: string, filter: RepoFilter, rest: RestOptions): Promise<RepoListing> {
  const listing: RepoListing = { repositories: [], excluded: { archived: 0, forks: 0, topic: 0, disabled: 0 } };
  const path = `/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`;
  for await (const page of paginate(path, { what: `organisation ${org}`, ...rest })) selectRepos(page as ApiRepo[], filter, listing);
  listing.repositories = [...new Set(listing.repositories)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return listing;
}

/** Splits a list into chunks of at most `size`, each small enough for one `strategy.matrix`. */
export function chunk<T>(items: readonly T[], size = MAX_MATRIX_JOBS): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_MATRIX_JOBS) throw new RangeError(`chunk size must be 1..${MAX_MATRIX_JOBS}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
