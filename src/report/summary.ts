import {
  describeBase,
  type AuditedFinding,
  type AuditReport
} from '../audit.js'
import { catalogDate } from '../catalog/staleness.js'
import { MICROSOFT_GRAPH_APP_ID, type SourceLocation } from '../model.js'
import { severityRank } from '../findings.js'
import { appChanges, type PermissionRow } from './app-changes.js'
import { escapeHtml } from './escape.js'
import type { ReportContext } from './json.js'

/**
 * Rows per table; beyond this the table says how many were left out. Keeps the summary far
 * below GitHub's 1 MiB limit for a step summary.
 */
export const MAX_SUMMARY_ROWS = 500
/** GitHub rejects a step summary over 1 MiB; the summary stays below with room to spare. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024

const STATUS_LABELS: Record<PermissionRow['view']['status'], string> = {
  resolved: 'ok',
  'wrong-type': '❌ wrong type',
  unknown: '❌ unknown',
  'invalid-guid': '❌ invalid GUID',
  unverifiable: '❔ not verified offline',
  'default-scope': 'ℹ️ .default (all configured)'
}

const CHANGE_LABELS: Record<PermissionRow['change'], string> = {
  added: '➕ added',
  removed: '➖ removed',
  unchanged: 'unchanged'
}

const yesNo = (value: boolean | null): string =>
  value === null ? '-' : value ? 'yes' : 'no'

function statusLabel({ view }: PermissionRow): string {
  if (view.status === 'resolved' && view.enabled === false) return '⚠️ disabled'
  return STATUS_LABELS[view.status]
}

/** The permission, prefixed with its API's name unless that is Microsoft Graph. */
function permissionCell({ view }: PermissionRow): string {
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

function table(
  headers: string[],
  rows: string[][],
  total: number,
  limit: number
): string {
  const head = `<tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr>`
  const body = rows
    .slice(0, limit)
    .map(
      (cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`
    )
    .join('\n')
  const shown = Math.min(rows.length, limit)
  const more =
    total > shown
      ? `\n<p>${total - shown} more rows are not shown; the JSON report (json-file input) has them all.</p>`
      : ''
  return `<table>\n${head}\n${body}\n</table>${more}`
}

/** One row per finding, most severe first. */
function findingRows(findings: readonly AuditedFinding[]): string[][] {
  return [...findings]
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
    .map(({ severity, ruleId, message, location, definedAt }) => [
      severity,
      `<code>${ruleId}</code>`,
      escapeHtml(message),
      locationCell(location, definedAt)
    ])
}

const FINDING_HEADERS = ['Severity', 'Rule', 'Message', 'Where']

function render(
  report: AuditReport,
  context: ReportContext,
  limit: number
): string {
  const apps = appChanges(report, context.catalog)
  const rows = apps.flatMap((app) =>
    app.rows.map((row) => [
      escapeHtml(app.label),
      report.base === undefined ? '-' : CHANGE_LABELS[row.change],
      permissionCell(row),
      row.view.permission.type,
      row.view.tier ?? '-',
      yesNo(row.view.adminConsentRequired),
      escapeHtml(row.approval),
      statusLabel(row),
      locationCell(row.view, row.view.definedAt)
    ])
  )
  const counted = report.findings.filter((finding) => finding.counted)
  const others = report.findings.filter((finding) => !finding.counted)
  const { counts } = report
  const verdict =
    report.result === 'fail'
      ? report.warnOnly
        ? '⚠️ Would fail (warn-only)'
        : '❌ Fails'
      : '✅ Passes'
  const compared =
    report.base === undefined
      ? '<p>No base commit was compared: every declaration is judged.</p>'
      : `<p>Compared with ${escapeHtml(describeBase(report.base))}: ${counts.added} permissions added, ${counts.removed} removed. Only what the change adds ${report.scope === 'added' ? 'decides the result' : 'is marked; every finding decides the result (scope: all)'}.</p>`
  return [
    '<h2>Graph consent audit</h2>',
    `<p><strong>${verdict}</strong>: ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices counted; ${counts.unapproved} unapproved. ` +
      `${report.head.declarations.length} declared permissions in ${report.filesScanned} files. ` +
      `Catalog as of ${escapeHtml(catalogDate(context.catalog))}, graph-consent-audit ${escapeHtml(context.toolVersion)}.</p>`,
    compared,
    ...[...context.warnings, ...report.warnings].map(
      (warning) => `<p>⚠️ ${escapeHtml(warning)}</p>`
    ),
    '<h3>Permissions per app</h3>',
    rows.length === 0
      ? '<p>No permission declarations were found.</p>'
      : table(
          [
            'App',
            'Change',
            'Permission',
            'Type',
            'Tier',
            'Admin consent',
            'Approval',
            'Status',
            'Where'
          ],
          rows,
          rows.length,
          limit
        ),
    `<h3>Findings${report.base !== undefined ? ' the change adds' : ''}</h3>`,
    counted.length === 0
      ? '<p>No findings.</p>'
      : table(FINDING_HEADERS, findingRows(counted), counted.length, limit),
    ...(others.length === 0
      ? []
      : [
          `<details><summary>${others.length} findings the base already had</summary>`,
          table(FINDING_HEADERS, findingRows(others), others.length, limit),
          '</details>'
        ]),
    ''
  ].join('\n')
}

/**
 * Renders the job summary: the verdict, what was compared, every app's permissions with
 * their change, type, tier, admin consent, approval and status, and the findings, those the
 * change adds first. Every piece of repository text is HTML-escaped; tables are cut to keep
 * the summary under GitHub's 1 MiB limit, saying so.
 */
export function renderSummary(
  report: AuditReport,
  context: ReportContext
): string {
  let limit = MAX_SUMMARY_ROWS
  let html = render(report, context, limit)
  while (Buffer.byteLength(html) > MAX_SUMMARY_BYTES && limit > 0) {
    limit = Math.floor(limit / 2)
    html = render(report, context, limit)
  }
  return html
}
