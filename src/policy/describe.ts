import type { Catalog } from '../catalog/catalog.js'
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

/** The resource's display name when the catalog knows it, else its appId. */
export function describeResource(
  catalog: Catalog,
  resourceAppId: string
): string {
  return catalog.resource(resourceAppId)?.displayName ?? resourceAppId
}

/** Wraps text from a repository in backticks for messages, never letting it break out. */
export function quote(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}
