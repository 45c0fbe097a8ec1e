import { resolvedPermission } from '../../catalog/resolve.js'
import { approvalStatus, describeApproval } from '../approval-status.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/**
 * A permission that needs an approval whose approval has expired: an error at the
 * declaration, pointing at the approval to renew or the line to remove.
 */
export const approvalExpired: Rule = {
  id: 'approval-expired',
  severity: 'error',
  summary:
    'The approval of a permission that needs one has expired; renew it or remove the permission.',
  check: ({ declarations, catalog, options }) =>
    declarations.flatMap((declaration): RuleHit[] => {
      const status = approvalStatus(declaration, catalog, options)
      const { expired } = status
      if (expired === undefined || !status.needsApproval) return []
      if (status.denial !== undefined || status.review !== undefined) return []
      const name =
        resolvedPermission(declaration)?.name ?? declaration.reference
      return [
        {
          ...hitOn(
            declaration,
            `The approval of the ${declaration.type} permission ${quote(name)} (by ${describeApproval(expired)}) expired on ${expired.expires ?? ''}: renew it in the policy file or remove the permission.`
          ),
          definedAt: expired.location
        }
      ]
    })
}
