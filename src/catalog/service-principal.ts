import type { PermissionType } from '../model.js'
import { CatalogSourceError, type PermissionFacts } from './catalog.js'

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a property under its Graph (camelCase) or PowerShell (PascalCase) name, so the same
 * code accepts `GET /servicePrincipals` JSON and a `Get-MgServicePrincipal | ConvertTo-Json` dump.
 */
function property(object: JsonObject, camelCaseName: string): unknown {
  if (camelCaseName in object) return object[camelCaseName]
  const pascalCaseName =
    camelCaseName[0]?.toUpperCase() + camelCaseName.slice(1)
  return object[pascalCaseName]
}

function requireString(
  object: JsonObject,
  name: string,
  where: string
): string {
  const value = property(object, name)
  if (typeof value !== 'string' || value === '')
    throw new CatalogSourceError(
      `${where}: "${name}" must be a non-empty string`
    )
  return value
}

function requireBoolean(
  object: JsonObject,
  name: string,
  where: string
): boolean {
  const value = property(object, name)
  if (typeof value !== 'boolean')
    throw new CatalogSourceError(`${where}: "${name}" must be true or false`)
  return value
}

function requireArray(object: JsonObject, name: string): unknown[] {
  const value = property(object, name)
  if (!Array.isArray(value))
    throw new CatalogSourceError(`the service principal has no "${name}" array`)
  return value
}

/** An OAuth2 permission scope becomes a delegated permission; "Admin" scopes need admin consent. */
function fromScope(scope: unknown, index: number): PermissionFacts {
  const where = `oauth2PermissionScopes[${index}]`
  if (!isObject(scope))
    throw new CatalogSourceError(`${where} is not an object`)
  const consentType = requireString(scope, 'type', where)
  if (consentType !== 'Admin' && consentType !== 'User')
    throw new CatalogSourceError(`${where}: "type" must be "Admin" or "User"`)
  return permission(scope, where, 'delegated', consentType === 'Admin')
}

/** An app role becomes an application permission; application permissions always need admin consent. */
function fromAppRole(
  role: unknown,
  index: number
): PermissionFacts | undefined {
  const where = `appRoles[${index}]`
  if (!isObject(role)) throw new CatalogSourceError(`${where} is not an object`)
  const memberTypes = property(role, 'allowedMemberTypes')
  // Roles assignable only to users and groups are not application permissions.
  if (Array.isArray(memberTypes) && !memberTypes.includes('Application'))
    return undefined
  return permission(role, where, 'application', true)
}

function permission(
  object: JsonObject,
  where: string,
  type: PermissionType,
  adminConsentRequired: boolean
): PermissionFacts {
  return {
    name: requireString(object, 'value', where),
    id: requireString(object, 'id', where).toLowerCase(),
    type,
    adminConsentRequired,
    enabled: requireBoolean(object, 'isEnabled', where)
  }
}

/**
 * Extracts the permission facts (never the descriptions) from a service principal's
 * `oauth2PermissionScopes` and `appRoles`, in either Graph JSON or PowerShell JSON casing.
 * A Graph collection response (`{"value": [servicePrincipal]}`) is accepted too.
 * @returns Permissions sorted by type, then name, so generated files diff cleanly.
 */
export function permissionsFromServicePrincipal(
  data: unknown
): PermissionFacts[] {
  let servicePrincipal = data
  if (isObject(data) && Array.isArray(data.value))
    servicePrincipal = data.value[0]
  if (!isObject(servicePrincipal))
    throw new CatalogSourceError('expected a service principal object')
  const scopes = requireArray(servicePrincipal, 'oauth2PermissionScopes').map(
    fromScope
  )
  const roles = requireArray(servicePrincipal, 'appRoles')
    .map(fromAppRole)
    .filter((role): role is PermissionFacts => role !== undefined)
  return [...scopes, ...roles].sort(comparePermissions)
}

function comparePermissions(a: PermissionFacts, b: PermissionFacts): number {
  return (
    a.type.localeCompare(b.type) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  )
}
