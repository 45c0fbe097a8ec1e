import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { sameAppKey } from '../app-key.js'
import { quote } from '../describe.js'
import type { Rule, RuleHit } from '../rule.js'

/** Two entries in one file that ask the same app for the same permission. */
export const duplicateDeclaration: Rule = {
  id: 'duplicate-declaration',
  severity: 'warning',
  summary:
    'The same permission is declared twice for the same app in one file.',
  check: ({ declarations }) => {
    const firstSeen = new Map<string, ResolvedDeclaration>()
    const hits: RuleHit[] = []
    for (const declaration of declarations) {
      const key = identity(declaration)
      const first = firstSeen.get(key)
      if (first === undefined) {
        firstSeen.set(key, declaration)
        continue
      }
      hits.push({
        message: `The ${declaration.type} permission ${quote(declaration.reference)} is already declared for this app on line ${first.location.line}.`,
        location: declaration.location
      })
    }
    return hits
  }
}

/** Same file, app, resource, type and permission; a GUID and the name it stands for match. */
function identity(declaration: ResolvedDeclaration): string {
  const { resolution, reference } = declaration
  const permission =
    resolution.status === 'resolved' ? resolution.permission.id : reference
  return `${sameAppKey(declaration)}|${permission.toLowerCase()}`
}
