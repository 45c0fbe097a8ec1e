import { resolvedPermission } from '../../catalog/resolve.js'
import { reachesTier } from '../../catalog/tiers.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/**
 * A high or critical permission. It is an error when its tier reaches the threshold
 * (`--fail-on-tier`, default high), and a notice below it, so a reviewer always sees every
 * privileged permission an app asks for.
 */
export const privilegedPermission: Rule = {
  id: 'privileged-permission',
  severity: 'error',
  summary:
    'The permission is high or critical privilege; at or above the tier threshold it is an error.',
  check: ({ declarations, options }) =>
    declarations.flatMap((declaration): RuleHit[] => {
      const permission = resolvedPermission(declaration)
      if (permission === undefined) return []
      const gated = reachesTier(permission.tier, options.tierThreshold)
      if (!gated && !reachesTier(permission.tier, 'high')) return []
      const threshold = gated
        ? ` (at or above the "${options.tierThreshold}" tier threshold)`
        : ''
      return [
        hitOn(
          declaration,
          `The ${permission.type} permission ${quote(permission.name)} is ${permission.tier} privilege${threshold}: ${permission.rationale}`,
          gated ? 'error' : 'notice'
        )
      ]
    })
}
