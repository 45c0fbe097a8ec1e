import type { Catalog } from '../catalog/catalog.js'
import {
  resolvedPermission,
  type ResolvedDeclaration
} from '../catalog/resolve.js'
import { reachesTier, type TierThreshold } from '../catalog/tiers.js'
import type { PolicyApproval, PolicyDenial } from './policy-file.js'
import {
  appMatches,
  findApproval,
  findDenial,
  type PermissionSubject
} from './policy-match.js'
import type { PolicyOptions } from './rule.js'

/** How long before an approval expires it is flagged, so it can be renewed in time. */
export const APPROVAL_EXPIRY_WARNING_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

/** What the policy says of one declared permission. */
export interface ApprovalStatus {
  /** The tier threshold that applies to the declaration's app. */
  threshold: TierThreshold
  /** The permission's tier reaches the threshold: it needs an approval. */
  needsApproval: boolean
  /** A valid approval that covers it. */
  approval?: PolicyApproval
  /** An approval that covered it until it expired (no valid one exists). */
  expired?: PolicyApproval
  /** The valid approval expires within APPROVAL_EXPIRY_WARNING_DAYS. */
  expiresSoon: boolean
  /** A deny entry that matches: no approval helps. */
  denial?: PolicyDenial
  /**
   * Approving reviews of the pull request that adds it, when no valid policy approval
   * covers it: approvers' logins and the commit they approved.
   */
  review?: { approvedBy: string[]; commit: string }
}

/** The permission as policy entries name it. */
export function subjectOf(declaration: ResolvedDeclaration): PermissionSubject {
  const permission = resolvedPermission(declaration)
  const named = declaration.referenceKind === 'name'
  const name = permission?.name ?? (named ? declaration.reference : undefined)
  const id = permission?.id ?? (named ? undefined : declaration.reference)
  return {
    app: declaration.app,
    resourceAppId: declaration.resourceAppId,
    type: declaration.type,
    ...(name !== undefined && { name }),
    ...(id !== undefined && { id })
  }
}

/** The last moment an approval is valid: the end of its expiry day, UTC. */
export function approvalEnd(approval: PolicyApproval): number | undefined {
  return approval.expires === undefined
    ? undefined
    : Date.parse(`${approval.expires}T00:00:00Z`) + DAY_MS
}

/** True when an approval's expiry day has passed. */
export function hasExpired(approval: PolicyApproval, now: Date): boolean {
  const end = approvalEnd(approval)
  return end !== undefined && now.getTime() >= end
}

/**
 * Judges one declaration against the policy: the threshold of its app, the approval that
 * covers it (an expired one does not), and a deny entry.
 */
export function approvalStatus(
  declaration: ResolvedDeclaration,
  catalog: Catalog,
  options: PolicyOptions
): ApprovalStatus {
  // Several rules and the reports ask about each declaration: judge it once per policy.
  let judged = statuses.get(options)
  if (judged === undefined) {
    judged = new WeakMap()
    statuses.set(options, judged)
  }
  let status = judged.get(declaration)
  if (status === undefined) {
    status = judge(declaration, catalog, options)
    judged.set(declaration, status)
  }
  return status
}

const statuses = new WeakMap<
  PolicyOptions,
  WeakMap<ResolvedDeclaration, ApprovalStatus>
>()

function judge(
  declaration: ResolvedDeclaration,
  catalog: Catalog,
  options: PolicyOptions
): ApprovalStatus {
  const { policy, now } = options
  const override = policy.apps.find((entry) =>
    appMatches(entry.app, declaration.app)
  )
  // The app's own entry wins; the top-level value is already in options.tierThreshold.
  const threshold = override?.failOnTier ?? options.tierThreshold
  const permission = resolvedPermission(declaration)
  const needsApproval =
    permission !== undefined && reachesTier(permission.tier, threshold)
  const subject = subjectOf(declaration)
  const denial = findDenial(policy, subject, catalog)
  const matching = findApproval(policy, subject, catalog)
  const valid =
    matching !== undefined && !hasExpired(matching, now) ? matching : undefined
  const end = valid === undefined ? undefined : approvalEnd(valid)
  const { review } = options
  const reviewed =
    needsApproval &&
    valid === undefined &&
    denial === undefined &&
    review !== undefined &&
    review.approvedBy.length > 0 &&
    review.appliesTo(declaration)
  return {
    ...(reviewed && {
      review: { approvedBy: review.approvedBy, commit: review.commit }
    }),
    threshold,
    needsApproval,
    ...(valid && { approval: valid }),
    ...(matching && valid === undefined && { expired: matching }),
    expiresSoon:
      end !== undefined &&
      end - now.getTime() <= APPROVAL_EXPIRY_WARNING_DAYS * DAY_MS,
    ...(denial && { denial })
  }
}

/** "review of @alice at 1a2b3c4", for messages and reports. */
export function describeReview(review: {
  approvedBy: string[]
  commit: string
}): string {
  return `review of ${review.approvedBy.map((login) => `@${login}`).join(', ')} at ${review.commit.slice(0, 7)}`
}

/** "alice@contoso.com until 2027-03-31 (SEC-1234)", for messages and reports. */
export function describeApproval(approval: PolicyApproval): string {
  const until =
    approval.expires === undefined ? '' : ` until ${approval.expires}`
  const reference =
    approval.reference === undefined ? '' : ` (${approval.reference})`
  return `${approval.approvedBy.join(', ')}${until}${reference}`
}
