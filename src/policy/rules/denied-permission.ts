import { resolvedPermission } from '../../catalog/resolve.js'
import { approvalStatus } from '../approval-status.js'
import { quote } from '../describe.js'
import { formatLocation } from '../../model.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/** A permission the policy's deny list names: an error whatever approvals say. */
export const deniedPermission: Rule = {
  id: 'denied-permission',
  severity: 'error',
  summary: 'The policy denies the permission; no approval lifts it.',
  check: ({ declarations, catalog, options }) =>
    declarations.flatMap((declaration): RuleHit[] => {
      const { denial } = approvalStatus(declaration, catalog, options)
      if (denial === undefined) return []
      const name =
        resolvedPermission(declaration)?.name ?? declaration.reference
      const reason = denial.reason === undefined ? '' : `: ${denial.reason}`
      return [
        {
          ...hitOn(
            declaration,
            `The ${declaration.type} permission ${quote(name)} is denied by the policy (${quote(denial.permission)} at ${formatLocation(denial.location)})${reason}.`
          ),
          definedAt: denial.location
        }
      ]
    })
}
