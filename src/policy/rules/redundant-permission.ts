import { compareLocations } from '../../findings.js'
import { appGroups, type Declared } from '../app-groups.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

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
    const hits: RuleHit[] = []
    for (const group of appGroups(declarations)) {
      // The first declared permission that covers each narrower one, by narrower name.
      const coveredBy = new Map<string, Declared>()
      for (const broader of group.resolved) {
        for (const name of broader.permission.implies ?? []) {
          const narrower = group.byName.get(name)
          if (narrower === undefined || coveredBy.has(name)) continue
          const mutual = covers(narrower, broader)
          const before =
            compareLocations(
              broader.declaration.location,
              narrower.declaration.location
            ) < 0
          if (!mutual || before) coveredBy.set(name, broader)
        }
      }
      for (const narrower of group.resolved) {
        const broader = coveredBy.get(narrower.permission.name)
        if (broader === undefined || narrower.permission.tier === 'low')
          continue
        hits.push(
          hitOn(
            narrower.declaration,
            `The ${narrower.declaration.type} permission ${quote(narrower.permission.name)} is redundant: ${quote(broader.permission.name)}, declared on line ${broader.declaration.location.line}, already grants everything it does.`
          )
        )
      }
    }
    return hits
  }
}
