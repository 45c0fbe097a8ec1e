/**
 * A loopback GitHub REST server: node:http on 127.0.0.1, speaking the wire format of the
 * endpoints the action uses (issue comments, reviews, team memberships, git trees and
 * blobs, comparisons), with GitHub's pagination `Link` headers and error bodies.
 *
 * It is a plain server in the test process, so a client in a child process (the bundle,
 * started with async `spawn` and GITHUB_API_URL pointing here) reaches it as well as an
 * Octokit in the test does. Tests arrange `state` before or during a run and read back
 * `state` and `requests` afterwards.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

/** An issue or pull request comment as the server stores it. */
export interface StoredComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  login: string
  createdAt: string
  updatedAt: string
}

/** A pull request review as the server stores it. */
export interface StoredReview {
  id: number
  owner: string
  repo: string
  pullNumber: number
  login: string
  state:
    'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
  submittedAt: string
  body?: string
}

/** A tree entry as the git trees API sends it. */
export interface StoredTreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size?: number
}

/** A file of a comparison as the compare API sends it. */
export interface StoredComparedFile {
  filename: string
  status: string
  previous_filename?: string
}

/** A request as it reached the server. */
export interface RecordedRequest {
  method: string
  /** Path and query, as sent. */
  path: string
  headers: IncomingHttpHeaders
  /** The parsed JSON body, or undefined. */
  body: unknown
}

/** Everything the server answers from; tests change it at any time. */
export interface GitHubServerState {
  comments: StoredComment[]
  reviews: StoredReview[]
  /** `org/slug` → login (lower case) → membership state. */
  teams: Record<string, Record<string, 'active' | 'pending'>>
  /** `org/slug` entries whose memberships the token may not read (403). */
  forbiddenTeams: string[]
  /** `owner/repo` → tree or commit SHA → the recursive tree. */
  trees: Record<
    string,
    Record<string, { entries: StoredTreeEntry[]; truncated?: boolean }>
  >
  /** Blob SHA → content. */
  blobs: Record<string, string | Uint8Array>
  /** `base...head` → the comparison's files. */
  comparisons: Record<string, StoredComparedFile[]>
  /**
   * Lists a comparison's files on the first page only (GitHub's documented behaviour for
   * some comparisons) rather than COMPARE_FILES_PER_PAGE per page.
   */
  compareFilesOnFirstPageOnly: boolean
  /** The login comments are written as. */
  login: string
  /** Answer comment writes (POST, PATCH, DELETE) with 403, as for a read-only token. */
  forbidCommentWrites: boolean
  /** Answer this many next requests with a secondary rate limit (403, retry-after: 0). */
  secondaryRateLimits: number
  /** Answer this many next requests with an exhausted primary rate limit (403). */
  primaryRateLimits: number
  /** The next id for a comment or review. */
  nextId: number
  /**
   * Runs before a request is answered (after rate limits): a test may change `state` here,
   * e.g. post a competing comment between a client's list and its create, or hold a
   * request until another arrives.
   */
  beforeRequest?: (request: RecordedRequest) => void | Promise<void>
  /** Runs after a request was answered and stored. */
  afterRequest?: (request: RecordedRequest, status: number) => void
}

/** A running server. */
export interface GitHubServer {
  /** The API root to give Octokit as baseUrl (or a child process as GITHUB_API_URL). */
  url: string
  state: GitHubServerState
  requests: RecordedRequest[]
  close(): Promise<void>
}

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
const COMPARE_FILES_PER_PAGE = 300
const MAX_COMPARE_FILES = 3000
const WEB = 'https://github.com'

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly documentationUrl = 'https://docs.github.com/rest'
  ) {
    super(message)
  }
}

const notFound = (): HttpError =>
  new HttpError(404, 'Not Found', {}, 'https://docs.github.com/rest')

function defaultState(): GitHubServerState {
  return {
    comments: [],
    reviews: [],
    teams: {},
    forbiddenTeams: [],
    trees: {},
    blobs: {},
    comparisons: {},
    compareFilesOnFirstPageOnly: false,
    login: 'github-actions[bot]',
    forbidCommentWrites: false,
    secondaryRateLimits: 0,
    primaryRateLimits: 0,
    nextId: 1000
  }
}

/** A user object as GitHub embeds it. */
function user(login: string): Record<string, unknown> {
  const bot = login.endsWith('[bot]')
  return {
    login,
    id: bot ? 41898282 : 1000 + login.length,
    node_id: `U_${login}`,
    type: bot ? 'Bot' : 'User',
    site_admin: false,
    html_url: `${WEB}/${bot ? 'apps/' + login.replace('[bot]', '') : login}`
  }
}

interface Context {
  method: string
  url: URL
  body: unknown
  api: string
  state: GitHubServerState
}

interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** One page of `items` with GitHub's `Link` header (first, prev, next, last). */
function paginate<T>(
  items: readonly T[],
  context: Context
): { page: T[]; headers: Record<string, string> } {
  const params = context.url.searchParams
  const perPage = Math.min(
    Math.max(Number(params.get('per_page') ?? DEFAULT_PER_PAGE), 1),
    MAX_PER_PAGE
  )
  const page = Math.max(Number(params.get('page') ?? 1), 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string): string => {
    const url = new URL(context.url.pathname, context.api)
    for (const [name, value] of params) url.searchParams.set(name, value)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url.href}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

function commentJson(
  comment: StoredComment,
  api: string
): Record<string, unknown> {
  const { owner, repo, issueNumber, id } = comment
  return {
    id,
    node_id: `IC_${id}`,
    url: `${api}/repos/${owner}/${repo}/issues/comments/${id}`,
    html_url: `${WEB}/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
    issue_url: `${api}/repos/${owner}/${repo}/issues/${issueNumber}`,
    body: comment.body,
    user: user(comment.login),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
    performed_via_github_app: null
  }
}

function reviewJson(
  review: StoredReview,
  api: string
): Record<string, unknown> {
  const { owner, repo, pullNumber, id } = review
  return {
    id,
    node_id: `PRR_${id}`,
    user: user(review.login),
    body: review.body ?? '',
    state: review.state,
    html_url: `${WEB}/${owner}/${repo}/pull/${pullNumber}#pullrequestreview-${id}`,
    pull_request_url: `${api}/repos/${owner}/${repo}/pulls/${pullNumber}`,
    author_association: 'MEMBER',
    submitted_at: review.submittedAt,
    commit_id: review.commitId
  }
}

function requireBody(body: unknown): string {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string')
    throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  return text
}

function forbidCommentWrite(state: GitHubServerState): void {
  if (state.forbidCommentWrites)
    throw new HttpError(
      403,
      'Resource not accessible by integration',
      {},
      'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
    )
}

function base64Lines(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64')
  return (text.match(/.{1,60}/g) ?? []).join('\n') + '\n'
}

type Route = (context: Context, match: string[]) => Answer

const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

const ROUTES: [string, RegExp, Route][] = [
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    (context, [owner, repo, number]) => {
      const comments = context.state.comments
        .filter(
          (c) =>
            c.owner === owner &&
            c.repo === repo &&
            c.issueNumber === Number(number)
        )
        .sort((a, b) => a.id - b.id)
      const { page, headers } = paginate(comments, context)
      return {
        status: 200,
        body: page.map((c) => commentJson(c, context.api)),
        headers
      }
    }
  ],
  [
    'POST',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    (context, [owner, repo, number]) => {
      forbidCommentWrite(context.state)
      const time = now()
      const comment: StoredComment = {
        id: context.state.nextId++,
        owner: owner as string,
        repo: repo as string,
        issueNumber: Number(number),
        body: requireBody(context.body),
        login: context.state.login,
        createdAt: time,
        updatedAt: time
      }
      context.state.comments.push(comment)
      return {
        status: 201,
        body: commentJson(comment, context.api),
        headers: {
          location: `${context.api}/repos/${owner}/${repo}/issues/comments/${comment.id}`
        }
      }
    }
  ],
  [
    'PATCH',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
    (context, [owner, repo, id]) => {
      forbidCommentWrite(context.state)
      const comment = context.state.comments.find(
        (c) => c.owner === owner && c.repo === repo && c.id === Number(id)
      )
      if (comment === undefined) throw notFound()
      comment.body = requireBody(context.body)
      comment.updatedAt = now()
      return { status: 200, body: commentJson(comment, context.api) }
    }
  ],
  [
    'DELETE',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
    (context, [owner, repo, id]) => {
      forbidCommentWrite(context.state)
      const index = context.state.comments.findIndex(
        (c) => c.owner === owner && c.repo === repo && c.id === Number(id)
      )
      if (index < 0) throw notFound()
      context.state.comments.splice(index, 1)
      return { status: 204 }
    }
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/,
    (context, [owner, repo, number]) => {
      const reviews = context.state.reviews
        .filter(
          (r) =>
            r.owner === owner &&
            r.repo === repo &&
            r.pullNumber === Number(number)
        )
        .sort((a, b) => a.id - b.id)
      const { page, headers } = paginate(reviews, context)
      return {
        status: 200,
        body: page.map((r) => reviewJson(r, context.api)),
        headers
      }
    }
  ],
  [
    'GET',
    /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/,
    (context, [org, slug, login]) => {
      const team = `${org}/${slug}`
      if (context.state.forbiddenTeams.includes(team))
        throw new HttpError(
          403,
          'Resource not accessible by integration',
          {},
          'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user'
        )
      const membership =
        context.state.teams[team]?.[(login as string).toLowerCase()]
      if (membership === undefined) throw notFound()
      return {
        status: 200,
        body: {
          url: `${context.api}/organizations/1/team/1/memberships/${login}`,
          role: 'member',
          state: membership
        }
      }
    }
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([^/]+)$/,
    (context, [owner, repo, sha]) => {
      const tree = context.state.trees[`${owner}/${repo}`]?.[sha as string]
      if (tree === undefined) throw notFound()
      const recursive = context.url.searchParams.has('recursive')
      return {
        status: 200,
        body: {
          sha,
          url: `${context.api}/repos/${owner}/${repo}/git/trees/${sha}`,
          tree: tree.entries
            .filter((entry) => recursive || !entry.path.includes('/'))
            .map((entry) => ({
              ...entry,
              url: `${context.api}/repos/${owner}/${repo}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
            })),
          truncated: tree.truncated ?? false
        }
      }
    }
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([^/]+)$/,
    (context, [owner, repo, sha]) => {
      const content = context.state.blobs[sha as string]
      if (content === undefined) throw notFound()
      const bytes =
        typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      return {
        status: 200,
        body: {
          sha,
          node_id: `B_${sha}`,
          size: bytes.byteLength,
          url: `${context.api}/repos/${owner}/${repo}/git/blobs/${sha}`,
          content: base64Lines(bytes),
          encoding: 'base64'
        }
      }
    }
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/compare\/([^/]+)$/,
    (context, [owner, repo, basehead]) => {
      const files = context.state.comparisons[basehead as string]
      if (files === undefined) throw notFound()
      const page = Math.max(
        Number(context.url.searchParams.get('page') ?? 1),
        1
      )
      const capped = files.slice(0, MAX_COMPARE_FILES)
      const shown =
        context.state.compareFilesOnFirstPageOnly && page > 1
          ? []
          : capped.slice(
              context.state.compareFilesOnFirstPageOnly
                ? 0
                : (page - 1) * COMPARE_FILES_PER_PAGE,
              page * COMPARE_FILES_PER_PAGE
            )
      const [base, head] = (basehead as string).split('...')
      return {
        status: 200,
        body: {
          url: `${context.api}/repos/${owner}/${repo}/compare/${basehead}`,
          html_url: `${WEB}/${owner}/${repo}/compare/${basehead}`,
          status: 'ahead',
          ahead_by: 1,
          behind_by: 0,
          total_commits: 1,
          base_commit: { sha: base },
          merge_base_commit: { sha: base },
          commits: page === 1 ? [{ sha: head }] : [],
          files: shown.map((file) => ({
            sha: '0'.repeat(40),
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: `${WEB}/${owner}/${repo}/blob/${head}/${file.filename}`,
            raw_url: `${WEB}/${owner}/${repo}/raw/${head}/${file.filename}`,
            contents_url: `${context.api}/repos/${owner}/${repo}/contents/${file.filename}?ref=${head}`,
            ...file
          }))
        }
      }
    }
  ]
]

/**
 * GitHub's rate limit headers. An exhausted limit resets a moment ago, so the throttling
 * plugin's wait (reset - now + 1 s) comes to 0 and tests stay fast.
 */
function rateLimitHeaders(remaining: number): Record<string, string> {
  const reset = Math.floor(Date.now() / 1000) + (remaining === 0 ? -2 : 3600)
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-resource': 'core'
  }
}

/** Rate limits the state asks for, before any route is consulted. */
function rateLimit(state: GitHubServerState): void {
  if (state.secondaryRateLimits > 0) {
    state.secondaryRateLimits--
    throw new HttpError(
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      { 'retry-after': '1' },
      'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    )
  }
  if (state.primaryRateLimits > 0) {
    state.primaryRateLimits--
    throw new HttpError(
      403,
      'API rate limit exceeded for installation ID 1.',
      rateLimitHeaders(0),
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    )
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
}

function send(response: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': '0000:0000:0000000:0000000:00000000',
    ...rateLimitHeaders(4999),
    ...answer.headers
  }
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end()
    return
  }
  response
    .writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      ...headers
    })
    .end(JSON.stringify(answer.body))
}

/**
 * Starts the server on 127.0.0.1 with a free port.
 *
 * @param initial Parts of the state to start from; the rest is empty.
 * @returns The API root URL, the live state, the recorded requests and `close`.
 */
export async function startGitHubServer(
  initial: Partial<GitHubServerState> = {}
): Promise<GitHubServer> {
  const state: GitHubServerState = { ...defaultState(), ...initial }
  const requests: RecordedRequest[] = []
  let api = ''
  const server = createServer((request, response) => {
    void (async () => {
      let recorded: RecordedRequest | undefined
      let answer: Answer
      try {
        const body = await readBody(request)
        const method = request.method ?? 'GET'
        recorded = {
          method,
          path: request.url ?? '/',
          headers: request.headers,
          body
        }
        requests.push(recorded)
        rateLimit(state)
        await state.beforeRequest?.(recorded)
        const url = new URL(request.url ?? '/', api)
        const context: Context = { method, url, body, api, state }
        const route = ROUTES.find(
          ([routeMethod, pattern]) =>
            routeMethod === method && pattern.test(url.pathname)
        )
        if (route === undefined) throw notFound()
        // Segments are decoded after matching: a branch name may hold an encoded '/'.
        const match = (route[1].exec(url.pathname) ?? [])
          .slice(1)
          .map((segment) => decodeURIComponent(segment))
        answer = route[2](context, match)
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        answer = {
          status: error.status,
          headers: error.headers,
          body: {
            message: error.message,
            documentation_url: error.documentationUrl,
            status: String(error.status)
          }
        }
      }
      send(response, answer)
      if (recorded !== undefined) state.afterRequest?.(recorded, answer.status)
    })().catch((error: unknown) => {
      response
        .writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ message: String(error) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: api,
    state,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      )
    }
  }
}
