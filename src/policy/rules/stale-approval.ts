import { quote } from '../describe.js'
import { approvalStatus } from '../approval-status.js'
import type { PolicyApproval } from '../policy-file.js'
import type { Rule, RuleHit } from '../rule.js'

/**
 * An approval that no declared permission uses: left in the policy, it would silently
 * approve the permission again should it come back.
 */
export const staleApproval: Rule = {
  id: 'stale-approval',
  severity: 'notice',
  reach: 'repository',
  summary:
    'An approval in the policy file matches no declared permission; remove it.',
  check: ({ declarations, catalog, options }) => {
    const used = new Set<PolicyApproval>()
    for (const declaration of declarations) {
      const { approval, expired } = approvalStatus(
        declaration,
        catalog,
        options
      )
      const matched = approval ?? expired
      if (matched !== undefined) used.add(matched)
    }
    return options.policy.approvals
      .filter((approval) => !used.has(approval))
      .map((approval): RuleHit => ({
        message: `The approval of the ${approval.type} permission ${quote(approval.permission)} for ${approval.app === '*' ? 'every app' : quote(approval.app)} matches no declared permission: remove it, or it approves the permission again should it come back.`,
        location: approval.location
      }))
  }
}
