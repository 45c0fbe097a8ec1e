import type { Catalog } from '../catalog/catalog.js'
import { escapeControlCharacters } from '../control-characters.js'
import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../model.js'

/** How Entra ID manifests spell each type, for messages that must match what users see. */
export const MANIFEST_TYPE: Record<PermissionType, string> = {
  delegated: 'Scope',
  application: 'Role'
}

/** "delegated (Scope)" / "application (Role)". */
export function describeType(type: PermissionType): string {
  return `${type} (${MANIFEST_TYPE[type]})`
}

/** "a delegated (Scope)" / "an application (Role)". */
export function describeTypeWithArticle(type: PermissionType): string {
  return `${type === 'application' ? 'an' : 'a'} ${describeType(type)}`
}

/**
 * The resource by name and appId (`Office 365 Exchange Online (00000002-...)`), or by appId
 * alone when neither the catalog nor the first-party app list names it. Microsoft Graph,
 * which nearly every message is about, goes by its name alone.
 */
export function describeResource(
  catalog: Catalog,
  resourceAppId: string
): string {
  const name = catalog.resourceName(resourceAppId)
  if (name === undefined) return quote(resourceAppId)
  return resourceAppId.toLowerCase() === MICROSOFT_GRAPH_APP_ID
    ? name
    : `${name} (${quote(resourceAppId)})`
}

/**
 * Wraps text from a repository in backticks for messages, never letting it break out: a
 * backtick becomes a quote and control characters (newlines included) become \uXXXX.
 */
export function quote(text: string): string {
  return `\`${escapeControlCharacters(text.replace(/`/g, "'"))}\``
}
