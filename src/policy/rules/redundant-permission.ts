import {
  resolvedPermission,
  type ResolvedDeclaration
} from '../../catalog/resolve.js'
import { sameAppKey } from '../app-key.js'
import { quote } from '../describe.js'
import type { Rule, RuleHit } from '../rule.js'

/**
 * A permission that another permission declared for the same app and type already covers:
 * `User.Read.All` next to `User.ReadWrite.All`. It adds nothing but review noise.
 */
export const redundantPermission: Rule = {
  id: 'redundant-permission',
  severity: 'warning',
  summary:
    'Another permission declared for the same app and type already grants everything this one does.',
  check: ({ declarations }) => {
    const groups = new Map<string, ResolvedDeclaration[]>()
    for (const declaration of declarations) {
      if (resolvedPermission(declaration) === undefined) continue
      const key = sameAppKey(declaration)
      groups.set(key, [...(groups.get(key) ?? []), declaration])
    }
    const hits: RuleHit[] = []
    for (const group of groups.values()) {
      for (const narrower of group) {
        const name = resolvedPermission(narrower)?.name
        const broader = group.find((other) =>
          resolvedPermission(other)?.implies?.includes(name ?? '')
        )
        const broaderName = broader && resolvedPermission(broader)?.name
        if (
          broader === undefined ||
          broaderName === undefined ||
          name === undefined
        )
          continue
        hits.push({
          location: narrower.location,
          message: `The ${narrower.type} permission ${quote(name)} is redundant: ${quote(broaderName)}, declared on line ${broader.location.line}, already grants everything it does.`
        })
      }
    }
    return hits
  }
}
