import type { ScanResult } from '../engine.js'
import { MICROSOFT_GRAPH_APP_ID, type SourceLocation } from '../model.js'
import { countBySeverity } from '../findings.js'
import {
  appLabel,
  viewDeclaration,
  type DeclarationView
} from './declaration-view.js'
import { escapeHtml } from './escape.js'
import { catalogDate } from '../catalog/staleness.js'
import type { ReportContext } from './json.js'

/**
 * Rows per table; beyond this the table says how many were left out. Keeps the summary far
 * below GitHub's 1 MiB limit for a step summary.
 */
export const MAX_SUMMARY_ROWS = 500

const STATUS_LABELS: Record<DeclarationView['status'], string> = {
  resolved: 'ok',
  'wrong-type': '❌ wrong type',
  unknown: '❌ unknown',
  'invalid-guid': '❌ invalid GUID',
  unverifiable: '❔ not verified offline',
  'default-scope': 'ℹ️ .default (all configured)'
}

const yesNo = (value: boolean | null): string =>
  value === null ? '-' : value ? 'yes' : 'no'

function statusLabel(view: DeclarationView): string {
  if (view.status === 'resolved' && view.enabled === false) return '⚠️ disabled'
  return STATUS_LABELS[view.status]
}

/** The permission, prefixed with its API's name unless that is Microsoft Graph. */
function permissionCell(view: DeclarationView): string {
  const permission = `<code>${escapeHtml(view.permission.name ?? view.permission.id ?? '')}</code>`
  if (view.resourceAppId.toLowerCase() === MICROSOFT_GRAPH_APP_ID)
    return permission
  return `${escapeHtml(view.resourceName ?? view.resourceAppId)}: ${permission}`
}

/** Where a row points (file and line), and where its value is written when elsewhere. */
function locationCell(
  at: { file: string; line: number },
  definedAt: SourceLocation | null | undefined
): string {
  const cell = `<code>${escapeHtml(`${at.file}:${at.line}`)}</code>`
  return definedAt
    ? `${cell}<br>value: <code>${escapeHtml(`${definedAt.file}:${definedAt.line}`)}</code>`
    : cell
}

function table(headers: string[], rows: string[][], total: number): string {
  const head = `<tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr>`
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`
    )
    .join('\n')
  const more =
    total > rows.length
      ? `\n<p>${total - rows.length} more rows are not shown; the JSON report (json-file input) has them all.</p>`
      : ''
  return `<table>\n${head}\n${body}\n</table>${more}`
}

/**
 * Renders the job summary: counts, the declared permissions (app, permission, type, admin
 * consent, status) and the findings. Every piece of repository text is HTML-escaped.
 */
export function renderSummary(
  result: ScanResult,
  context: ReportContext
): string {
  const counts = countBySeverity(result.findings)
  const views = result.declarations.map((declaration) =>
    viewDeclaration(declaration, context.catalog)
  )
  const declarationRows = views
    .slice(0, MAX_SUMMARY_ROWS)
    .map((view) => [
      escapeHtml(appLabel(view)),
      permissionCell(view),
      view.permission.type,
      view.tier ?? '-',
      yesNo(view.adminConsentRequired),
      statusLabel(view),
      locationCell({ file: view.file, line: view.line }, view.definedAt)
    ])
  const findingRows = result.findings
    .slice(0, MAX_SUMMARY_ROWS)
    .map(({ severity, ruleId, message, location, definedAt }) => [
      severity,
      `<code>${ruleId}</code>`,
      escapeHtml(message),
      locationCell(location, definedAt)
    ])
  return [
    '<h2>Graph consent audit</h2>',
    `<p>${result.declarations.length} declared permissions in ${result.filesScanned} files: ` +
      `${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices. ` +
      `Catalog as of ${escapeHtml(catalogDate(context.catalog))}, graph-consent-audit ${escapeHtml(context.toolVersion)}.</p>`,
    ...context.warnings.map((warning) => `<p>⚠️ ${escapeHtml(warning)}</p>`),
    '<h3>Declared permissions</h3>',
    views.length === 0
      ? '<p>No permission declarations were found.</p>'
      : table(
          [
            'App',
            'Permission',
            'Type',
            'Tier',
            'Admin consent',
            'Status',
            'Where'
          ],
          declarationRows,
          views.length
        ),
    '<h3>Findings</h3>',
    result.findings.length === 0
      ? '<p>No findings.</p>'
      : table(
          ['Severity', 'Rule', 'Message', 'Where'],
          findingRows,
          result.findings.length
        ),
    ''
  ].join('\n')
}
