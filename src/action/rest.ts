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
  return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch ? { patch: f.patch } : {}) }));
}
