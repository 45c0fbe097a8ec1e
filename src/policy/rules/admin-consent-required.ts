import { resolvedPermission } from '../../catalog/resolve.js'
import { quote } from '../describe.js'
import { eachDeclaration, type Rule } from '../rule.js'

/** A permission only an administrator can consent to, tenant-wide. */
export const adminConsentRequired: Rule = {
  id: 'admin-consent-required',
  severity: 'notice',
  summary:
    'The permission needs tenant-wide admin consent before the app can use it.',
  check: eachDeclaration((declaration) => {
    const permission = resolvedPermission(declaration)
    // Consent is given to what an app registration asks for, not to what code requests;
    // resource-specific consent is given per team, chat or meeting, by its owner.
    if (
      permission === undefined ||
      !permission.adminConsentRequired ||
      declaration.kind === 'requested' ||
      declaration.resourceSpecific === true
    )
      return undefined
    return `The ${permission.type} permission ${quote(permission.name)} needs an administrator to grant consent for the whole tenant.`
  })
}
