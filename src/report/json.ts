import type { ScanResult } from '../engine.js'
import { countBySeverity } from '../findings.js'
import { viewDeclaration } from './declaration-view.js'

/** Version of the JSON report's shape; fields may be added, never changed or removed. */
export const JSON_REPORT_VERSION = 1

/** Identifies the tool and the catalog that produced a report. */
export interface ReportMetadata {
  toolVersion: string
  catalogAsOf: string
}

/**
 * Renders a scan as the stable JSON contract: `version`, `declarations` and `findings`, plus
 * tool, catalog and count metadata.
 */
export function renderJson(
  result: ScanResult,
  metadata: ReportMetadata
): string {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'graph-consent-audit', version: metadata.toolVersion },
    catalog: { asOf: metadata.catalogAsOf },
    summary: {
      filesScanned: result.filesScanned,
      declarations: result.declarations.length,
      findings: countBySeverity(result.findings)
    },
    declarations: result.declarations.map(viewDeclaration),
    findings: result.findings.map(
      ({ ruleId, severity, message, location }) => ({
        ruleId,
        severity,
        message,
        file: location.file,
        line: location.line,
        column: location.column
      })
    )
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
