import { isGuid } from '../model.js'
import { MICROSOFT_GRAPH_APP_ID } from '../model.js'
import type { Catalog, CatalogEntry } from './catalog.js'

/** What a permission reference page shows: the name, and per type its facts. */
export interface Explanation {
  name: string
  resourceAppId: string
  variants: Pick<
    CatalogEntry,
    'type' | 'id' | 'adminConsentRequired' | 'enabled'
  >[]
}

/** The outcome of looking a name or GUID up: an explanation, or close names to try. */
export type ExplainOutcome =
  | { found: true; explanation: Explanation }
  | { found: false; suggestions: string[] }

/**
 * Looks a permission up by name (any case) or by GUID, and gathers both types under the name.
 * @param query A permission name such as `User.Read`, or a permission GUID.
 * @param resourceAppId The resource to look in; Microsoft Graph by default.
 */
export function explainPermission(
  catalog: Catalog,
  query: string,
  resourceAppId: string = MICROSOFT_GRAPH_APP_ID
): ExplainOutcome {
  const byId = isGuid(query)
    ? (['delegated', 'application'] as const)
        .map((type) => catalog.findById(resourceAppId, type, query))
        .find((entry) => entry !== undefined)
    : undefined
  const name = byId?.name ?? query
  const variants = (['delegated', 'application'] as const)
    .map((type) => catalog.findByName(resourceAppId, type, name))
    .filter((entry): entry is CatalogEntry => entry !== undefined)
  const first = variants[0]
  if (first === undefined) {
    const suggestions = isGuid(query)
      ? []
      : catalog.suggest(resourceAppId, undefined, query)
    return { found: false, suggestions }
  }
  return {
    found: true,
    explanation: {
      name: first.name,
      resourceAppId,
      variants: variants.map(({ type, id, adminConsentRequired, enabled }) => ({
        type,
        id,
        adminConsentRequired,
        enabled
      }))
    }
  }
}
