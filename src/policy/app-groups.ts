import type { CatalogEntry } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'

/** A declaration that resolved, with its catalog entry. */
export interface Declared {
  declaration: ResolvedDeclaration
  permission: CatalogEntry
}

/**
 * The declarations of one file that ask for (or grant) one app permissions of one resource
 * and type:
 * the unit within which a permission can duplicate or cover another.
 */
export interface AppGroup {
  /** Every declaration of the group, in the order the file gives them. */
  declarations: ResolvedDeclaration[]
  /** The declarations that resolved, in the same order. */
  resolved: Declared[]
  /** The first resolved declaration of each permission name. */
  byName: Map<string, Declared>
}

// Asking for a permission and granting it are different acts, so they never group together.
function groupKey(declaration: ResolvedDeclaration): string {
  const { location, app, resourceAppId, type, kind } = declaration
  return `${location.file}|${app.appId ?? ''}|${app.name ?? ''}|${resourceAppId.toLowerCase()}|${type}|${kind}`
}

// Several rules group the same declarations; grouping once per scan keeps that linear.
const cache = new WeakMap<readonly ResolvedDeclaration[], AppGroup[]>()

/** Groups a scan's declarations by file, app, resource and type (computed once per scan). */
export function appGroups(
  declarations: readonly ResolvedDeclaration[]
): AppGroup[] {
  const cached = cache.get(declarations)
  if (cached) return cached
  const groups = new Map<string, AppGroup>()
  for (const declaration of declarations) {
    const key = groupKey(declaration)
    let group = groups.get(key)
    if (group === undefined) {
      group = { declarations: [], resolved: [], byName: new Map() }
      groups.set(key, group)
    }
    group.declarations.push(declaration)
    if (declaration.resolution.status !== 'resolved') continue
    const declared = {
      declaration,
      permission: declaration.resolution.permission
    }
    group.resolved.push(declared)
    if (!group.byName.has(declared.permission.name))
      group.byName.set(declared.permission.name, declared)
  }
  const result = [...groups.values()]
  cache.set(declarations, result)
  return result
}
