/**
 * Turns Microsoft Graph's permissions reference (permissions.json: which permission allows
 * which API operation) into the operations catalog. Only facts are kept: permission names,
 * HTTP methods, paths, least-privilege marks and the names a permission also requires.
 * Display names and descriptions are never read out.
 */
import { join } from 'node:path'
import { CatalogSourceError } from '../src/catalog/catalog.js'
import {
  HTTP_METHODS,
  type GraphOperation,
  type HttpMethod,
  type OperationGrant,
  type OperationsCatalog
} from '../src/catalog/operations.js'
import type { PermissionType } from '../src/model.js'
import { readJson, snapshotDate, today } from './catalog-sources.js'

/** Where permissions.json sits in the data folder, as PROVENANCE.md names it. */
const PERMISSIONS_FILE = 'api-permissions/permissions.json'

/**
 * The source's schemes that map to a permission type. DelegatedPersonal (Microsoft
 * personal accounts) has no counterpart in an app registration's work-account consent.
 */
const SCHEME_TYPES: Readonly<Record<string, PermissionType>> = {
  DelegatedWork: 'delegated',
  Application: 'application'
}

type JsonObject = Record<string, unknown>

/** What one permission says about one operation, merged over its path sets. */
interface GrantDraft {
  allows: Set<PermissionType>
  leastPrivileged: Set<PermissionType>
  alsoRequires: Map<PermissionType, Set<string>>
}

interface OperationDraft {
  method: HttpMethod
  lowerPath: string
  grants: Map<string, GrantDraft>
}

const compareText = (a: string, b: string): number =>
  a < b ? -1 : a > b ? 1 : 0

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/**
 * Builds the operations catalog from the permissions reference in a data folder.
 * @param dataDir Folder holding `api-permissions/`; its PROVENANCE.md (here or one level
 *   up) dates it.
 */
export function graphOperationsFromDump(dataDir: string): OperationsCatalog {
  return {
    source: {
      description: 'Microsoft Graph permissions reference (permissions.json)',
      asOf: snapshotDate(dataDir, [PERMISSIONS_FILE]) ?? today()
    },
    operations: operationsFromPermissions(
      readJson(join(dataDir, PERMISSIONS_FILE))
    )
  }
}

/**
 * The operations a permissions reference document describes, each with the permissions
 * that allow it. Teams resource-specific consent permissions are left out: they are
 * granted per team or chat, not through an app registration. Paths that differ only in
 * case or a trailing slash are one operation, spelt the way that sorts first (camelCase
 * over lower case).
 * @returns Operations sorted by path, then method; grants sorted by permission name.
 */
export function operationsFromPermissions(document: unknown): GraphOperation[] {
  const permissions = isObject(document) ? document.permissions : undefined
  if (!isObject(permissions))
    throw new CatalogSourceError('permissions.json: no "permissions" object')
  const drafts = new Map<string, OperationDraft>()
  const spellings = new Map<string, string>()
  for (const [name, permission] of Object.entries(permissions)) {
    if (!isObject(permission))
      throw new CatalogSourceError(`permissions.${name} is not an object`)
    if (permission.authorizationType === 'RSC') continue
    const pathSets = permission.pathSets ?? []
    if (!Array.isArray(pathSets))
      throw new CatalogSourceError(`permissions.${name}.pathSets is not a list`)
    for (const [index, pathSet] of pathSets.entries()) {
      const where = `permissions.${name}.pathSets[${index}]`
      const { schemeKeys, methods, paths } = isObject(pathSet)
        ? pathSet
        : ({} as JsonObject)
      if (
        !isStringArray(schemeKeys) ||
        !isStringArray(methods) ||
        !isObject(paths)
      )
        throw new CatalogSourceError(
          `${where} lacks schemeKeys, methods or paths`
        )
      const types = schemeKeys.flatMap((scheme) => SCHEME_TYPES[scheme] ?? [])
      if (types.length === 0) continue
      for (const method of methods)
        if (!(HTTP_METHODS as readonly string[]).includes(method))
          throw new CatalogSourceError(`${where}: unknown method ${method}`)
      for (const [rawPath, metadata] of Object.entries(paths)) {
        if (!rawPath.startsWith('/') || typeof metadata !== 'string')
          throw new CatalogSourceError(`${where}: bad path entry ${rawPath}`)
        const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
        const lowerPath = path.toLowerCase()
        const spelling = spellings.get(lowerPath)
        if (spelling === undefined || path < spelling)
          spellings.set(lowerPath, path)
        const facts = parsePathMetadata(metadata, where)
        for (const method of methods as HttpMethod[]) {
          const key = `${method} ${lowerPath}`
          const draft = drafts.get(key) ?? {
            method,
            lowerPath,
            grants: new Map<string, GrantDraft>()
          }
          drafts.set(key, draft)
          const grant = draft.grants.get(name) ?? {
            allows: new Set<PermissionType>(),
            leastPrivileged: new Set<PermissionType>(),
            alsoRequires: new Map<PermissionType, Set<string>>()
          }
          draft.grants.set(name, grant)
          for (const type of types) {
            grant.allows.add(type)
            if (facts.leastSchemes.some((s) => SCHEME_TYPES[s] === type))
              grant.leastPrivileged.add(type)
            // Path sets of one permission may name different partners for one path:
            // each is an alternative, so they add up.
            if (facts.alsoRequires.length > 0) {
              const partners = grant.alsoRequires.get(type) ?? new Set()
              for (const partner of facts.alsoRequires) partners.add(partner)
              grant.alsoRequires.set(type, partners)
            }
          }
        }
      }
    }
  }
  return [...drafts.values()]
    .map((draft) => toOperation(draft, spellings.get(draft.lowerPath) ?? ''))
    .sort(
      (a, b) =>
        compareText(a.path.toLowerCase(), b.path.toLowerCase()) ||
        HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method)
    )
}

/**
 * Reads a path's metadata string: "", "least=<schemes>", "AlsoRequires=<names>", or
 * both joined by ";". Anything else is a format change worth stopping for.
 */
function parsePathMetadata(
  metadata: string,
  where: string
): { leastSchemes: string[]; alsoRequires: string[] } {
  const facts = { leastSchemes: [] as string[], alsoRequires: [] as string[] }
  for (const part of metadata.split(';').filter((p) => p !== '')) {
    const [key, value = ''] = part.split('=', 2)
    const list = value.split(',').filter((item) => item !== '')
    if (key === 'least') facts.leastSchemes = list
    else if (key === 'AlsoRequires') facts.alsoRequires = list
    else
      throw new CatalogSourceError(`${where}: unknown path metadata "${part}"`)
  }
  return facts
}

function toOperation(draft: OperationDraft, path: string): GraphOperation {
  const grants = [...draft.grants]
    .sort(([a], [b]) => compareText(a, b))
    .map(([permission, facts]): OperationGrant => {
      const grant: OperationGrant = {
        permission,
        allows: [...facts.allows],
        leastPrivileged: [...facts.leastPrivileged]
      }
      if (facts.alsoRequires.size > 0)
        grant.alsoRequires = Object.fromEntries(
          [...facts.alsoRequires].map(([type, names]) => [
            type,
            [...names].sort(compareText)
          ])
        )
      return grant
    })
  return { method: draft.method, path, grants }
}
