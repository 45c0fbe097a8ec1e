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
 */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const sorted = [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      compareFindings(a, b)
  )
  const total = countBySeverity(findings)
  const overflowing = SEVERITIES.some(
    (severity) => total[severity] > MAX_ANNOTATIONS_PER_SEVERITY
  )
  const used = countBySeverity([])
  const shown = sorted.filter((finding) => {
    const limit =
      overflowing && finding.severity === 'notice'
        ? MAX_ANNOTATIONS_PER_SEVERITY - 1
        : MAX_ANNOTATIONS_PER_SEVERITY
    if (used[finding.severity] >= limit) return false
    used[finding.severity] += 1
    return true
  })
  return { shown, omitted: findings.length - shown.length }
}
