import {
  describeResource,
  describeType,
  describeTypeWithArticle,
  quote
} from '../describe.js'
import { appMatches } from '../policy-match.js'
import { hitOn, type Rule } from '../rule.js'

/** A name or GUID that the catalog does not know for its resource and type. */
export const unknownPermission: Rule = {
  id: 'unknown-permission',
  severity: 'error',
  summary:
    'The permission does not exist for its resource and type (a warning when the policy sets unknown-permissions: warning).',
  check: ({ declarations, catalog, options: { policy } }) =>
    declarations.flatMap((declaration) => {
      const { resolution, type, reference, referenceKind, resourceAppId } =
        declaration
      if (resolution.status !== 'unknown') return []
      const resource = describeResource(catalog, resourceAppId)
      const what = declaration.resourceSpecific
        ? `${quote(reference)} is not a Teams resource-specific consent permission.`
        : referenceKind === 'id'
          ? `No ${describeType(type)} permission of ${resource} has the id ${quote(reference)}.`
          : `${quote(reference)} is not ${describeTypeWithArticle(type)} permission of ${resource}.`
      const hint =
        resolution.suggestions.length > 0
          ? ` Did you mean ${resolution.suggestions.map(quote).join(', ')}?`
          : ''
      const severity =
        policy.apps.find((entry) => appMatches(entry.app, declaration.app))
          ?.unknownPermissions ??
        policy.unknownPermissions ??
        'error'
      return [hitOn(declaration, what + hint, severity)]
    })
}
