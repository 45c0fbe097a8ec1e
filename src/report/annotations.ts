import type { AuditReport } from '../audit.js'
import type { Catalog } from '../catalog/catalog.js'
import { formatLocation } from '../model.js'
import { quote } from '../policy/describe.js'
import { viewDeclaration } from './declaration-view.js'
import {
  compareFindings,
  countBySeverity,
  severityRank,
  SEVERITIES,
  type Finding
} from '../findings.js'

/**
 * The runner displays at most 10 annotations of each severity per step; more are dropped
 * without a word, so the reporter chooses which to show and says how many were left out.
 */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10

/** The findings to annotate, most severe first, and how many did not fit. */
export interface AnnotationPlan {
  shown: Finding[]
  omitted: number
}

/**
 * Chooses which findings become annotations. When some are left out, one notice slot is kept
 * free for the message that says so.
 * @param findings The candidates.
 * @param reserved Slots per severity the step uses for messages of its own (run-level
 *   warnings, the final error that fails the check), which must not be crowded out.
 */
export function planAnnotations(
  findings: readonly Finding[],
  reserved: Partial<Record<Finding['severity'], number>> = {}
): AnnotationPlan {
  const sorted = [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      compareFindings(a, b)
  )
  const total = countBySeverity(findings)
  const overflowing = SEVERITIES.some(
    (severity) =>
      total[severity] > MAX_ANNOTATIONS_PER_SEVERITY - (reserved[severity] ?? 0)
  )
  const used = countBySeverity([])
  const shown = sorted.filter((finding) => {
    const limit =
      MAX_ANNOTATIONS_PER_SEVERITY -
      (reserved[finding.severity] ?? 0) -
      (overflowing && finding.severity === 'notice' ? 1 : 0)
    if (used[finding.severity] >= limit) return false
    used[finding.severity] += 1
    return true
  })
  return { shown, omitted: findings.length - shown.length }
}

/**
 * What the action annotates: the findings that decide the result and, when a change was
 * compared, a notice on each permission it adds that no such finding already marks.
 */
export function annotationsFor(
  report: AuditReport,
  catalog: Catalog
): Finding[] {
  const counted: Finding[] = report.findings.filter(
    (finding) => finding.counted
  )
  if (report.base === undefined) return counted
  const marked = new Set(
    counted.map((finding) => formatLocation(finding.location))
  )
  const added = report.declarations.flatMap(
    ({ declaration, change }): Finding[] => {
      if (
        change !== 'added' ||
        marked.has(formatLocation(declaration.location))
      )
        return []
      marked.add(formatLocation(declaration.location))
      const view = viewDeclaration(declaration, catalog)
      const facts = [
        view.tier ?? 'tier unknown',
        view.adminConsentRequired === true
          ? 'admin consent required'
          : undefined
      ].filter((fact) => fact !== undefined)
      return [
        {
          ruleId: 'permission-added',
          severity: 'notice',
          message: `This change adds the ${declaration.type} permission ${quote(view.permission.name ?? declaration.reference)}${view.app.name === null ? '' : ` for ${quote(view.app.name)}`} (${facts.join(', ')}).`,
          location: declaration.location,
          ...(declaration.definedAt && { definedAt: declaration.definedAt })
        }
      ]
    }
  )
  return [...counted, ...added]
}
