import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { appGroups } from '../app-groups.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/** What makes two declarations of one group the same: a GUID and its name match. */
function permissionKey({ resolution, reference }: ResolvedDeclaration): string {
  return (
    resolution.status === 'resolved' ? resolution.permission.id : reference
  ).toLowerCase()
}

/** Two entries in one file that ask the same app for the same permission. */
export const duplicateDeclaration: Rule = {
  id: 'duplicate-declaration',
  severity: 'warning',
  summary:
    'The same permission is declared twice for the same app in one file.',
  check: ({ declarations }) => {
    const hits: RuleHit[] = []
    for (const group of appGroups(declarations)) {
      const firstSeen = new Map<string, ResolvedDeclaration>()
      for (const declaration of group.declarations) {
        const key = permissionKey(declaration)
        const first = firstSeen.get(key)
        if (first === undefined) {
          firstSeen.set(key, declaration)
          continue
        }
        hits.push(
          hitOn(
            declaration,
            `The ${declaration.type} permission ${quote(declaration.reference)} is already declared for this app on line ${first.location.line}.`
          )
        )
      }
    }
    return hits
  }
}
