import { resolvedPermission } from '../../catalog/resolve.js'
import { quote } from '../describe.js'
import { eachDeclaration, type Rule } from '../rule.js'

/** A permission that exists but is disabled on the resource: it can no longer be granted. */
export const disabledPermission: Rule = {
  id: 'disabled-permission',
  severity: 'warning',
  summary: 'The permission is disabled on its resource and cannot be granted.',
  check: eachDeclaration((declaration) => {
    const permission = resolvedPermission(declaration)
    if (permission === undefined || permission.enabled) return undefined
    return `The ${permission.type} permission ${quote(permission.name)} is disabled on its resource; consent to it cannot be granted. Remove it or replace it with a current permission.`
  })
}
