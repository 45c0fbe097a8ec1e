import type { Rule } from '../rule.js'

/**
 * A permission the reader saw but could not pin down statically: a Terraform expression
 * that depends on a module output or a computed value, a Bicep parameter without a
 * default. The scan cannot check it, and says so once, at the place it could not follow.
 */
export const unresolvedReference: Rule = {
  id: 'unresolved-reference',
  severity: 'notice',
  summary:
    'A permission is given by an expression the scan cannot resolve statically, so it is not checked.'
}
