import {
  isGuid,
  MICROSOFT_GRAPH_APP_ID,
  type PermissionType
} from '../model.js'
import type { Catalog, CatalogEntry } from './catalog.js'
import { grantInstructions, type GrantInstructions } from './grant.js'
import { operationsFor, type OperationRef } from './operations.js'
import { compareTiersDescending, type Tier } from './tiers.js'

/** How many operations an explanation lists; the count covers all of them. */
export const MAX_LISTED_OPERATIONS = 10
/** How many narrower alternatives an explanation lists. */
export const MAX_NARROWER = 5

/** One type of a permission, as a reference page shows it. */
export interface ExplainedVariant {
  type: PermissionType
  id: string
  adminConsentRequired: boolean | null
  enabled: boolean
  tier: Tier
  rationale: string
  /** Set when the tier comes from the naming rules and has not been reviewed yet. */
  tierNeedsReview: boolean
  /** The Microsoft Graph operations it allows: how many, and the first few. */
  operations: { count: number; listed: OperationRef[] }
  /** Permissions of the same type it covers, narrowest last: candidates to ask for instead. */
  narrower: { name: string; tier: Tier }[]
  grant: GrantInstructions
}

/** What a permission reference page shows: the name, and per type its facts. */
export interface Explanation {
  name: string
  resourceAppId: string
  resourceName: string
  /** `resource-specific` for Teams resource-specific consent permissions. */
  kind: 'api' | 'resource-specific'
  variants: ExplainedVariant[]
}

/** The outcome of looking a name or GUID up: an explanation, or close names to try. */
export type ExplainOutcome =
  | { found: true; explanation: Explanation }
  | { found: false; suggestions: string[] }

const TYPES = ['delegated', 'application'] as const

/** The operations to list: those it is least privileged for first, in catalog order. */
function listedOperations(
  name: string,
  type: PermissionType
): ExplainedVariant['operations'] {
  const all = operationsFor(name, type)
  const listed = [
    ...all.filter((operation) => operation.leastPrivileged),
    ...all.filter((operation) => !operation.leastPrivileged)
  ].slice(0, MAX_LISTED_OPERATIONS)
  return { count: all.length, listed }
}

function explainVariant(
  catalog: Catalog,
  entry: CatalogEntry,
  kind: Explanation['kind'],
  resourceName: string
): ExplainedVariant {
  const narrower = (entry.implies ?? [])
    .map((name) => catalog.findByName(entry.resourceAppId, entry.type, name))
    .filter((other): other is CatalogEntry => other !== undefined)
    .sort(
      (a, b) =>
        compareTiersDescending(a.tier, b.tier) || a.name.localeCompare(b.name)
    )
    .slice(0, MAX_NARROWER)
    .map(({ name, tier }) => ({ name, tier }))
  const onGraph =
    kind === 'api' && entry.resourceAppId === MICROSOFT_GRAPH_APP_ID
  return {
    type: entry.type,
    id: entry.id,
    adminConsentRequired: entry.adminConsentRequired,
    enabled: entry.enabled,
    tier: entry.tier,
    rationale: entry.rationale,
    tierNeedsReview: entry.review === true,
    operations: onGraph
      ? listedOperations(entry.name, entry.type)
      : { count: 0, listed: [] },
    narrower,
    grant: grantInstructions({
      ...entry,
      resourceName,
      resourceSpecific: kind !== 'api'
    })
  }
}

/**
 * Looks a permission up by name (any case) or GUID and gathers both types under the name:
 * on the given resource (Microsoft Graph by default), then among the Teams
 * resource-specific consent permissions.
 * @param resourceAppId The resource to look in.
 */
export function explainPermission(
  catalog: Catalog,
  query: string,
  resourceAppId: string = MICROSOFT_GRAPH_APP_ID
): ExplainOutcome {
  const byId = isGuid(query)
    ? TYPES.map((type) => catalog.findById(resourceAppId, type, query)).find(
        (entry) => entry !== undefined
      )
    : undefined
  const name = byId?.name ?? query
  const variants = TYPES.map((type) =>
    catalog.findByName(resourceAppId, type, name)
  ).filter((entry): entry is CatalogEntry => entry !== undefined)
  const resourceName = catalog.resourceName(resourceAppId) ?? resourceAppId
  const explanation = (
    entries: CatalogEntry[],
    kind: Explanation['kind']
  ): ExplainOutcome => ({
    found: true,
    explanation: {
      name: entries[0]?.name ?? name,
      resourceAppId,
      resourceName,
      kind,
      variants: entries.map((entry) =>
        explainVariant(catalog, entry, kind, resourceName)
      )
    }
  })
  if (variants.length > 0) return explanation(variants, 'api')
  const resourceSpecific =
    resourceAppId === MICROSOFT_GRAPH_APP_ID
      ? catalog
          .resourceSpecificEntries()
          .find(
            (entry) =>
              entry.name.toLowerCase() === query.toLowerCase() ||
              entry.id === query.toLowerCase()
          )
      : undefined
  if (resourceSpecific !== undefined)
    return explanation([resourceSpecific], 'resource-specific')
  return {
    found: false,
    suggestions: isGuid(query)
      ? []
      : catalog.suggest(resourceAppId, undefined, query)
  }
}
