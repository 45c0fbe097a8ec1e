import type { Rule, RuleHit } from '../rule.js'
import { quote } from '../describe.js'

/**
 * Permissions of an API the bundled catalog does not cover. They are reported once per file,
 * app and resource, so a large block of them does not drown the other findings.
 */
export const unverifiableResource: Rule = {
  id: 'unverifiable-resource',
  severity: 'notice',
  summary:
    'The resource is not in the bundled catalog, so its permissions cannot be verified offline.',
  check: ({ declarations }) => {
    const groups = new Map<
      string,
      { hit: RuleHit; count: number; resource: string }
    >()
    for (const declaration of declarations) {
      if (declaration.resolution.status !== 'unverifiable') continue
      const { location, app, resourceAppId } = declaration
      const key = [
        location.file,
        app.appId,
        app.name,
        resourceAppId.toLowerCase()
      ].join('|')
      const group = groups.get(key)
      if (group) group.count += 1
      else
        groups.set(key, {
          hit: { message: '', location },
          count: 1,
          resource: resourceAppId
        })
    }
    return [...groups.values()].map(({ hit, count, resource }) => ({
      ...hit,
      message: `Cannot verify offline: the resource ${quote(resource)} is not in the bundled catalog, so ${count === 1 ? 'its permission' : `its ${count} permissions`} here ${count === 1 ? 'is' : 'are'} not checked.`
    }))
  }
}
