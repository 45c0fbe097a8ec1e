import type { AuditReport, DeclarationVerdict } from '../audit.js'
import type { Catalog } from '../catalog/catalog.js'
import { catalogDate } from '../catalog/staleness.js'
import { countBySeverity } from '../findings.js'
import { approvalOf } from './app-changes.js'
import { viewDeclaration } from './declaration-view.js'

/** Version of the JSON report's shape; fields may be added, never changed or removed. */
export const JSON_REPORT_VERSION = 1

/** What every report says besides the scan: the tool, its catalog, run-level warnings. */
export interface ReportContext {
  toolVersion: string
  catalog: Catalog
  /** Warnings about the run itself (a stale catalog), not tied to a file. */
  warnings: readonly string[]
}

/** The policy's verdict: its state, and the approval or review behind it. */
function approvalJson(verdict: DeclarationVerdict): object | null {
  const { state } = approvalOf(verdict)
  if (state === null) return null
  const approval = verdict.status?.approval
  const review = verdict.status?.review
  const expired = verdict.status?.expired
  const source = approval ?? expired
  return {
    state,
    approvedBy: review?.approvedBy ?? source?.approvedBy ?? null,
    expires: source?.expires ?? null,
    reference: source?.reference ?? null,
    justification: source?.justification ?? null,
    reviewedCommit: review?.commit ?? null
  }
}

/**
 * Renders an audit as the stable JSON contract: `version`, `declarations` and `findings`,
 * plus tool, catalog, result, base and count metadata. Removed declarations are listed
 * apart, as they are not in the head's files.
 */
export function renderJson(
  report: AuditReport,
  context: ReportContext
): string {
  const { catalog } = context
  const view = (verdict: AuditReport['declarations'][number]): object => ({
    ...viewDeclaration(verdict.declaration, catalog),
    // Nothing was compared without a base: no declaration is added or unchanged.
    change: report.base === undefined ? null : verdict.change,
    approval: approvalJson(verdict)
  })
  const output = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'graph-consent-audit', version: context.toolVersion },
    catalog: { asOf: catalogDate(catalog) },
    warnings: [...context.warnings, ...report.warnings],
    result: report.result,
    scope: report.scope,
    base: report.base ?? null,
    summary: {
      filesScanned: report.filesScanned,
      declarations: report.head.declarations.length,
      findings: countBySeverity(report.findings),
      counted: {
        error: report.counts.error,
        warning: report.counts.warning,
        notice: report.counts.notice
      },
      added: report.counts.added,
      removed: report.counts.removed,
      unapproved: report.counts.unapproved
    },
    declarations: report.declarations
      .filter((verdict) => verdict.change !== 'removed')
      .map(view),
    removed: report.declarations
      .filter((verdict) => verdict.change === 'removed')
      .map(view),
    findings: report.findings.map(
      ({
        ruleId,
        severity,
        message,
        location,
        definedAt,
        change,
        counted
      }) => ({
        ruleId,
        severity,
        message,
        file: location.file,
        line: location.line,
        column: location.column,
        definedAt: definedAt ?? null,
        change: report.base === undefined ? null : change,
        counted
      })
    )
  }
  return `${JSON.stringify(output, null, 2)}\n`
}
