import type { ChangeRequest } from './event.js'
import { Git, GitError, type TreeEntry } from './git.js'
import type { PathFilter } from '../files.js'
import { treeFiles, type TreeFileAccess } from './tree-files.js'

/** The base side of a change, ready to be read. */
export interface BaseSide {
  sha: string
  /** Where the base commit came from (`pull_request.base.sha`, `--base main`). */
  origin: string
  /** How its files are read: the local clone, a commit fetched into it, or the GitHub API. */
  via: 'git' | 'git-fetch' | 'github-api'
  files: TreeFileAccess
  /** Paths, relative to the scan's root, that differ between the base and the working tree. */
  changed: Set<string>
  /** Ends what reading the base keeps open. */
  close(): void
}

/** The base commit cannot be read; the message says why and what to do. */
export class BaseUnavailableError extends Error {
  override name = 'BaseUnavailableError'
}

/** A repository read through its host's API, for a base commit git cannot reach. */
export interface RemoteRepository {
  tree(sha: string): Promise<{ entries: TreeEntry[]; truncated: boolean }>
  blob(blobSha: string): Promise<Uint8Array>
  changedFiles(
    base: string,
    head: string
  ): Promise<{
    files: { path: string; previousPath?: string }[]
    truncated: boolean
  }>
}

/** Where the base can be read from. */
export interface BaseSources {
  /** The scan's root in the working tree. */
  root: string
  /** The working tree's listing rules, applied to the base's files too. */
  filter: PathFilter
  /** The repository through the GitHub API, when a token is at hand. */
  remote?: RemoteRepository
  /** Records why a way of reading the base was given up. */
  debug: (message: string) => void
}

/**
 * Opens the base of a change: from the clone when it has the commit, else after fetching
 * that one commit (a shallow checkout has no history), else through the GitHub API.
 * A pull request checked out as its merge commit is compared with the merge's first
 * parent, the exact base it was merged onto.
 * @throws BaseUnavailableError when no way works.
 */
export async function openBase(
  request: ChangeRequest,
  sources: BaseSources
): Promise<BaseSide> {
  const git = new Git(sources.root)
  const prefix = await git.prefix()
  let { baseSha: sha, origin } = request
  const problems: string[] = []
  if (prefix !== undefined) {
    const parents = await git.parents('HEAD')
    if (
      request.headSha !== undefined &&
      parents.length === 2 &&
      parents[1] === request.headSha &&
      parents[0] !== undefined
    ) {
      sha = parents[0]
      origin = `the first parent of the merge commit ${shortSha(await git.commit('HEAD'))}`
    }
    let via: BaseSide['via'] = 'git'
    let commit = await git.commit(sha)
    if (commit === undefined) {
      try {
        await git.fetchCommit(sha)
        commit = await git.commit(sha)
        via = 'git-fetch'
      } catch (error) {
        if (!(error instanceof GitError)) throw error
        problems.push(error.message)
        sources.debug(error.message)
      }
    }
    if (commit !== undefined) {
      const [entries, changed] = await Promise.all([
        git.tree(commit),
        git.changedPaths(commit)
      ])
      const blobs = git.blobReader()
      return {
        sha: commit,
        origin,
        via,
        files: treeFiles(
          entries,
          prefix,
          async (id) => blobs.read(id),
          sources.filter
        ),
        changed: relativeTo(prefix, changed),
        close: () => blobs.close()
      }
    }
  } else problems.push('the workspace is not a git clone')
  if (sources.remote !== undefined && request.headSha !== undefined)
    return openRemoteBase(
      { ...request, baseSha: sha, origin },
      request.headSha,
      sources,
      sources.remote
    )
  throw new BaseUnavailableError(
    `cannot read the base commit ${shortSha(sha)} (${origin}): ${problems.join('; ')}${
      sources.remote === undefined
        ? ''
        : '; the GitHub API needs the head commit, which the event does not name'
    }`
  )
}

async function openRemoteBase(
  request: ChangeRequest,
  headSha: string,
  sources: BaseSources,
  remote: RemoteRepository
): Promise<BaseSide> {
  const [tree, changes] = await Promise.all([
    remote.tree(request.baseSha),
    remote.changedFiles(request.baseSha, headSha)
  ])
  if (tree.truncated || changes.truncated)
    throw new BaseUnavailableError(
      `the base commit ${shortSha(request.baseSha)} is too large to compare through the GitHub API (it truncates trees over 100,000 entries and comparisons over 3,000 files): fetch it with actions/checkout fetch-depth: 0`
    )
  return {
    sha: request.baseSha,
    origin: request.origin,
    via: 'github-api',
    files: treeFiles(
      tree.entries,
      '',
      async (id) => remote.blob(id),
      sources.filter
    ),
    changed: new Set(
      changes.files.flatMap(({ path, previousPath }) =>
        previousPath === undefined ? [path] : [path, previousPath]
      )
    ),
    close: () => undefined
  }
}

/** Top-of-repository paths made relative to the scan's root; those outside are dropped. */
function relativeTo(prefix: string, paths: readonly string[]): Set<string> {
  const start = prefix === '' ? '' : `${prefix}/`
  return new Set(
    paths.flatMap((path) =>
      path.startsWith(start) ? [path.slice(start.length)] : []
    )
  )
}

/** The first 7 characters of a commit id, as git shows it. */
export function shortSha(sha: string | undefined): string {
  return (sha ?? '').slice(0, 7)
}
