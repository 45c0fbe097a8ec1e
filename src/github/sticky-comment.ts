/**
 * The consent summary as one pull request comment that each run rewrites, found again by
 * a hidden HTML marker. Runs race (a push while the previous run still comments, a re-run),
 * so every run converges on the oldest marked comment and removes the others, and never
 * overwrites what a newer run wrote.
 */
import {
  accessError,
  GitHubAccessError,
  httpStatus,
  type GitHubClient
} from './client.js'

export { GitHubAccessError }

/** GitHub refuses an issue comment body longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536

/** The longest comment key, once escaped for the marker. */
export const MAX_COMMENT_KEY_CHARS = 200

/** A workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), to tell which of two is newer. */
export interface RunId {
  id: number
  attempt: number
}

/** What became of the comment. */
export type StickyResult =
  | {
      /**
       * `created`: this run wrote a new comment; `updated`: it rewrote the existing one;
       * `kept-newer`: a newer run had written it, so it was left alone.
       */
      action: 'created' | 'updated' | 'kept-newer'
      commentId: number
      url: string
    }
  | {
      /** No comment existed and `createIfMissing` was false. */
      action: 'none'
    }

/** Where the comment goes and what it says. */
export interface StickyCommentOptions {
  owner: string
  repo: string
  /** The pull request's number (a pull request is an issue for comments). */
  issueNumber: number
  /**
   * Tells comments apart when two workflows (two configurations) comment on one pull
   * request. Any text; characters other than letters, digits, `.`, `_` and `-` are
   * percent-encoded in the marker.
   */
  key: string
  /** Markdown; with the marker it must fit MAX_COMMENT_CHARS (see commentBodyBudget). */
  body: string
  run: RunId
  /**
   * False to only keep an existing comment current (a comment mode that has nothing to
   * say this time must still correct what an earlier run said). Default true.
   */
  createIfMissing?: boolean
}

const MARKER_PREFIX = '<!-- graph-consent-audit:consent-summary key='

/** A marker at the very start of a body; a marker quoted further down does not count. */
const MARKER_PATTERN =
  /^<!-- graph-consent-audit:consent-summary key=([A-Za-z0-9._%-]+) run=(\d+)\.(\d+) -->/

/** Enough digits for any run id or attempt (Number.MAX_SAFE_INTEGER has 16). */
const MAX_RUN_NUMBER_DIGITS = 16

/** The marker's length with the newline after it, for an escaped key of this length. */
const markerChars = (escapedKeyChars: number): number =>
  MARKER_PREFIX.length +
  escapedKeyChars +
  ' run='.length +
  2 * MAX_RUN_NUMBER_DIGITS +
  '.'.length +
  ' -->'.length +
  '\n'.length

/**
 * The longest marker, with the newline that separates it from the body: what a caller
 * must leave free of MAX_COMMENT_CHARS whatever the key and run.
 */
export const COMMENT_MARKER_MAX_CHARS = markerChars(MAX_COMMENT_KEY_CHARS)

/**
 * The key as it appears in the marker: letters, digits, `.`, `_` and `-` as they are,
 * everything else as UTF-8 percent escapes. Nothing in it can end the HTML comment.
 * @throws RangeError for an empty key or one longer than MAX_COMMENT_KEY_CHARS escaped.
 */
export function escapeCommentKey(key: string): string {
  const escaped = Array.from(new TextEncoder().encode(key), (byte) => {
    const char = String.fromCharCode(byte)
    return /[A-Za-z0-9._-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
  if (escaped.length === 0 || escaped.length > MAX_COMMENT_KEY_CHARS)
    throw new RangeError(
      `the comment key must have 1 to ${MAX_COMMENT_KEY_CHARS} characters once escaped; "${key}" has ${escaped.length}`
    )
  return escaped
}

function validRun(run: RunId): boolean {
  return (
    Number.isSafeInteger(run.id) &&
    run.id > 0 &&
    Number.isSafeInteger(run.attempt) &&
    run.attempt > 0
  )
}

/** The hidden first line of a comment body. */
export function commentMarker(key: string, run: RunId): string {
  if (!validRun(run))
    throw new RangeError(
      `the run must have a positive id and attempt, not ${run.id}.${run.attempt}`
    )
  return `${MARKER_PREFIX}${escapeCommentKey(key)} run=${run.id}.${run.attempt} -->`
}

/**
 * How many characters of body fit in one comment with this key's marker, for any run:
 * the number a caller truncates its Markdown to.
 */
export function commentBodyBudget(key: string): number {
  return MAX_COMMENT_CHARS - markerChars(escapeCommentKey(key).length)
}

/** True when `a` is a later run than `b`, or a later attempt of the same run. */
export function isNewerRun(a: RunId, b: RunId): boolean {
  return a.id > b.id || (a.id === b.id && a.attempt > b.attempt)
}

interface MarkedComment {
  id: number
  url: string
  run: RunId
}

type Target = Pick<StickyCommentOptions, 'owner' | 'repo' | 'issueNumber'>

const WRITE_ADVICE = {
  forbidden:
    "the token cannot write pull request comments: grant `pull-requests: write` (a pull request from a fork gets a read-only token; see the README's fork-safe pattern)",
  notFound:
    'the pull request or its comment was not found, or the token cannot see the repository: check the repository and grant `pull-requests: write`'
}

const READ_ADVICE = {
  forbidden:
    'the token cannot read pull request comments: grant `pull-requests: read` (or `write`, to comment)',
  notFound:
    'the pull request was not found, or the token cannot see the repository: check the repository and grant `pull-requests: write`'
}

/**
 * Every comment on the issue whose body starts with this key's marker, oldest (lowest id)
 * first. All pages are read: a busy pull request has hundreds of comments, and the
 * marked one is usually among the first.
 */
async function markedComments(
  client: GitHubClient,
  target: Target,
  escapedKey: string
): Promise<MarkedComment[]> {
  let comments
  try {
    comments = await client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    })
  } catch (error) {
    throw accessError(error, READ_ADVICE)
  }
  return comments
    .flatMap((comment): MarkedComment[] => {
      const match = MARKER_PATTERN.exec(comment.body ?? '')
      if (match === null || match[1] !== escapedKey) return []
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

/** Deletes a duplicate; one another run deleted first (404) is as good as deleted. */
async function deleteDuplicate(
  client: GitHubClient,
  target: Target,
  id: number
): Promise<void> {
  try {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
  } catch (error) {
    if (httpStatus(error) !== 404) throw accessError(error, WRITE_ADVICE)
  }
}

/** Rewrites a comment; undefined when another run deleted it meanwhile (404). */
async function updateComment(
  client: GitHubClient,
  target: Target,
  id: number,
  body: string
): Promise<{ id: number; url: string } | undefined> {
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
      body
    })
    return { id: data.id, url: data.html_url }
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw accessError(error, WRITE_ADVICE)
  }
}

async function createComment(
  client: GitHubClient,
  target: Target,
  body: string
): Promise<{ id: number; url: string }> {
  try {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body
    })
    return { id: data.id, url: data.html_url }
  } catch (error) {
    throw accessError(error, WRITE_ADVICE)
  }
}

/**
 * How many times the comments are listed before giving up: a create, or an update of a
 * comment that vanished, each lead to one more look. Only someone deleting comments as
 * fast as they appear exhausts it.
 */
const MAX_LOOKS = 5

/**
 * Writes the consent summary as one comment per pull request and key: created once, then
 * updated in place. The oldest marked comment is kept and any other is deleted. After
 * creating, the comments are listed again, because two runs that listed at the same moment
 * both create: each then converges on the oldest, which ends with one comment holding the
 * newest run's body. A comment whose marker names a newer run is left as it is.
 *
 * @param client From createGitHubClient; needs `pull-requests: write`.
 * @param options The pull request, key, body and run; see StickyCommentOptions.
 * @returns What became of the comment, with its id and URL.
 * @throws RangeError when the body and marker exceed MAX_COMMENT_CHARS or the key is unfit.
 * @throws GitHubAccessError on 401, 403 or 404, saying which permission the token needs.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions
): Promise<StickyResult> {
  const { run } = options
  const escapedKey = escapeCommentKey(options.key)
  const body = `${commentMarker(options.key, run)}\n${options.body}`
  if (body.length > MAX_COMMENT_CHARS)
    throw new RangeError(
      `the comment has ${body.length} characters with its marker, over GitHub's ${MAX_COMMENT_CHARS}: truncate the body to commentBodyBudget(key) = ${commentBodyBudget(options.key)}`
    )
  let created: { id: number; url: string } | undefined
  for (let look = 1; look <= MAX_LOOKS; look++) {
    const [oldest, ...duplicates] = await markedComments(
      client,
      options,
      escapedKey
    )
    if (oldest === undefined) {
      if (created === undefined && options.createIfMissing === false)
        return { action: 'none' }
      // A second create happens only when someone deleted the first one meanwhile.
      created = await createComment(client, options, body)
      continue
    }
    let result: StickyResult | undefined
    if (oldest.id === created?.id)
      result = { action: 'created', commentId: oldest.id, url: oldest.url }
    else if (isNewerRun(oldest.run, run))
      result = { action: 'kept-newer', commentId: oldest.id, url: oldest.url }
    else {
      const updated = await updateComment(client, options, oldest.id, body)
      if (updated !== undefined)
        result = { action: 'updated', commentId: updated.id, url: updated.url }
    }
    const strays = duplicates.map(({ id }) => id)
    // A listing that lags behind our create must not leave our comment behind.
    if (created !== undefined && created.id !== oldest.id)
      if (!strays.includes(created.id)) strays.push(created.id)
    for (const id of strays) await deleteDuplicate(client, options, id)
    if (result !== undefined) return result
  }
  throw new Error(
    `the consent summary comment on ${options.owner}/${options.repo}#${options.issueNumber} kept disappearing while it was written (${MAX_LOOKS} attempts)`
  )
}
