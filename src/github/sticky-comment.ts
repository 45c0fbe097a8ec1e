import type { GitHubClient } from './client.js'

/** GitHub refuses an issue comment longer than this. */
export const MAX_COMMENT_CHARS = 65_536

/** The token may not do what was asked; the message says which permission it needs. */
export class GitHubAccessError extends Error {
  override name = 'GitHubAccessError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** A run of a workflow, to tell which of two racing runs is newer. */
export interface RunId {
  id: number
  attempt: number
}

/** What happened to the sticky comment. */
export interface StickyResult {
  action: 'created' | 'updated' | 'kept-newer' | 'none'
  commentId?: number
  url?: string
}

const MARKER =
  /<!-- graph-consent-audit:consent-summary key=([\w.-]+) run=(\d+)\.(\d+) -->/

function marker(key: string, run: RunId): string {
  return `<!-- graph-consent-audit:consent-summary key=${key} run=${run.id}.${run.attempt} -->`
}

interface MarkedComment {
  id: number
  url: string
  run: RunId
}

const isNewer = (a: RunId, b: RunId): boolean =>
  a.id > b.id || (a.id === b.id && a.attempt > b.attempt)

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/** Turns a refusal into the step the user has to take. */
function accessError(error: unknown): never {
  const status = statusOf(error)
  if (status === 401 || status === 403 || status === 404)
    throw new GitHubAccessError(
      status === 401
        ? 'the GitHub token was refused (401): check the github-token input'
        : "the token cannot write pull request comments: grant `pull-requests: write` (a pull request from a fork gets a read-only token; see the README's fork-safe pattern)",
      status
    )
  throw error
}

/** Every comment of the issue carrying this key's marker, oldest first. */
async function markedComments(
  client: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number },
  key: string
): Promise<MarkedComment[]> {
  const comments = await client
    .paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    })
    .catch(accessError)
  return comments
    .flatMap((comment): MarkedComment[] => {
      const match = MARKER.exec(comment.body ?? '')
      if (match === null || match[1] !== key) return []
      return [
        {
          id: comment.id,
          url: comment.html_url,
          run: { id: Number(match[2]), attempt: Number(match[3]) }
        }
      ]
    })
    .sort((a, b) => a.id - b.id)
}

/**
 * Writes one comment per pull request and key, found again by a hidden marker: created
 * once, then updated in place. When two runs race and both create one, each converges on
 * the oldest and deletes the others; a run never overwrites what a newer run wrote.
 * @param createIfMissing False to only keep an existing comment current.
 * @throws GitHubAccessError when the token may not read or write comments.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  options: {
    owner: string
    repo: string
    issueNumber: number
    key: string
    body: string
    run: RunId
    createIfMissing: boolean
  }
): Promise<StickyResult> {
  if (!/^[\w.-]+$/.test(options.key))
    throw new Error(
      `comment key "${options.key}" may hold only letters, digits, ".", "_" and "-"`
    )
  const body = `${marker(options.key, options.run)}\n${options.body}`
  if (body.length > MAX_COMMENT_CHARS)
    throw new Error(
      `the comment has ${body.length} characters, over GitHub's ${MAX_COMMENT_CHARS}`
    )
  const { owner, repo } = options
  let existing = await markedComments(client, options, options.key)
  let created: MarkedComment | undefined
  if (existing.length === 0) {
    if (!options.createIfMissing) return { action: 'none' }
    const { data } = await client.rest.issues
      .createComment({ owner, repo, issue_number: options.issueNumber, body })
      .catch(accessError)
    created = { id: data.id, url: data.html_url, run: options.run }
    // Another run may have created one at the same moment: look again.
    existing = await markedComments(client, options, options.key)
  }
  const [oldest, ...duplicates] = existing
  for (const duplicate of duplicates)
    await client.rest.issues
      .deleteComment({ owner, repo, comment_id: duplicate.id })
      .catch((error: unknown) => {
        if (statusOf(error) !== 404) accessError(error)
      })
  if (oldest === undefined)
    return created === undefined
      ? { action: 'none' }
      : { action: 'created', commentId: created.id, url: created.url }
  if (created !== undefined && oldest.id === created.id)
    return { action: 'created', commentId: created.id, url: created.url }
  if (isNewer(oldest.run, options.run))
    return { action: 'kept-newer', commentId: oldest.id, url: oldest.url }
  const { data } = await client.rest.issues
    .updateComment({ owner, repo, comment_id: oldest.id, body })
    .catch(accessError)
  return { action: 'updated', commentId: data.id, url: data.html_url }
}
