import { otherType } from '../../catalog/catalog.js'
import {
  describeType,
  describeTypeWithArticle,
  MANIFEST_TYPE,
  quote
} from '../describe.js'
import { hitOn, type Rule } from '../rule.js'

/**
 * A permission declared as the wrong type: an app-role GUID given as "Scope", or a
 * delegated-only name listed as application. Entra ID rejects or ignores such entries.
 */
export const permissionTypeMismatch: Rule = {
  id: 'permission-type-mismatch',
  severity: 'error',
  summary:
    'The permission exists, but only as the other type (delegated vs application).',
  check: ({ declarations, catalog }) =>
    declarations.flatMap((declaration) => {
      const { resolution, type, resourceAppId, referenceKind } = declaration
      if (resolution.status !== 'wrong-type') return []
      const actual = resolution.permission
      let message =
        referenceKind === 'id'
          ? `${quote(actual.id)} is the ${describeType(actual.type)} permission ${quote(actual.name)}, but it is declared as ${describeType(type)}.`
          : `${quote(actual.name)} exists only as ${describeTypeWithArticle(actual.type)} permission, but it is declared as ${describeType(type)}.`
      const sameNameOfDeclaredType =
        referenceKind === 'id'
          ? catalog.findByName(resourceAppId, type, actual.name)
          : undefined
      message += sameNameOfDeclaredType
        ? ` Use type ${quote(MANIFEST_TYPE[actual.type])}, or the ${type} permission's id ${quote(sameNameOfDeclaredType.id)}.`
        : ` Declare it as ${otherType(type)} (${quote(MANIFEST_TYPE[actual.type])}).`
      return [hitOn(declaration, message)]
    })
}
