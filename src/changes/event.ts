/** The commits a workflow event compares: what the change is measured against. */
export interface ChangeRequest {
  /** The base commit, as the event names it. */
  baseSha: string
  /** Says where the base came from, for the report: `pull_request.base.sha`. */
  origin: string
  /** The head commit the event is about (a pull request's head, not its merge commit). */
  headSha?: string
  /** The pull request, when the event has one. */
  pullNumber?: number
}

const NO_COMMIT = /^0+$/

/** Reads a property path of an untrusted payload, returning strings and numbers only. */
function field(
  payload: unknown,
  ...path: string[]
): string | number | undefined {
  let value: unknown = payload
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return typeof value === 'string' || typeof value === 'number'
    ? value
    : undefined
}

const sha = (value: string | number | undefined): string | undefined =>
  typeof value === 'string' &&
  /^[0-9a-f]{40,64}$/i.test(value) &&
  !NO_COMMIT.test(value)
    ? value
    : undefined

/**
 * What a workflow event compares, or undefined for events that have no base (a schedule,
 * a branch's first push): then every declaration is judged.
 * @param eventName GITHUB_EVENT_NAME.
 * @param payload The event payload (GITHUB_EVENT_PATH), untrusted.
 */
export function changeFromEvent(
  eventName: string,
  payload: unknown
): ChangeRequest | undefined {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const baseSha = sha(field(payload, 'pull_request', 'base', 'sha'))
      const number = field(payload, 'pull_request', 'number')
      if (baseSha === undefined) return undefined
      const headSha = sha(field(payload, 'pull_request', 'head', 'sha'))
      return {
        baseSha,
        origin: 'pull_request.base.sha',
        ...(headSha && { headSha }),
        ...(typeof number === 'number' && { pullNumber: number })
      }
    }
    case 'merge_group': {
      const baseSha = sha(field(payload, 'merge_group', 'base_sha'))
      const headSha = sha(field(payload, 'merge_group', 'head_sha'))
      if (baseSha === undefined) return undefined
      return {
        baseSha,
        origin: 'merge_group.base_sha',
        ...(headSha && { headSha })
      }
    }
    case 'push': {
      const baseSha = sha(field(payload, 'before'))
      const headSha = sha(field(payload, 'after'))
      if (baseSha === undefined) return undefined
      return { baseSha, origin: 'push before', ...(headSha && { headSha }) }
    }
    default:
      return undefined
  }
}
