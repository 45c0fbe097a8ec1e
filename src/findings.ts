import type { ResolvedDeclaration } from './catalog/resolve.js'
import type { SourceLocation } from './model.js'

/** Severities in increasing order of weight; they map one-to-one onto workflow annotations. */
export const SEVERITIES = ['notice', 'warning', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A threshold for failing a run: a severity, or `none` to never fail. */
export type FailOn = Severity | 'none'
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none']

/** One problem found, at exactly one primary location. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  location: SourceLocation
  /**
   * Where the value the finding is about is written, when a reference brings it from
   * elsewhere: a Terraform variable's value in terraform.tfvars, a Bicep variable.
   */
  definedAt?: SourceLocation
  /**
   * The declaration the finding is about, when it is about one: what ties it to the same
   * finding on another commit, whatever line the declaration moved to.
   */
  subject?: ResolvedDeclaration
}

/** Numeric weight of a severity: notice < warning < error. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** True when a finding of this severity makes a run with this threshold fail. */
export function reachesThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) >= severityRank(failOn)
}

/** Orders findings by file, then line and column, then rule id, so every output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}

/** Orders locations by file, line, column. */
export function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  )
}

/** Counts findings per severity. */
export function countBySeverity(
  findings: readonly Finding[]
): Record<Severity, number> {
  const counts: Record<Severity, number> = { notice: 0, warning: 0, error: 0 }
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}
