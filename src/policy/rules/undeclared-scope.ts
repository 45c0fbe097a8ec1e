import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { resolvedPermission } from '../../catalog/resolve.js'
import { MICROSOFT_GRAPH_APP_ID } from '../../model.js'
import { describeResource, quote } from '../describe.js'
import { hitOn, type Rule, type RuleHit } from '../rule.js'

/** OpenID Connect scopes: every sign-in gets them, and no app registration lists them. */
const OPENID_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email'])

/** What the manifests of a scan declare as delegated permissions of one resource. */
interface DeclaredScopes {
  /** `id:<guid>` and `name:<lower-case name>` of each declared permission. */
  keys: Set<string>
  /** Declared by a GUID the catalog does not know, so no name can be compared. */
  opaque: number
}

/** Collects, per resource, the delegated permissions that `required` declarations name. */
function declaredScopes(
  declarations: readonly ResolvedDeclaration[]
): Map<string, DeclaredScopes> {
  const byResource = new Map<string, DeclaredScopes>()
  for (const declaration of declarations) {
    if (declaration.kind !== 'required' || declaration.type !== 'delegated')
      continue
    const resource = declaration.resourceAppId.toLowerCase()
    let declared = byResource.get(resource)
    if (declared === undefined) {
      declared = { keys: new Set(), opaque: 0 }
      byResource.set(resource, declared)
    }
    const permission = resolvedPermission(declaration)
    if (permission !== undefined) {
      declared.keys.add(`id:${permission.id.toLowerCase()}`)
      declared.keys.add(`name:${permission.name.toLowerCase()}`)
    } else if (declaration.referenceKind === 'name') {
      declared.keys.add(`name:${declaration.reference.toLowerCase()}`)
    } else {
      declared.keys.add(`id:${declaration.reference.toLowerCase()}`)
      declared.opaque++
    }
  }
  return byResource
}

/**
 * A delegated scope that code requests at sign-in and that no app registration in the scan
 * declares for its resource (any app: which registration the code signs in with is
 * configuration, not code). Users are then asked to consent to a permission nobody
 * reviewed, or the request fails where consent is restricted. Misspelt or otherwise
 * invalid scopes are left to unknown-permission and the like; `.default` to default-scope.
 */
export const undeclaredScope: Rule = {
  id: 'undeclared-scope',
  severity: 'warning',
  reach: 'repository',
  summary:
    'Code requests a delegated scope that no app registration in the repository declares.',
  check: ({ declarations, catalog }) => {
    const byResource = declaredScopes(declarations)
    const hits: RuleHit[] = []
    for (const declaration of declarations) {
      const { kind, type, resolution, reference, resourceAppId } = declaration
      if (kind !== 'requested' || type !== 'delegated') continue
      if (
        resolution.status !== 'resolved' &&
        resolution.status !== 'unverifiable'
      )
        continue
      const resource = resourceAppId.toLowerCase()
      const permission = resolvedPermission(declaration)
      const name = (permission?.name ?? reference).toLowerCase()
      if (resource === MICROSOFT_GRAPH_APP_ID && OPENID_SCOPES.has(name))
        continue
      const declared = byResource.get(resource)
      if (
        declared?.keys.has(`name:${name}`) === true ||
        (permission !== undefined &&
          declared?.keys.has(`id:${permission.id.toLowerCase()}`) === true)
      )
        continue
      const api = describeResource(catalog, resourceAppId)
      const scope = quote(permission?.name ?? reference)
      const opaque =
        declared !== undefined && declared.opaque > 0
          ? ` (${declared.opaque === 1 ? 'One of them is' : `${declared.opaque} of them are`} declared by a GUID the bundled catalog does not know, so it could not be compared.)`
          : ''
      hits.push(
        hitOn(
          declaration,
          declared === undefined
            ? `Code requests the delegated scope ${scope}, but no app registration in the scan declares any delegated permission of ${api}. Declare it in the app's required permissions (an app manifest or .github/graph-permissions.yml), so it is reviewed and consented ahead of sign-in.`
            : `Code requests the delegated scope ${scope}, but no app registration in the scan declares it among its delegated permissions of ${api}.${opaque} Declare it, or stop requesting it.`
        )
      )
    }
    return hits
  }
}
