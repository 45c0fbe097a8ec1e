import type { CatalogEntry } from '../../catalog/catalog.js'
import { resolvedPermission } from '../../catalog/resolve.js'
import { compareTiersDescending } from '../../catalog/tiers.js'
import { quote } from '../describe.js'
import { sameAppKey } from '../app-key.js'
import { eachDeclaration, type Rule } from '../rule.js'

/** How many narrower permissions a hint names at most. */
const MAX_ALTERNATIVES = 3

const family = (name: string): string => name.split('.')[0] ?? name

/**
 * A permission that has narrower siblings in its own family (`Mail.ReadWrite` has
 * `Mail.Read`): a hint to check the app needs all of it. Low-tier permissions get no hint.
 */
export const broaderThanNeeded: Rule = {
  id: 'broader-than-needed',
  severity: 'notice',
  summary:
    'A narrower permission of the same family exists; the app may not need all of this one.',
  check: (context) => {
    // Narrower permissions the same app declares anyway are redundant-permission's business.
    const declaredByApp = new Map<string, Set<string>>()
    for (const declaration of context.declarations) {
      const name = resolvedPermission(declaration)?.name
      if (name === undefined) continue
      const key = sameAppKey(declaration)
      declaredByApp.set(key, (declaredByApp.get(key) ?? new Set()).add(name))
    }
    return eachDeclaration((declaration) => {
      const permission = resolvedPermission(declaration)
      if (permission === undefined || permission.tier === 'low')
        return undefined
      const declared =
        declaredByApp.get(sameAppKey(declaration)) ?? new Set<string>()
      if (permission.implies?.some((name) => declared.has(name)))
        return undefined
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
            compareTiersDescending(a.tier, b.tier) ||
            a.name.localeCompare(b.name)
        )
        .slice(0, MAX_ALTERNATIVES)
      if (alternatives.length === 0) return undefined
      const names = alternatives.map(
        (entry) => `${quote(entry.name)} (${entry.tier})`
      )
      return `The ${permission.type} permission ${quote(permission.name)} (${permission.tier}) is the broadest of its family; if the app needs only part of it, ${names.join(', ')} ${alternatives.length === 1 ? 'grants' : 'grant'} less.`
    })(context)
  }
}
