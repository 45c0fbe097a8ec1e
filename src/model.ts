/**
 * The shapes every stage shares: readers produce declarations, the catalog resolves them,
 * rules turn them into findings.
 */

/** Delegated permissions are OAuth2 scopes ("Scope"); application permissions are app roles ("Role"). */
export type PermissionType = 'delegated' | 'application'

/** Where something sits in the repository: a repo-relative path, 1-based line and column. */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

/** A location as editors and terminals link it, `file:line:column`; also a key for it. */
export function formatLocation({ file, line, column }: SourceLocation): string {
  return `${file}:${line}:${column}`
}

/** The app a declaration belongs to, as far as its file names it. */
export interface AppReference {
  /** Display name or the file's own label for the app. */
  name?: string
  /** The app registration's client id, when the file gives one. */
  appId?: string
}

/**
 * A permission exactly as a file references it, before the catalog is consulted.
 * The reference is either a name (`User.Read`) or a GUID; whatever the file wrote is kept
 * in `reference` so messages can quote it.
 */
export interface Declaration {
  app: AppReference
  /**
   * The API that owns the permission, as the file gives it: an appId (Microsoft Graph is
   * 00000003-0000-0000-c000-000000000000) or a display name such as "Microsoft Graph",
   * which the scan maps to the appId.
   */
  resourceAppId: string
  reference: string
  /** How the file writes the reference: a GUID for `id`, a permission value for `name`. */
  referenceKind: 'id' | 'name'
  type: PermissionType
  /**
   * What the file does with the permission: `required` asks for it (an app registration's
   * required permissions), `granted` consents to it (an app role assignment or a delegated
   * permission grant), `requested` asks for it at sign-in (scopes in code).
   */
  kind: DeclarationKind
  /** A Teams resource-specific consent permission, granted per team, chat or meeting. */
  resourceSpecific?: boolean
  /** The reader (file format) that found it, e.g. `yaml-manifest`. */
  format: string
  /** Where the token sits: the permission itself, or the reference that names it. */
  location: SourceLocation
  /** For a permission named through a reference (a variable, a local), where its value is defined. */
  definedAt?: SourceLocation
}

/** What a file does with a permission; see Declaration.kind. */
export type DeclarationKind = 'required' | 'granted' | 'requested'

/** The well-known appId of Microsoft Graph. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'

const GUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for a canonical 8-4-4-4-12 hexadecimal GUID. */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value)
}

/**
 * True for text that was evidently meant as a GUID but is not a valid one: only hex digits
 * and dashes, or the 8-4-4-4-12 shape with a stray character. Permission names always have
 * a dot, and API names are words, so neither is taken for one.
 */
export function looksLikeBrokenGuid(value: string): boolean {
  if (isGuid(value)) return false
  const hexAndDashes = /^[0-9a-f-]{8,}$/i.test(value) && value.includes('-')
  const guidShaped = /^[0-9a-z]{6,10}(-[0-9a-z]{2,14}){3,5}$/i.test(value)
  return hexAndDashes || guidShaped
}

/**
 * The permission types by how Entra ID writes them in `resourceAccess[].type` (and
 * Terraform and Bicep after it): a delegated permission is a "Scope", an application
 * permission a "Role".
 */
export const RESOURCE_ACCESS_TYPES: ReadonlyMap<string, PermissionType> =
  new Map([
    ['Scope', 'delegated'],
    ['Role', 'application']
  ])
