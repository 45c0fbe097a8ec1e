import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** The Octokit the action talks to GitHub with. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** How often a request hit by a rate limit is tried again before giving up. */
const RATE_LIMIT_RETRIES = 2

/**
 * An Octokit for the GitHub REST API at `baseUrl` (GITHUB_API_URL, so GitHub Enterprise
 * Server works), which waits out primary and secondary rate limits (honouring
 * `retry-after`) a few times, and retries server errors.
 */
export function createGitHubClient(options: {
  token: string
  baseUrl: string
  log: { warning(message: string): void; debug(message: string): void }
}): GitHubClient {
  const { log } = options
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const again = retryCount < RATE_LIMIT_RETRIES
      log.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${again ? `trying again in ${retryAfter} s` : 'giving up'}.`
      )
      return again
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      throttle: {
        onRateLimit: onLimit('primary'),
        // The plugin also spaces writes a second apart, as GitHub asks integrations to.
        onSecondaryRateLimit: onLimit('secondary')
      },
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message)
      }
    },
    throttling,
    retry
  )
}
