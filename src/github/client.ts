/**
 * The one place an Octokit is built: `@actions/github` (proxy-aware fetch, `token` auth,
 * the REST methods and pagination) plus the throttling and retry plugins. `main.ts` calls
 * it with the token and API URL it read; everything in src/github/ takes the client as a
 * parameter, so tests point it at a loopback server.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'

/** An authenticated GitHub REST client, as the src/github/ functions expect it. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Where messages go: `@actions/core` in the action, stderr in the CLI, a list in tests. */
export interface GitHubLog {
  warning(message: string): void
  debug(message: string): void
}

/** What `createGitHubClient` needs; nothing here is read from the environment. */
export interface GitHubClientOptions {
  /** A GITHUB_TOKEN, an installation token or a personal access token. */
  token: string
  /** The REST API root: `https://api.github.com`, a GHES `…/api/v3`, or a test server. */
  baseUrl: string
  log: GitHubLog
  /**
   * Minimum milliseconds between two writes. By default the throttling plugin keeps GitHub's
   * advice against secondary rate limits: 1 s between writes and 3 s between writes that
   * notify people (a new comment). Only tests should lower it: the pacing is per process,
   * so lowering it gives this client pacing of its own.
   */
  minWriteIntervalMs?: number
}

/** How often a request that hit a rate limit is sent again before the error is thrown. */
export const RATE_LIMIT_RETRIES = 2

/**
 * The longest wait for a rate limit to clear. A primary limit can take up to an hour to
 * reset; a step that sleeps that long looks hung, so a longer wait fails the request.
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 300

/**
 * Server errors (5xx) are retried by the retry plugin, rate limits only by the throttling
 * plugin, which honours retry-after; 429 is in this list so the two never both retry it.
 */
const NOT_RETRIED_STATUSES = [400, 401, 403, 404, 410, 422, 429, 451]

/** The request a limit handler is told about; the URL is the route template, no token. */
interface LimitedRequest {
  method: string
  url: string
}

/**
 * Decides whether to send a rate-limited request again, and says so: the warning is the
 * only trace a user gets of a slow or failed step.
 */
function limitHandler(
  kind: string,
  log: GitHubLog
): (
  retryAfter: number,
  options: LimitedRequest,
  _o: unknown,
  n: number
) => boolean {
  return (retryAfter, options, _octokit, retryCount) => {
    const request = `${options.method} ${options.url}`
    if (retryCount >= RATE_LIMIT_RETRIES) {
      log.warning(
        `GitHub ${kind} rate limit on ${request}: giving up after ${retryCount} retries.`
      )
      return false
    }
    if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log.warning(
        `GitHub ${kind} rate limit on ${request}: it clears in ${retryAfter} s, longer than the ${MAX_RATE_LIMIT_WAIT_SECONDS} s this step waits; giving up.`
      )
      return false
    }
    log.warning(
      `GitHub ${kind} rate limit on ${request}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`
    )
    return true
  }
}

/**
 * Builds the client. Requests that hit a primary or secondary rate limit are retried up to
 * RATE_LIMIT_RETRIES times after the wait GitHub asks for (retry-after, or the reset time),
 * then fail with GitHub's error; server errors get the retry plugin's backoff.
 * The token only goes into the authorization header: it is never logged.
 *
 * @param options The token, API root and log; see GitHubClientOptions.
 * @returns A client for the functions in src/github/.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, baseUrl, log, minWriteIntervalMs } = options
  const pacing =
    minWriteIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({
            maxConcurrent: 1,
            minTime: minWriteIntervalMs
          }),
          notifications: new Bottleneck.Group({
            maxConcurrent: 1,
            minTime: minWriteIntervalMs
          })
        }
  return getOctokit(
    token,
    {
      baseUrl,
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message)
      },
      throttle: {
        onRateLimit: limitHandler('primary', log),
        onSecondaryRateLimit: limitHandler('secondary', log),
        ...pacing
      },
      retry: { retries: RATE_LIMIT_RETRIES, doNotRetry: NOT_RETRIED_STATUSES }
    },
    throttling,
    retry
  )
}

/**
 * The token or the API refused a request in a way the user fixes by granting a permission
 * or choosing another token (401, 403, 404). The message says what to do; `status` keeps
 * GitHub's answer for callers that treat a missing permission as a warning.
 */
export class GitHubAccessError extends Error {
  override name = 'GitHubAccessError'

  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error))
    return undefined
  return typeof error.status === 'number' ? error.status : undefined
}

/**
 * True for a rate limit that outlasted the retries. GitHub answers it with 403 or 429, so
 * it must not be mistaken for a missing permission.
 */
export function isRateLimitError(error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== 403 && status !== 429) return false
  if (status === 429) return true
  const response = (error as { response?: { headers?: object } }).response
  const headers = (response?.headers ?? {}) as Record<string, unknown>
  return (
    headers['x-ratelimit-remaining'] === '0' ||
    /\brate limit\b/i.test((error as Error).message)
  )
}

/**
 * Turns a 401/403/404 from GitHub into a GitHubAccessError saying what to do; rate limits
 * and every other error are returned unchanged, for the caller to rethrow.
 *
 * @param error What the request threw.
 * @param advice What to tell the user for each access status.
 */
export function accessError(
  error: unknown,
  advice: { forbidden: string; notFound: string }
): unknown {
  const status = httpStatus(error)
  if (status === undefined || isRateLimitError(error)) return error
  const message =
    status === 401
      ? 'GitHub rejected the token (401 Bad credentials): it is missing, expired or revoked; check the token given to the action.'
      : status === 403
        ? advice.forbidden
        : status === 404
          ? advice.notFound
          : undefined
  return message === undefined
    ? error
    : new GitHubAccessError(message, status, { cause: error })
}
