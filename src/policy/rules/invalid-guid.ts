import { quote } from '../describe.js'
import { eachDeclaration, type Rule } from '../rule.js'

/** A permission id or resourceAppId that is not a well-formed GUID. */
export const invalidGuid: Rule = {
  id: 'invalid-guid',
  severity: 'error',
  summary: 'A permission id or resource appId is not a valid GUID.',
  check: eachDeclaration(({ resolution, reference, resourceAppId }) => {
    if (resolution.status !== 'invalid-guid') return undefined
    return resolution.field === 'resource'
      ? `The resource appId ${quote(resourceAppId)} is neither a valid GUID (8-4-4-4-12 hexadecimal digits) nor the name of an API the catalog knows.`
      : `The permission id ${quote(reference)} is not a valid GUID (expected 8-4-4-4-12 hexadecimal digits).`
  })
}
