import { MICROSOFT_GRAPH_APP_ID } from '../model.js'
import type { Catalog, CatalogEntry } from './catalog.js'
import type { TypePermissions } from './operations.js'
import { TIERS } from './tiers.js'

/** The permissions of one type for an operation, after the catalog's corrections. */
export interface RefinedPermissions extends TypePermissions {
  /** Permissions the source names that the catalog does not have as this type. */
  notInCatalog: string[]
  /** True when the least privileged ones are the catalog's inference, not the source's marks. */
  inferred: boolean
}

/**
 * Sharpens the source's least-privilege marks with the catalog. The source marks a whole
 * set of paths and methods at once, so a write permission can come out "least privileged"
 * for a read (`User.ReadWrite.All` for `GET /users/{id}`), and it names a few permissions
 * the catalog does not have for that type, which an app cannot request. So: marked
 * permissions the catalog lacks are set apart, a marked one that covers another permission
 * allowing the operation is moved to "also allowed", and when no mark survives, the lowest-tier permissions that
 * cover no other allowed one are used instead. Both lists are ordered by tier.
 */
export function refineLeastPrivileged(
  permissions: TypePermissions,
  catalog: Catalog
): RefinedPermissions {
  const { type, leastPrivileged, allowedBy } = permissions
  const entry = (name: string): CatalogEntry | undefined =>
    catalog.findByName(MICROSOFT_GRAPH_APP_ID, type, name)
  const tierRank = (name: string): number => {
    const tier = entry(name)?.tier
    return tier === undefined ? TIERS.length : TIERS.indexOf(tier)
  }
  const byTier = (a: string, b: string): number =>
    tierRank(a) - tierRank(b) || (a < b ? -1 : a > b ? 1 : 0)
  const coversOneOf =
    (candidates: readonly string[]) =>
    (name: string): boolean =>
      candidates.some(
        (other) => other !== name && entry(name)?.implies?.includes(other)
      )

  const notInCatalog = allowedBy.filter((name) => entry(name) === undefined)
  const requestable = allowedBy.filter((name) => entry(name) !== undefined)
  const marked = leastPrivileged.filter((name) => entry(name) !== undefined)
  let least = marked.filter((name) => !coversOneOf(requestable)(name))
  const inferred = least.length === 0 && requestable.length > 0
  if (inferred) {
    const minimal = requestable.filter(
      (name) => !coversOneOf(requestable)(name)
    )
    const lowest = Math.min(...minimal.map(tierRank))
    least = minimal.filter((name) => tierRank(name) === lowest)
  }
  least.sort(byTier)
  const rest = requestable.filter((name) => !least.includes(name)).sort(byTier)
  return {
    ...permissions,
    leastPrivileged: least,
    allowedBy: [...least, ...rest],
    notInCatalog,
    inferred
  }
}
