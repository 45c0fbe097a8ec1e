import type { Catalog } from './catalog.js'

/** Past this age the bundled catalog may miss new permissions and misjudge them as unknown. */
export const MAX_CATALOG_AGE_DAYS = 120

const DAY_MS = 24 * 60 * 60 * 1000

/** The date of the Microsoft Graph snapshot the catalog was built from (YYYY-MM-DD). */
export function catalogDate(catalog: Catalog): string {
  return catalog.resources()[0]?.source.asOf ?? 'unknown'
}

/**
 * A warning when the catalog's Microsoft Graph snapshot is older than MAX_CATALOG_AGE_DAYS,
 * naming the refresh command; undefined while it is fresh.
 * @param now The current time (passed in so tests can move it).
 */
export function staleCatalogWarning(
  catalog: Catalog,
  now: Date
): string | undefined {
  const asOf = Date.parse(catalogDate(catalog))
  if (Number.isNaN(asOf)) return undefined
  const ageDays = Math.floor((now.getTime() - asOf) / DAY_MS)
  if (ageDays <= MAX_CATALOG_AGE_DAYS) return undefined
  return (
    `The bundled permission catalog is ${ageDays} days old (as of ${catalogDate(catalog)}): ` +
    'permissions Microsoft added since are reported as unknown. Update graph-consent-audit, or ' +
    'refresh the catalog with `npm run catalog:build`.'
  )
}
