import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import { formatLocation } from '../model.js'
import { subjectOf } from './approval-status.js'
import type { Policy } from './policy-file.js'
import { findTier } from './policy-match.js'

/**
 * The declarations with the tiers the policy file sets in place of the catalog's, so every
 * rule and report sees the organisation's tier; the rationale says where it was set.
 */
export function retier(
  declarations: ResolvedDeclaration[],
  catalog: Catalog,
  policy: Policy
): ResolvedDeclaration[] {
  if (
    policy.tiers.length === 0 &&
    policy.apps.every((app) => app.tiers.length === 0)
  )
    return declarations
  return declarations.map((declaration) => {
    const { resolution } = declaration
    if (resolution.status !== 'resolved') return declaration
    const rule = findTier(policy, subjectOf(declaration), catalog)
    const { permission } = resolution
    if (rule === undefined || rule.tier === permission.tier) return declaration
    return {
      ...declaration,
      resolution: {
        status: 'resolved',
        permission: {
          ...permission,
          tier: rule.tier,
          rationale: `${permission.rationale} The policy sets its tier to ${rule.tier} (${formatLocation(rule.location)}); the catalog's is ${permission.tier}.`
        }
      }
    }
  })
}
