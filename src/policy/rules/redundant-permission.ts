import type { CatalogEntry } from '../../catalog/catalog.js'
import {
  resolvedPermission,
  type ResolvedDeclaration
} from '../../catalog/resolve.js'
import { compareLocations } from '../../findings.js'
import { sameAppKey } from '../app-key.js'
import { quote } from '../describe.js'
import type { Rule, RuleHit } from '../rule.js'

interface Declared {
  declaration: ResolvedDeclaration
  permission: CatalogEntry
}

/** True when `a` grants everything `b` does. */
const covers = (a: Declared, b: Declared): boolean =>
  a.permission.implies?.includes(b.permission.name) === true

/**
 * A permission that another permission declared for the same app and type already covers:
 * `User.Read.All` next to `User.ReadWrite.All`. It adds nothing but review noise. Two that
 * cover each other (application `Calendars.Read` and `Calendars.Read.All`) flag only the
 * later one; low-tier permissions (the sign-in `User.Read`) are left alone.
 */
export const redundantPermission: Rule = {
  id: 'redundant-permission',
  severity: 'warning',
  summary:
    'Another permission declared for the same app and type already grants everything this one does.',
  check: ({ declarations }) => {
    const groups = new Map<string, Declared[]>()
    for (const declaration of declarations) {
      const permission = resolvedPermission(declaration)
      if (permission === undefined) continue
      const key = sameAppKey(declaration)
      groups.set(key, [...(groups.get(key) ?? []), { declaration, permission }])
    }
    const hits: RuleHit[] = []
    for (const group of groups.values()) {
      for (const narrower of group) {
        if (narrower.permission.tier === 'low') continue
        const broader = group.find(
          (other) =>
            covers(other, narrower) &&
            (!covers(narrower, other) ||
              compareLocations(
                other.declaration.location,
                narrower.declaration.location
              ) < 0)
        )
        if (broader === undefined) continue
        hits.push({
          location: narrower.declaration.location,
          message: `The ${narrower.declaration.type} permission ${quote(narrower.permission.name)} is redundant: ${quote(broader.permission.name)}, declared on line ${broader.declaration.location.line}, already grants everything it does.`
        })
      }
    }
    return hits
  }
}
