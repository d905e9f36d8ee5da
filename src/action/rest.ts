/** One file of a pull request as the REST API lists it. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface PullRef {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  number: number;
}

/**
 * Lists a pull request's files through the REST API, every page. The client
 * is loaded only here, so scans that never need the API never load it.
 */
export async function listPullFiles(ref: PullRef): Promise<PullFile[]> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.number,
    per_page: 100,
  });
  // An empty patch (a pure rename) says "no line changed"; a missing one says nothing.
  return files.map((f) => ({ filename: f.filename, status: f.status, ...(typeof f.patch === 'string' ? { patch: f.patch } : {}) }));
}

export interface FileRef {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** Path from the repository root, POSIX. */
  path: string;
  /** Commit to read it at. */
  ref: string;
}

/**
 * A file's content at one commit through the REST contents API, or null when
 * the path does not exist there. Other failures (no permission, server
 * errors) throw, so the caller can tell "absent" from "unknown".
 */
export async function getFileAt(ref: FileRef): Promise<string | null> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
  try {
    const res = await octokit.rest.repos.getContent({
      owner: ref.owner,
      repo: ref.repo,
      path: ref.path,
      ref: ref.ref,
      mediaType: { format: 'raw' },
    });
    const data: unknown = res.data;
    if (typeof data === 'string') return data;
    // A folder (a list) or a symlink or submodule entry is not a file we would read.
    return null;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

/** One review comment with a suggested change, on lines of the pull request's head. */
export interface ReviewComment {
  path: string;
  line: number;
  start_line?: number;
  body: string;
}

/** Posts one review (event COMMENT) with its comments; a 403 without write access throws with its status. */
export async function createReview(ref: PullRef & { commitId?: string; body: string; comments: ReviewComment[] }): Promise<void> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl });
  await octokit.rest.pulls.createReview({
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.number,
    ...(ref.commitId ? { commit_id: ref.commitId } : {}),
    event: 'COMMENT',
    body: ref.body,
    comments: ref.comments.map((c) => ({ ...c, side: 'RIGHT', ...(c.start_line !== undefined ? { start_side: 'RIGHT' } : {}) })),
  });
}
