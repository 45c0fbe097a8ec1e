import type { CatalogEntry } from '../../catalog/catalog.js'
import { TIERS } from '../../catalog/tiers.js'
import { appGroups } from '../app-groups.js'
import { quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/** How many narrower permissions a hint names at most. */
const MAX_ALTERNATIVES = 3

const family = (name: string): string => name.split('.')[0] ?? name

/**
 * A permission that has narrower siblings in its own family (`Mail.ReadWrite` has
 * `Mail.Read`): a hint to check the app needs all of it. Low-tier permissions, and ones in
 * a covering pair with another declared permission (redundant-permission's business), get
 * no hint.
 */
export const broaderThanNeeded: Rule = {
  id: 'broader-than-needed',
  severity: 'notice',
  summary:
    'A narrower permission of the same family exists; the app may not need all of this one.',
  check: ({ declarations, catalog }) => {
    const hits: RuleHit[] = []
    for (const group of appGroups(declarations)) {
      const coveredByOthers = new Set(
        group.resolved.flatMap((d) => d.permission.implies ?? [])
      )
      for (const { declaration, permission } of group.resolved) {
        // Code-requested scopes are judged where the app registration declares them.
        if (declaration.kind === 'requested') continue
        if (permission.tier === 'low' || coveredByOthers.has(permission.name))
          continue
        if (permission.implies?.some((name) => group.byName.has(name))) continue
        // The least privileged alternatives first: they are the point of the hint.
        const alternatives = (permission.implies ?? [])
          .filter((name) => family(name) === family(permission.name))
          .map((name) =>
            catalog.findByName(permission.resourceAppId, permission.type, name)
          )
          .filter((entry): entry is CatalogEntry => entry !== undefined)
          .sort(
            (a, b) =>
              TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
              a.name.localeCompare(b.name)
          )
          .slice(0, MAX_ALTERNATIVES)
        if (alternatives.length === 0) continue
        const names = alternatives.map(
          (entry) => `${quote(entry.name)} (${entry.tier})`
        )
        hits.push(
          hitOn(
            declaration,
            `The ${permission.type} permission ${quote(permission.name)} (${permission.tier}) has narrower siblings; if the app needs only part of it, ${names.join(', ')} ${alternatives.length === 1 ? 'grants' : 'grant'} less.`
          )
        )
      }
    }
    return hits
  }
}
