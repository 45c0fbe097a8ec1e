import type { CatalogEntry } from '../../catalog/catalog.js'
import { resolvedPermission } from '../../catalog/resolve.js'
import { TIERS } from '../../catalog/tiers.js'
import { sameAppKey } from '../app-key.js'
import { quote } from '../describe.js'
import { eachDeclaration, type Rule } from '../rule.js'

/** How many narrower permissions a hint names at most. */
const MAX_ALTERNATIVES = 3

const family = (name: string): string => name.split('.')[0] ?? name

/**
 * A permission that has narrower siblings in its own family (`Mail.ReadWrite` has
 * `Mail.Read`): a hint to check the app needs all of it. Low-tier permissions, and ones
 * another declared permission already covers (redundant-permission's business), get no hint.
 */
export const broaderThanNeeded: Rule = {
  id: 'broader-than-needed',
  severity: 'notice',
  summary:
    'A narrower permission of the same family exists; the app may not need all of this one.',
  check: (context) => {
    const declaredByApp = new Map<string, CatalogEntry[]>()
    for (const declaration of context.declarations) {
      const permission = resolvedPermission(declaration)
      if (permission === undefined) continue
      const key = sameAppKey(declaration)
      declaredByApp.set(key, [...(declaredByApp.get(key) ?? []), permission])
    }
    return eachDeclaration((declaration) => {
      const permission = resolvedPermission(declaration)
      if (permission === undefined || permission.tier === 'low')
        return undefined
      const declared = declaredByApp.get(sameAppKey(declaration)) ?? []
      const related = (other: CatalogEntry): boolean =>
        other.name !== permission.name &&
        (permission.implies?.includes(other.name) === true ||
          other.implies?.includes(permission.name) === true)
      if (declared.some(related)) return undefined
      // The least privileged alternatives first: they are the point of the hint.
      const alternatives = (permission.implies ?? [])
        .filter((name) => family(name) === family(permission.name))
        .map((name) =>
          context.catalog.findByName(
            permission.resourceAppId,
            permission.type,
            name
          )
        )
        .filter((entry): entry is CatalogEntry => entry !== undefined)
        .sort(
          (a, b) =>
            TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
            a.name.localeCompare(b.name)
        )
        .slice(0, MAX_ALTERNATIVES)
      if (alternatives.length === 0) return undefined
      const names = alternatives.map(
        (entry) => `${quote(entry.name)} (${entry.tier})`
      )
      return `The ${permission.type} permission ${quote(permission.name)} (${permission.tier}) has narrower siblings; if the app needs only part of it, ${names.join(', ')} ${alternatives.length === 1 ? 'grants' : 'grant'} less.`
    })(context)
  }
}
