import type { Catalog } from '../catalog/catalog.js'
import { catalogDate } from '../catalog/staleness.js'
import type { ScanResult } from '../engine.js'
import { countBySeverity } from '../findings.js'
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

/**
 * Renders a scan as the stable JSON contract: `version`, `declarations` and `findings`, plus
 * tool, catalog and count metadata.
 */
export function renderJson(result: ScanResult, context: ReportContext): string {
  const { catalog } = context
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'graph-consent-audit', version: context.toolVersion },
    catalog: { asOf: catalogDate(catalog) },
    warnings: context.warnings,
    summary: {
      filesScanned: result.filesScanned,
      declarations: result.declarations.length,
      findings: countBySeverity(result.findings)
    },
    declarations: result.declarations.map((declaration) =>
      viewDeclaration(declaration, catalog)
    ),
    findings: result.findings.map(
      ({ ruleId, severity, message, location, definedAt }) => ({
        ruleId,
        severity,
        message,
        file: location.file,
        line: location.line,
        column: location.column,
        definedAt: definedAt ?? null
      })
    )
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
