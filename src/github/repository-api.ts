/**
 * The base side of a change through the GitHub REST API, for when git cannot read it (a
 * shallow checkout that may not fetch): the base commit's tree and blobs, and which files
 * the change touches. Each function returns plain data and says when GitHub cut it short.
 */
import { accessError, type GitHubClient } from './client.js'

/** A commit in a repository. */
export interface CommitQuery {
  owner: string
  repo: string
  sha: string
}

/** One path of a tree: a file, a symbolic link, or a submodule (a commit of another repo). */
export interface RemoteTreeEntry {
  path: string
  kind: 'file' | 'link' | 'submodule'
  /** Bytes, for files and links. */
  size?: number
  /** The object to read the content from (for a submodule, its commit). */
  blobSha: string
}

/** A file a comparison touches. */
export interface ChangedFile {
  path: string
  /** For a rename or copy, where it came from. */
  previousPath?: string
  /** GitHub's word: added, removed, modified, renamed, copied, changed or unchanged. */
  status: string
}

/** The most files GitHub lists for one comparison. */
export const MAX_COMPARE_FILES = 3000

/** How many files GitHub lists on each page of a comparison. */
export const COMPARE_FILES_PER_PAGE = 300

/** Git's mode for a symbolic link. */
const LINK_MODE = '120000'

/** The response's data, or a GitHubAccessError that names `what` could not be read. */
async function read<T>(
  request: Promise<{ data: T }>,
  what: string
): Promise<T> {
  try {
    return (await request).data
  } catch (error) {
    throw accessError(error, {
      forbidden: `the token cannot read ${what}: grant \`contents: read\``,
      notFound: `${what} was not found, or the token cannot see the repository: grant \`contents: read\`, and check the commit exists there (a fork's commit may be missing from its parent)`
    })
  }
}

/**
 * Every file, link and submodule of a commit, from one recursive tree request (folders
 * are left out: their files are listed).
 *
 * @param client From createGitHubClient; needs `contents: read`.
 * @param query The repository and a commit or tree SHA.
 * @returns The entries, and whether GitHub truncated the listing (it stops at 100,000
 *   entries or 7 MB), in which case some paths are missing.
 * @throws GitHubAccessError when the token cannot read the commit.
 */
export async function listTree(
  client: GitHubClient,
  query: CommitQuery
): Promise<{ entries: RemoteTreeEntry[]; truncated: boolean }> {
  const { owner, repo, sha } = query
  const data = await read(
    client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' }),
    `the tree of ${owner}/${repo}@${sha}`
  )
  const entries = data.tree.flatMap((item): RemoteTreeEntry[] => {
    if (item.path === undefined || item.sha === undefined) return []
    if (item.type === 'commit')
      return [{ path: item.path, kind: 'submodule', blobSha: item.sha }]
    if (item.type !== 'blob') return []
    return [
      {
        path: item.path,
        kind: item.mode === LINK_MODE ? 'link' : 'file',
        ...(item.size !== undefined && { size: item.size }),
        blobSha: item.sha
      }
    ]
  })
  return { entries, truncated: data.truncated }
}

/**
 * The content of one blob, decoded from the base64 GitHub sends.
 *
 * @param client From createGitHubClient; needs `contents: read`.
 * @param query The repository and the blob's SHA (from listTree).
 * @returns The bytes (GitHub serves blobs up to 100 MB).
 * @throws GitHubAccessError when the token cannot read the blob.
 */
export async function readBlob(
  client: GitHubClient,
  query: { owner: string; repo: string; blobSha: string }
): Promise<Uint8Array> {
  const { owner, repo, blobSha } = query
  const data = await read(
    client.rest.git.getBlob({ owner, repo, file_sha: blobSha }),
    `blob ${blobSha} of ${owner}/${repo}`
  )
  // Node's base64 decoder skips the line breaks GitHub puts every 60 characters.
  const bytes = Buffer.from(
    data.content,
    data.encoding === 'base64' ? 'base64' : 'utf8'
  )
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * The files changed between two commits, as the pull request's three-dot diff shows them
 * (`base...head`: from their merge base to head). GitHub lists the files in pages of
 * COMPARE_FILES_PER_PAGE and no more than MAX_COMPARE_FILES in all; the pages are read
 * until one is short or adds nothing.
 *
 * @param client From createGitHubClient; needs `contents: read`.
 * @param query The repository and the two commits.
 * @returns The files, and `truncated` when the list may be incomplete: the cap was
 *   reached, or the last page GitHub filled was full and nothing followed it (GitHub
 *   documents that some comparisons list files on the first page only).
 * @throws GitHubAccessError when the token cannot read a commit.
 */
export async function changedFiles(
  client: GitHubClient,
  query: { owner: string; repo: string; base: string; head: string }
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const { owner, repo, base, head } = query
  const files = new Map<string, ChangedFile>()
  let lastFilled = 0
  for (let page = 1; files.size < MAX_COMPARE_FILES; page++) {
    const data = await read(
      client.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`,
        // per_page pages the commits; the files come COMPARE_FILES_PER_PAGE a page.
        per_page: 100,
        page
      }),
      `the comparison ${base}...${head} in ${owner}/${repo}`
    )
    const listed = data.files ?? []
    const before = files.size
    for (const file of listed)
      files.set(file.filename, {
        path: file.filename,
        ...(file.previous_filename !== undefined && {
          previousPath: file.previous_filename
        }),
        status: file.status
      })
    // Also ends a listing that repeats the same files on every page.
    if (files.size === before) break
    lastFilled = listed.length
    if (lastFilled < COMPARE_FILES_PER_PAGE) break
  }
  return {
    files: [...files.values()],
    truncated:
      files.size >= MAX_COMPARE_FILES || lastFilled >= COMPARE_FILES_PER_PAGE
  }
}
