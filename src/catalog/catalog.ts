import type { PermissionType } from '../model.js'
import type { Tier } from './tiers.js'
import { nameCandidates, suggestNames, type NameCandidate } from './suggest.js'

/** Raised when catalog data or its source does not have the expected shape. */
export class CatalogSourceError extends Error {
  override name = 'CatalogSourceError'
}

/** One permission of one API, as the catalog records it: facts and the project's tier. */
export interface CatalogPermission {
  name: string
  id: string
  type: PermissionType
  /** Null where the source does not say (delegated permissions of some non-Graph APIs). */
  adminConsentRequired: boolean | null
  enabled: boolean
  tier: Tier
  /** One line saying why the permission has its tier. */
  rationale: string
  /** Names of the permissions of the same type this one grants everything of. */
  implies?: string[]
  /** Set when the tier comes from the naming rules and nobody has reviewed it yet. */
  review?: true
}

/** The facts a source gives about a permission, before the project classifies it. */
export type PermissionFacts = Pick<
  CatalogPermission,
  'name' | 'id' | 'type' | 'adminConsentRequired' | 'enabled'
>

/** Where a resource's catalog data came from and how current it is. */
export interface CatalogSource {
  /** What the data was generated from, in a few words. */
  description: string
  /** Date (YYYY-MM-DD) of the source snapshot. */
  asOf: string
}

/** The permissions one API (identified by its appId) exposes. */
export interface CatalogResource {
  resourceAppId: string
  displayName: string
  source: CatalogSource
  /**
   * False when the source lists only some of the API's permissions: a name missing from it
   * is then "cannot verify offline", never "unknown".
   */
  complete: boolean
  permissions: CatalogPermission[]
}

/** Everything the catalog is built from. */
export interface CatalogData {
  /** APIs whose permissions an app requests: Microsoft Graph, and partly some others. */
  resources: readonly CatalogResource[]
  /** Teams resource-specific consent permissions, granted per team, chat or user. */
  resourceSpecific?: CatalogResource
  /** Display names of Microsoft's own apps by appId, to name any resource. */
  appNames?: Readonly<Record<string, string>>
}

/** A catalog entry together with the resource it belongs to. */
export interface CatalogEntry extends CatalogPermission {
  resourceAppId: string
}

const key = (
  resourceAppId: string,
  type: PermissionType,
  value: string
): string => `${resourceAppId.toLowerCase()}|${type}|${value.toLowerCase()}`

/**
 * Read-only index over the bundled permission data. Lookups are keyed by
 * (resource, type, id) and (resource, type, name): one name can exist as both types with
 * different GUIDs, and one GUID (User.Export.All) serves both types.
 */
export class Catalog {
  private readonly resourcesById = new Map<string, CatalogResource>()
  private readonly byId = new Map<string, CatalogEntry>()
  private readonly byName = new Map<string, CatalogEntry>()
  /** Suggestions already computed, by (resource, type, query): typos repeat across files. */
  private readonly suggestionCache = new Map<string, string[]>()
  private readonly candidatesCache = new Map<string, NameCandidate[]>()

  private readonly appNames: Readonly<Record<string, string>>
  private readonly resourceSpecificByName = new Map<string, CatalogEntry>()
  private resourceIdsByName: Map<string, string | null> | undefined

  constructor(data: CatalogData) {
    this.appNames = data.appNames ?? {}
    for (const permission of data.resourceSpecific?.permissions ?? []) {
      this.resourceSpecificByName.set(permission.name.toLowerCase(), {
        ...permission,
        resourceAppId: data.resourceSpecific?.resourceAppId ?? ''
      })
    }
    for (const resource of data.resources) {
      this.resourcesById.set(resource.resourceAppId.toLowerCase(), resource)
      for (const permission of resource.permissions) {
        const entry = { ...permission, resourceAppId: resource.resourceAppId }
        this.byId.set(key(resource.resourceAppId, entry.type, entry.id), entry)
        this.byName.set(
          key(resource.resourceAppId, entry.type, entry.name),
          entry
        )
      }
    }
  }

  /** The resources the catalog covers. */
  resources(): CatalogResource[] {
    return [...this.resourcesById.values()]
  }

  /** The catalog's data for one resource, if it covers it. */
  resource(resourceAppId: string): CatalogResource | undefined {
    return this.resourcesById.get(resourceAppId.toLowerCase())
  }

  /**
   * A display name for any resource appId: the catalog's own, else a Microsoft first-party
   * app's name, else undefined.
   */
  resourceName(resourceAppId: string): string | undefined {
    return (
      this.resource(resourceAppId)?.displayName ??
      this.appNames[resourceAppId.toLowerCase()]
    )
  }

  /**
   * The appId of an API given by display name ("Microsoft Graph", "Office 365 SharePoint
   * Online") or by the compact key Terraform uses ("MicrosoftGraph"): case, spaces and
   * punctuation are ignored. Undefined for an unknown name, or one that several apps share.
   */
  resourceIdByName(name: string): string | undefined {
    if (this.resourceIdsByName === undefined) {
      // Built on first use: most scans name every API by appId.
      const ids = new Map<string, string | null>()
      const add = (appId: string, displayName: string): void => {
        const key = compactName(displayName)
        const known = ids.get(key)
        ids.set(key, known === undefined || known === appId ? appId : null)
      }
      for (const [appId, displayName] of Object.entries(this.appNames))
        add(appId, displayName)
      // The catalog's own names win over a clash in the first-party list.
      for (const resource of this.resourcesById.values())
        ids.set(compactName(resource.displayName), resource.resourceAppId)
      this.resourceIdsByName = ids
    }
    return this.resourceIdsByName.get(compactName(name)) ?? undefined
  }

  /** A Teams resource-specific consent permission by name (any case). */
  findResourceSpecific(name: string): CatalogEntry | undefined {
    return this.resourceSpecificByName.get(name.toLowerCase())
  }

  /** Every Teams resource-specific consent permission. */
  resourceSpecificEntries(): CatalogEntry[] {
    return [...this.resourceSpecificByName.values()]
  }

  /** The permission with this GUID and type, if any. */
  findById(
    resourceAppId: string,
    type: PermissionType,
    id: string
  ): CatalogEntry | undefined {
    return this.byId.get(key(resourceAppId, type, id))
  }

  /** The permission with this name and type (names compare case-insensitively). */
  findByName(
    resourceAppId: string,
    type: PermissionType,
    name: string
  ): CatalogEntry | undefined {
    return this.byName.get(key(resourceAppId, type, name))
  }

  /**
   * The names of this resource and type closest to a misspelt one ("did you mean").
   * @param type Restrict to one type, or look at every name of the resource.
   */
  suggest(
    resourceAppId: string,
    type: PermissionType | undefined,
    query: string
  ): string[] {
    const candidatesKey = `${resourceAppId.toLowerCase()}|${type ?? '*'}`
    const cacheKey = `${candidatesKey}|${query.toLowerCase()}`
    const cached = this.suggestionCache.get(cacheKey)
    if (cached) return cached
    let candidates = this.candidatesCache.get(candidatesKey)
    if (candidates === undefined) {
      const permissions = this.resource(resourceAppId)?.permissions ?? []
      candidates = nameCandidates(
        permissions
          .filter((p) => type === undefined || p.type === type)
          .map((p) => p.name)
      )
      this.candidatesCache.set(candidatesKey, candidates)
    }
    const suggestions = suggestNames(query, candidates)
    this.suggestionCache.set(cacheKey, suggestions)
    return suggestions
  }

  /** Every entry, resource by resource, in catalog order. */
  entries(): CatalogEntry[] {
    return this.resources().flatMap((resource) =>
      resource.permissions.map((permission) => ({
        ...permission,
        resourceAppId: resource.resourceAppId
      }))
    )
  }
}

/** A name reduced to lower-case letters and digits, for forgiving name lookups. */
function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The other permission type: delegated <-> application. */
export function otherType(type: PermissionType): PermissionType {
  return type === 'delegated' ? 'application' : 'delegated'
}
