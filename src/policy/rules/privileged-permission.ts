import { resolvedPermission } from '../../catalog/resolve.js'
import { reachesTier } from '../../catalog/tiers.js'
import {
  approvalStatus,
  describeApproval,
  describeReview
} from '../approval-status.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/**
 * A permission at or above the tier threshold (`fail-on-tier`, default high, or the
 * policy's value for the app) needs an approval: without one it is an error, with one a
 * notice naming who approved it until when. High and critical permissions below the
 * threshold are notices, so a reviewer always sees every privileged permission. Denied
 * permissions and expired approvals have rules of their own.
 */
export const privilegedPermission: Rule = {
  id: 'privileged-permission',
  severity: 'error',
  summary:
    'The permission is high or critical privilege, or at or above the tier threshold; without an approval it is an error.',
  check: ({ declarations, catalog, options }) =>
    declarations.flatMap((declaration): RuleHit[] => {
      const permission = resolvedPermission(declaration)
      if (permission === undefined) return []
      const status = approvalStatus(declaration, catalog, options)
      if (!status.needsApproval && !reachesTier(permission.tier, 'high'))
        return []
      if (status.denial !== undefined) return []
      if (status.expired !== undefined && status.review === undefined) return []
      const what = `The ${permission.type} permission ${quote(permission.name)} is ${permission.tier} privilege`
      if (!status.needsApproval)
        return [
          hitOn(declaration, `${what}: ${permission.rationale}`, 'notice')
        ]
      if (status.approval !== undefined)
        return [
          hitOn(
            declaration,
            `${what}, approved by ${describeApproval(status.approval)}: ${permission.rationale}`,
            'notice'
          )
        ]
      if (status.review !== undefined)
        return [
          hitOn(
            declaration,
            `${what}, approved by ${describeReview(status.review)}: ${permission.rationale}`,
            'notice'
          )
        ]
      return [
        hitOn(
          declaration,
          `${what} (at or above the "${status.threshold}" tier threshold) and not approved: ${permission.rationale}`,
          'error'
        )
      ]
    })
}
