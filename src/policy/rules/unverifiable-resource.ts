import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { compareLocations } from '../../findings.js'
import { describeResource } from '../describe.js'
import type { Rule, RuleHit } from '../rule.js'

/**
 * Permissions the bundled catalog cannot check: of an API it does not cover, or missing from
 * the partial list it has for an API. They are reported once per file, app and resource, so
 * a large block of them does not drown the other findings.
 */
export const unverifiableResource: Rule = {
  id: 'unverifiable-resource',
  severity: 'notice',
  summary:
    'The bundled catalog does not cover the resource, or not this permission of it, so it cannot be verified offline.',
  check: ({ declarations, catalog }) => {
    const groups = new Map<string, ResolvedDeclaration[]>()
    for (const declaration of declarations) {
      if (declaration.resolution.status !== 'unverifiable') continue
      const { location, app, resourceAppId } = declaration
      const key = [
        location.file,
        declaration.resourceSpecific === true,
        app.appId,
        app.name,
        resourceAppId.toLowerCase()
      ].join('|')
      groups.set(key, [...(groups.get(key) ?? []), declaration])
    }
    return [...groups.values()].map((group): RuleHit => {
      // Readers may emit a file's entries out of order (delegated before application).
      const first = [...group].sort((a, b) =>
        compareLocations(a.location, b.location)
      )[0] as ResolvedDeclaration
      const resource = describeResource(catalog, first.resourceAppId)
      const count = group.length
      const these =
        count === 1
          ? 'its permission here is'
          : `its ${count} permissions here are`
      const partial =
        first.resolution.status === 'unverifiable' &&
        first.resolution.coverage === 'partial'
      const notAmongThem = `${count === 1 ? 'this one is' : `these ${count} are`} not among them`
      return {
        location: first.location,
        message: first.resourceSpecific
          ? `Cannot verify offline: the bundled catalog lists the Teams resource-specific consent permissions that Microsoft Graph documents, and ${notAmongThem}. Check the name against Microsoft's list of resource-specific permissions.`
          : partial
            ? `Cannot verify offline: the bundled catalog lists only some permissions of ${resource}, and ${notAmongThem}.`
            : `Cannot verify offline: ${resource} is not in the bundled catalog, so ${these} not checked.`
      }
    })
  }
}
