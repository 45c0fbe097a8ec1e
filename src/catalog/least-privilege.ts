import { MICROSOFT_GRAPH_APP_ID } from '../model.js'
import type { Catalog, CatalogEntry } from './catalog.js'
import type { TypePermissions } from './operations.js'
import { TIERS } from './tiers.js'

/**
 * Sharpens the source's least-privilege marks with the catalog. The source marks a whole
 * set of paths and methods at once, so a write permission can come out "least privileged"
 * for a read (`User.ReadWrite.All` for `GET /users/{id}`). A marked permission that covers
 * another marked one is moved to the "also allowed" list; both lists are ordered by tier.
 */
export function refineLeastPrivileged(
  permissions: TypePermissions,
  catalog: Catalog
): TypePermissions {
  const { type, leastPrivileged, allowedBy } = permissions
  const entry = (name: string): CatalogEntry | undefined =>
    catalog.findByName(MICROSOFT_GRAPH_APP_ID, type, name)
  const tierRank = (name: string): number => {
    const tier = entry(name)?.tier
    return tier === undefined ? TIERS.length : TIERS.indexOf(tier)
  }
  const coversAnother = (name: string): boolean =>
    leastPrivileged.some(
      (other) => other !== name && entry(name)?.implies?.includes(other)
    )
  const byTier = (a: string, b: string): number =>
    tierRank(a) - tierRank(b) || (a < b ? -1 : a > b ? 1 : 0)
  const least = leastPrivileged
    .filter((name) => !coversAnother(name))
    .sort(byTier)
  const rest = allowedBy.filter((name) => !least.includes(name)).sort(byTier)
  return {
    ...permissions,
    leastPrivileged: least,
    allowedBy: [...least, ...rest]
  }
}
