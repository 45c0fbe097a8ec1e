import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import type { Finding } from '../findings.js'
import {
  defaultPolicyOptions,
  type PolicyOptions,
  type Rule,
  type RuleHit
} from './rule.js'
import { RULES } from './rules/index.js'

/** Turns a rule's hits into findings carrying the rule's id and severity. */
export function toFindings(rule: Rule, hits: readonly RuleHit[]): Finding[] {
  return hits.map(({ message, location, definedAt, severity, subject }) => ({
    ruleId: rule.id,
    severity: severity ?? rule.severity,
    message,
    location,
    ...(definedAt && { definedAt }),
    ...(subject && { subject })
  }))
}

/**
 * Runs every rule over the resolved declarations.
 * @param only Which rules to run (all by default).
 * @returns Findings in rule order; the caller sorts them once with everything else.
 */
export function evaluatePolicy(
  declarations: readonly ResolvedDeclaration[],
  catalog: Catalog,
  options: PolicyOptions = defaultPolicyOptions(),
  only: (rule: Rule) => boolean = () => true
): Finding[] {
  const context = { declarations, catalog, options }
  return RULES.filter(only).flatMap((rule) =>
    rule.check ? toFindings(rule, rule.check(context)) : []
  )
}
