import type { Catalog } from '../catalog/catalog.js'
import { CONTROL_CHARACTERS } from '../control-characters.js'
import type { PermissionType } from '../model.js'

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

/** The resource's display name when the catalog knows it, else its appId. */
export function describeResource(
  catalog: Catalog,
  resourceAppId: string
): string {
  return catalog.resource(resourceAppId)?.displayName ?? resourceAppId
}

/**
 * Wraps text from a repository in backticks for messages, never letting it break out: a
 * backtick becomes a quote and control characters (newlines included) become \uXXXX.
 */
export function quote(text: string): string {
  const safe = text
    .replace(/`/g, "'")
    .replace(
      CONTROL_CHARACTERS,
      (character) =>
        `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
  return `\`${safe}\``
}
