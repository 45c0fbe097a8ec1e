import { quote } from '../describe.js'
import type { Rule } from '../rule.js'

/** An approval that does not say why: the next reviewer cannot tell if it still holds. */
export const approvalMissingJustification: Rule = {
  id: 'approval-missing-justification',
  severity: 'warning',
  reach: 'repository',
  summary: 'An approval in the policy file gives no justification.',
  check: ({ options }) =>
    options.policy.approvals
      .filter((approval) => (approval.justification ?? '').trim() === '')
      .map((approval) => ({
        message: `The approval of the ${approval.type} permission ${quote(approval.permission)} for ${approval.app === '*' ? 'every app' : quote(approval.app)} gives no justification: say why the app needs it, so the next review can tell whether it still does.`,
        location: approval.location
      }))
}
