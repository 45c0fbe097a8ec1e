import type { AuditReport } from '../../src/audit.js'
import { countBySeverity, type Finding } from '../../src/findings.js'

/**
 * An audit report of these findings with nothing compared, as a scan without a base
 * produces it: every finding added and counted.
 */
export function reportOf(
  findings: Finding[],
  overrides: Partial<AuditReport> = {}
): AuditReport {
  const counts = countBySeverity(findings)
  return {
    declarations: [],
    findings: findings.map((finding) => ({
      ...finding,
      change: 'added',
      counted: true
    })),
    filesScanned: 1,
    scope: 'added',
    warnOnly: false,
    failOn: 'error',
    result: counts.error > 0 ? 'fail' : 'pass',
    counts: { added: 0, removed: 0, unapproved: 0, ...counts },
    warnings: [],
    head: { declarations: [], findings, filesScanned: 1, readings: [] },
    ...overrides
  }
}
