import { isGuid, looksLikeBrokenGuid, type Declaration } from '../model.js'
import { otherType, type Catalog, type CatalogEntry } from './catalog.js'
import { editDistance, nameCandidates, suggestNames } from './suggest.js'

/** What the catalog says about one declaration. */
export type Resolution =
  /** The permission exists with the declared type. */
  | { status: 'resolved'; permission: CatalogEntry }
  /** The permission exists, but only as the other type. */
  | { status: 'wrong-type'; permission: CatalogEntry }
  /** The catalog covers the resource and has no such permission; `suggestions` are close names. */
  | { status: 'unknown'; suggestions: string[] }
  /** The permission id or the resource appId is not a GUID. */
  | { status: 'invalid-guid'; field: 'permission' | 'resource' }
  /**
   * The catalog cannot check the permission offline: it does not cover the resource at all
   * (`none`), or lists only some of its permissions and not this one (`partial`).
   */
  | { status: 'unverifiable'; coverage: 'none' | 'partial' }
  /** `.default` requested in code: not a permission, but all the app has for the resource. */
  | { status: 'default-scope' }

/** A declaration together with its catalog verdict. */
export interface ResolvedDeclaration extends Declaration {
  resolution: Resolution
}

/**
 * Looks a declaration up in the catalog, by (resource, type, id) or (resource, type, name).
 * @param declaration A permission as a file references it.
 * @param catalog The catalog to consult.
 */
export function resolveDeclaration(
  declaration: Declaration,
  catalog: Catalog
): Resolution {
  const { resourceAppId, type, reference, referenceKind } = declaration
  // A damaged GUID is a mistake; a name the catalog does not know (a custom API given by
  // name, as SPFx and Teams Toolkit allow) is merely something it cannot check.
  if (!isGuid(resourceAppId))
    return looksLikeBrokenGuid(resourceAppId)
      ? { status: 'invalid-guid', field: 'resource' }
      : { status: 'unverifiable', coverage: 'none' }
  if (referenceKind === 'id' && !isGuid(reference))
    return { status: 'invalid-guid', field: 'permission' }
  // Code that asks for `<resource>/.default` names no permission: the token carries
  // whatever the app registration has for the resource. Looking `.default` up would only
  // ever say "unknown"; default-scope explains it instead.
  if (declaration.kind === 'requested' && reference === '.default')
    return { status: 'default-scope' }
  if (declaration.resourceSpecific)
    return resolveResourceSpecific(declaration, catalog)
  const resource = catalog.resource(resourceAppId)
  if (resource === undefined)
    return { status: 'unverifiable', coverage: 'none' }

  const find = (asType: typeof type): CatalogEntry | undefined =>
    referenceKind === 'id'
      ? catalog.findById(resourceAppId, asType, reference)
      : catalog.findByName(resourceAppId, asType, reference)
  const declared = find(type)
  if (declared) return { status: 'resolved', permission: declared }
  // A partial list proves nothing about what is missing from it.
  if (!resource.complete) return { status: 'unverifiable', coverage: 'partial' }
  const other = find(otherType(type))
  if (other) return { status: 'wrong-type', permission: other }
  const suggestions =
    referenceKind === 'name'
      ? catalog.suggest(resourceAppId, type, reference)
      : []
  return { status: 'unknown', suggestions }
}

/** Teams resource-specific consent permissions have their own list, by name or GUID. */
function resolveResourceSpecific(
  declaration: Declaration,
  catalog: Catalog
): Resolution {
  const { reference, referenceKind } = declaration
  const permission =
    referenceKind === 'name'
      ? catalog.findResourceSpecific(reference)
      : catalog
          .resourceSpecificEntries()
          .find((entry) => entry.id === reference.toLowerCase())
  if (permission) return { status: 'resolved', permission }
  if (referenceKind === 'id') return { status: 'unknown', suggestions: [] }
  // The bundled list holds the resource-specific permissions Microsoft Graph's metadata
  // describes, not every one Teams accepts (nor retired names), so only a near miss of a
  // listed name is taken for a typo.
  const names = catalog.resourceSpecificEntries().map((entry) => entry.name)
  const typoOf = suggestNames(reference, nameCandidates(names)).filter(
    (name) =>
      editDistance(
        reference.toLowerCase(),
        name.toLowerCase(),
        TYPO_DISTANCE
      ) <= TYPO_DISTANCE
  )
  return typoOf.length > 0
    ? { status: 'unknown', suggestions: typoOf }
    : { status: 'unverifiable', coverage: 'partial' }
}

/** How many edits make a resource-specific permission name a typo of a listed one. */
const TYPO_DISTANCE = 2

/**
 * The declaration with its resource given by appId: a display name ("Microsoft Graph") is
 * looked up; an appId is lower-cased. A name the catalog does not know stays as written,
 * and resolution reports it.
 */
export function normalizeResource(
  declaration: Declaration,
  catalog: Catalog
): Declaration {
  const { resourceAppId } = declaration
  const appId = isGuid(resourceAppId)
    ? resourceAppId.toLowerCase()
    : catalog.resourceIdByName(resourceAppId)
  return appId === undefined || appId === resourceAppId
    ? declaration
    : { ...declaration, resourceAppId: appId }
}

/** The resolved catalog entry, when there is one of the declared type. */
export function resolvedPermission(
  declaration: ResolvedDeclaration
): CatalogEntry | undefined {
  return declaration.resolution.status === 'resolved'
    ? declaration.resolution.permission
    : undefined
}
