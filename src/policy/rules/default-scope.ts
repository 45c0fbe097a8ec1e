import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { resolvedPermission } from '../../catalog/resolve.js'
import { describeResource, quote } from '../describe.js'
import { hitOn, type Rule } from '../rule.js'

/** How many declared permissions a message names before saying how many more there are. */
const MAX_NAMED_PERMISSIONS = 8

/**
 * The permissions of one resource and type that the manifests of a scan declare (required
 * or granted), by name where the catalog knows it, in the order first seen.
 */
function declaredNames(
  declarations: readonly ResolvedDeclaration[],
  target: ResolvedDeclaration
): string[] {
  const names = new Map<string, string>()
  for (const declaration of declarations) {
    // A token never carries resource-specific consent: that is granted per team or chat.
    if (
      declaration.kind === 'requested' ||
      declaration.resourceSpecific === true ||
      declaration.type !== target.type ||
      declaration.resourceAppId.toLowerCase() !==
        target.resourceAppId.toLowerCase()
    )
      continue
    const name = resolvedPermission(declaration)?.name ?? declaration.reference
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name)
  }
  return [...names.values()]
}

/**
 * `.default` requested in code. It names no permission: the token carries every permission
 * configured on the app registration for the resource, and in client-credential code every
 * application permission an administrator has granted the app. What the code can do is then
 * decided outside the code; the notice names what the repository's manifests declare for
 * that resource, so a reviewer can compare.
 */
export const defaultScope: Rule = {
  id: 'default-scope',
  severity: 'notice',
  reach: 'repository',
  summary:
    'Code requests `.default`: every permission the app registration has for the resource, whatever the code needs.',
  check: ({ declarations, catalog }) =>
    declarations.flatMap((declaration) => {
      if (declaration.resolution.status !== 'default-scope') return []
      const api = describeResource(catalog, declaration.resourceAppId)
      const application = declaration.type === 'application'
      const what = application
        ? `In this client-credentials request, \`.default\` asks for every application permission of ${api} that an administrator has granted the app, now or later.`
        : `\`.default\` asks for every delegated permission of ${api} configured on the app registration, consented all at once.`
      const names = declaredNames(declarations, declaration)
      const shown = names.slice(0, MAX_NAMED_PERMISSIONS).map(quote).join(', ')
      const more =
        names.length > MAX_NAMED_PERMISSIONS
          ? ` and ${names.length - MAX_NAMED_PERMISSIONS} more`
          : ''
      const declared =
        names.length > 0
          ? ` The manifests in the scan declare these ${declaration.type} permissions of it: ${shown}${more}.`
          : ` No manifest in the scan declares ${declaration.type} permissions of it, so what the token carries cannot be reviewed here.`
      return [hitOn(declaration, what + declared)]
    })
}
