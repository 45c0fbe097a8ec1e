import { resolvedPermission } from '../../catalog/resolve.js'
import {
  APPROVAL_EXPIRY_WARNING_DAYS,
  approvalStatus
} from '../approval-status.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/** An approval in use that expires soon: a warning while there is time to renew it. */
export const approvalExpiring: Rule = {
  id: 'approval-expiring',
  severity: 'warning',
  summary: `The approval of a permission expires within ${APPROVAL_EXPIRY_WARNING_DAYS} days.`,
  check: ({ declarations, catalog, options }) =>
    declarations.flatMap((declaration): RuleHit[] => {
      const status = approvalStatus(declaration, catalog, options)
      const { approval } = status
      if (approval === undefined || !status.expiresSoon) return []
      if (!status.needsApproval || status.denial !== undefined) return []
      const name =
        resolvedPermission(declaration)?.name ?? declaration.reference
      return [
        {
          ...hitOn(
            declaration,
            `The approval of the ${declaration.type} permission ${quote(name)} expires on ${approval.expires ?? ''}: renew it before then, or the permission fails the check.`
          ),
          definedAt: approval.location
        }
      ]
    })
}
